import CFWSyntax
import CFWTestSupport
import Testing

@Suite struct LexerTests {
  static func lex(_ bytes: [UInt8]) -> (
    file: SourceFile, tokens: [Token], diagnostics: [Diagnostic]
  ) {
    let file = SourceFile(path: "test.cfw", bytes: bytes)
    let (tokens, diagnostics) = Lexer(file: file).tokenize()
    return (file, tokens, diagnostics)
  }

  static func lex(_ text: String) -> (file: SourceFile, tokens: [Token], diagnostics: [Diagnostic])
  {
    lex(Array(text.utf8))
  }

  /// The content tokens of `text` as `kind text`, without indentation, line breaks and
  /// the end of the file.
  static func content(_ text: String) -> [String] {
    let (file, tokens, _) = lex(text)
    return tokens.compactMap { token in
      let text = file.text(token.span)
      switch token.kind {
      case .keyword(let keyword): return "keyword \(keyword.rawValue)"
      case .text: return "text \(text)"
      case .identifier: return "identifier \(text)"
      case .comment: return "comment \(text)"
      case .bullet: return "bullet"
      case .indentation, .newline, .endOfFile: return nil
      }
    }
  }

  /// The line and column where each token of kind `kind` starts.
  static func positions(_ lexed: (file: SourceFile, tokens: [Token], diagnostics: [Diagnostic]))
    -> [String]
  {
    lexed.tokens.filter { if case .keyword = $0.kind { true } else { $0.kind == .text } }.map {
      let location = lexed.file.location($0.span.start)
      return "\(lexed.file.text($0.span))@\(location.line):\(location.column)"
    }
  }

  // MARK: Lines and tokens

  @Test func everyLineHasIndentationContentAndLineBreak() {
    let (file, tokens, diagnostics) = Self.lex("group G\n  label 1")
    #expect(diagnostics.isEmpty)
    #expect(
      tokens.map(\.kind) == [
        .indentation, .keyword(.group), .text, .newline,
        .indentation, .keyword(.label), .text, .endOfFile,
      ])
    #expect(tokens.map { file.text($0.span) } == ["", "group", "G", "\n", "  ", "label", "1", ""])
  }

  @Test func declarationLineIsKeywordTextAndIdentifier() {
    #expect(
      Self.content("competency Self Belief {#self-belief}") == [
        "keyword competency", "text Self Belief", "identifier {#self-belief}",
      ])
  }

  @Test func trailingBlanksAreNotContent() {
    #expect(Self.content("label 1  \t ") == ["keyword label", "text 1"])
    #expect(Self.content("   ") == [])
  }

  @Test(arguments: [
    ("level 1", ["keyword level", "text 1"]),
    ("level", ["keyword level"]),
    ("levels 1", ["text levels 1"]),
    ("Level 1 is where everyone starts", ["text Level 1 is where everyone starts"]),
    ("level:1", ["text level:1"]),
  ])
  func keywordIsALowercaseWordBeforeASpaceOrTheEnd(line: String, expected: [String]) {
    #expect(Self.content(line) == expected)
  }

  @Test(arguments: [
    ("# A note", ["comment # A note"]),
    ("#", ["comment #"]),
    ("    # indented", ["comment # indented"]),
    ("#1 priority", ["text #1 priority"]),
    ("#hashtag", ["text #hashtag"]),
  ])
  func commentIsAHashBeforeASpaceOrTheEnd(line: String, expected: [String]) {
    #expect(Self.content(line) == expected)
  }

  @Test(arguments: [
    ("- Relishing a challenge.", ["bullet", "text Relishing a challenge."]),
    ("-", ["bullet"]),
    ("-   spaced", ["bullet", "text spaced"]),
    ("-x", ["text -x"]),
    ("-- x", ["text -- x"]),
  ])
  func bulletIsADashBeforeASpaceOrTheEnd(line: String, expected: [String]) {
    #expect(Self.content(line) == expected)
  }

  @Test(arguments: [
    ("competency A {#a}", ["keyword competency", "text A", "identifier {#a}"]),
    ("competency A{#a}", ["keyword competency", "text A", "identifier {#a}"]),
    ("competency A {#a}   ", ["keyword competency", "text A", "identifier {#a}"]),
    ("competency {#a}", ["keyword competency", "identifier {#a}"]),
    ("competency A {#a} and more", ["keyword competency", "text A {#a} and more"]),
    ("competency A {#a b}", ["keyword competency", "text A {#a b}"]),
    ("competency A {a}", ["keyword competency", "text A {a}"]),
    ("competency A {#}", ["keyword competency", "text A", "identifier {#}"]),
    ("Prose {#a}", ["text Prose {#a}"]),
    ("- bullet {#a}", ["bullet", "text bullet {#a}"]),
  ])
  func identifierOnlyAtTheEndOfADeclarationLine(line: String, expected: [String]) {
    #expect(Self.content(line) == expected)
  }

  // MARK: Line endings, byte-order mark, indentation

  @Test func crlfAndLoneCRKeepLinesAndColumns() {
    let lexed = Self.lex("framework F\r\n  publisher P\r  date 2012\n  version 2")
    #expect(lexed.diagnostics.isEmpty)
    #expect(
      Self.positions(lexed) == [
        "framework@1:1", "F@1:11", "publisher@2:3", "P@2:13", "date@3:3", "2012@3:8", "version@4:3",
        "2@4:11",
      ])
    let breaks = lexed.tokens.filter { $0.kind == .newline }.map { lexed.file.text($0.span) }
    #expect(breaks == ["\r\n", "\r", "\n"])
  }

  @Test func byteOrderMarkIsSkippedAndColumnsStartAtOne() {
    let lexed = Self.lex([0xEF, 0xBB, 0xBF] + Array("framework F\n  date 2012".utf8))
    #expect(lexed.diagnostics.isEmpty)
    #expect(lexed.tokens.first?.span == Span(3, 3))
    #expect(Self.positions(lexed) == ["framework@1:1", "F@1:11", "date@2:3", "2012@2:8"])
  }

  @Test func byteOrderMarkLaterInTheFileIsAnInvisibleCharacter() {
    let lexed = Self.lex("framework F\n\u{FEFF}date 2012")
    #expect(lexed.diagnostics.map(\.code) == [.invisibleCharacter])
  }

  @Test func tabInIndentationIsAnErrorButCountsAsOneColumn() {
    let lexed = Self.lex("group G\n\tcompetency C\n \t label 1\n")
    #expect(lexed.diagnostics.map(\.code) == [.tabIndentation, .tabIndentation])
    #expect(
      lexed.diagnostics.map { "\($0.range.start.line):\($0.range.start.column)" } == ["2:1", "3:2"])
    #expect(
      Self.positions(lexed) == [
        "group@1:1", "G@1:7", "competency@2:2", "C@2:13", "label@3:4", "1@3:10",
      ])
  }

  @Test func tabsOnABlankLineAreNoError() {
    #expect(Self.lex("group G\n\t\t\n  label 1").diagnostics.isEmpty)
  }

  // MARK: Encoding

  @Test(arguments: [
    [0xFF] as [UInt8],  // never valid
    [0x80],  // a continuation byte without a lead
    [0xC3],  // a lead byte cut short by the line end
    [0xC0, 0x80],  // an overlong encoding of NUL
    [0xED, 0xA0, 0x80],  // a surrogate
    [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
  ])
  func invalidUTF8NamesTheByteOffsetAndLine(bytes: [UInt8]) {
    let lexed = Self.lex(Array("framework F\nlabel ".utf8) + bytes + Array("\nlabel 2\n".utf8))
    #expect(lexed.diagnostics.count == 1)
    let diagnostic = lexed.diagnostics.first
    #expect(diagnostic?.code == .invalidUTF8)
    #expect(diagnostic?.severity == .error)
    #expect(diagnostic?.message == "invalid UTF-8 at byte offset 18 (line 2)")
    #expect(diagnostic.map { "\($0.range.start.line):\($0.range.start.column)" } == "2:7")
    // The next line is still read.
    #expect(Self.positions(lexed).last == "2@3:7")
  }

  @Test func nulByteNamesTheByteOffsetAndLine() {
    let lexed = Self.lex(Array("framework F\nlabel a".utf8) + [0] + Array("b\n".utf8))
    #expect(lexed.diagnostics.count == 1)
    #expect(lexed.diagnostics.first?.code == .nulByte)
    #expect(lexed.diagnostics.first?.severity == .error)
    #expect(lexed.diagnostics.first?.message == "NUL byte at byte offset 19 (line 2)")
  }

  @Test(arguments: [
    ("\u{200B}", "U+200B (zero width space)"),
    ("\u{200D}", "U+200D (zero width joiner)"),
    ("\u{202E}", "U+202E (right-to-left override)"),
    ("\u{2066}", "U+2066 (left-to-right isolate)"),
    ("\u{200F}", "U+200F (right-to-left mark)"),
  ])
  func invisibleAndBidiCharactersDrawAWarning(character: String, name: String) {
    let lexed = Self.lex("competency Self\(character) Belief")
    #expect(lexed.diagnostics.count == 1)
    let diagnostic = lexed.diagnostics.first
    #expect(diagnostic?.code == .invisibleCharacter)
    #expect(diagnostic?.severity == .warning)
    #expect(diagnostic?.message.contains(name) == true)
    #expect(diagnostic.map { "\($0.range.start.line):\($0.range.start.column)" } == "1:16")
    #expect(diagnostic?.fixIt?.replacement == "")
  }

  @Test func multibyteTextIsValidAndColumnsCountCharacters() {
    let lexed = Self.lex("competency Café — ‘Self’ 😀 {#cafe}")
    #expect(lexed.diagnostics.isEmpty)
    let identifier = lexed.tokens.first { $0.kind == .identifier }
    #expect(identifier.map { lexed.file.location($0.span.start).column } == 28)
  }
}
