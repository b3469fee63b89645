import CFWCheck
import CFWModel
import CFWSyntax
import CFWTestSupport
import Testing

/// Encodings through the whole front end (LexerTests covers the lexer alone): line
/// endings, byte-order marks, tabs, invalid UTF-8, NUL bytes and invisible characters,
/// and how diagnostics show such lines.
@Suite struct EncodingTests {
  static let framework = """
    framework F
      date 2012

    scale Levels
      level 1
      level 2

    competency Listening
      level 1
        - Listens.
      level 2
        - Listens well.

    role Listener
      requires Listenning at level 2

    """

  /// The model and every diagnostic (checks included) of `bytes`.
  static func compile(_ bytes: [UInt8]) -> (compiled: CompiledFile, diagnostics: [Diagnostic]) {
    var compiler = Compiler(read: { _ in nil })
    let compiled = compiler.compile(SourceFile(path: "test.cfw", bytes: bytes))
    return (compiled, Checker.check(compiled))
  }

  static func positions(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.code.rawValue)@\($0.range.start.line):\($0.range.start.column)" }
  }

  static func bytes(_ text: String, lineEnding: String = "\n", bom: Bool = false) -> [UInt8] {
    (bom ? [0xEF, 0xBB, 0xBF] : [])
      + Array(text.replacingOccurrences(of: "\n", with: lineEnding).utf8)
  }

  // MARK: Line endings and byte-order mark

  @Test(arguments: [("\r\n", false), ("\r", false), ("\n", true), ("\r\n", true), ("\r", true)])
  func lineEndingsAndByteOrderMarkChangeNeitherModelNorPositions(ending: String, bom: Bool) {
    let reference = Self.compile(Self.bytes(Self.framework))
    let other = Self.compile(Self.bytes(Self.framework, lineEnding: ending, bom: bom))
    #expect(other.compiled.framework == reference.compiled.framework)
    #expect(Self.positions(other.diagnostics) == Self.positions(reference.diagnostics))
    #expect(Self.positions(reference.diagnostics) == ["CFW201@15:12"])
  }

  @Test func byteOrderMarkAloneIsAnEmptyFileWithoutEncodingErrors() {
    let (_, diagnostics) = Self.compile([0xEF, 0xBB, 0xBF])
    #expect(
      !diagnostics.contains { [.invalidUTF8, .nulByte, .invisibleCharacter].contains($0.code) })
  }

  @Test func mixedLineEndingsCountOneLineEach() {
    let file = SourceFile(path: "t.cfw", bytes: Array("a\r\nb\rc\nd\n\re".utf8))
    #expect(file.lineCount == 6)
    #expect((1...6).map(file.lineText) == ["a", "b", "c", "d", "", "e"])
  }

  // MARK: Tabs

  @Test func aTabInsideTextCountsAsOneColumn() {
    let (_, diagnostics) = Self.compile(Self.bytes("framework F\n  publisher A\tB  C\n"))
    #expect(Self.positions(diagnostics) == ["CFW403@2:16"])
  }

  // MARK: Invalid UTF-8 and NUL

  @Test(arguments: [
    ("in a comment", "# note \u{1}X\n", 7),
    ("at the start of a line", "\u{1}Xframework F\n", 0),
    ("in indentation", "framework F\n  \u{1}Xdate 2012\n", 14),
  ])
  func invalidUTF8AnywhereNamesItsOffsetAndLine(place: String, template: String, offset: Int) {
    // U+0001 X marks where the invalid byte goes.
    var bytes = Array(template.utf8)
    let mark = bytes.firstIndex(of: 0x01)!
    bytes.replaceSubrange(mark...(mark + 1), with: [0xFF])
    #expect(mark == offset, "the template puts the byte at offset \(offset)")
    let (compiled, diagnostics) = Self.compile(bytes)
    let invalid = diagnostics.filter { $0.code == .invalidUTF8 }
    let line = compiled.file.line(containing: offset)
    #expect(
      invalid.map(\.message) == ["invalid UTF-8 at byte offset \(offset) (line \(line))"],
      "\(place)")
    #expect(invalid.first?.severity == .error)
  }

  @Test func aMultibyteCharacterCutShortAtTheEndOfTheFileIsInvalid() {
    let (_, diagnostics) = Self.compile(Array("framework F\n  date 2012\n# é".utf8).dropLast())
    #expect(diagnostics.map(\.message).contains("invalid UTF-8 at byte offset 26 (line 3)"))
  }

  @Test func aNulByteInACommentIsAnErrorToo() {
    let (_, diagnostics) = Self.compile(Array("framework F\n# a".utf8) + [0] + Array("b\n".utf8))
    #expect(
      diagnostics.filter { $0.code == .nulByte }.map(\.message) == [
        "NUL byte at byte offset 15 (line 2)"
      ])
  }

  @Test func aFileWithInvalidUTF8IsNotFormattedAndNotBuilt() {
    let bytes = Array("framework F\n  publisher A".utf8) + [0xC3, 0x28] + Array("\n".utf8)
    let (compiled, diagnostics) = Self.compile(bytes)
    #expect(compiled.tree.hasErrors, "fmt refuses a file with syntax errors")
    #expect(diagnostics.contains { $0.code == .invalidUTF8 && $0.severity == .error })
  }

  // MARK: Invisible characters

  @Test(
    arguments: [
      0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C,
      0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ] as [UInt32])
  func everyBidiAndZeroWidthCharacterDrawsAWarning(scalar: UInt32) {
    let character = String(Unicode.Scalar(scalar)!)
    let (_, diagnostics) = Self.compile(Self.bytes("framework F\n  publisher A\(character)B\n"))
    #expect(diagnostics.filter { $0.code == .invisibleCharacter }.map(\.severity) == [.warning])
  }

  @Test(arguments: [
    "# comment \u{202E}txet\n",
    "section S\n  Prose \u{2066}hidden\u{2069} text.\n",
    "values V\n  - Value \u{200B}one\n",
    "competency C\n  level 1\n    - Indicator. [[links to X\u{202E}]]\n",
  ])
  func invisibleCharactersAreFoundInCommentsProseBulletsAndReferences(line: String) {
    let (_, diagnostics) = Self.compile(Self.bytes("framework F\n\n" + line))
    #expect(diagnostics.contains { $0.code == .invisibleCharacter }, "\(line)")
  }

  // MARK: Showing hostile lines

  @Test func quotedLinesShowControlCharactersAsSymbolsAndCaretsLineUp() throws {
    let bytes = Array("framework F\n  publisher A\u{1B}[31mB".utf8) + [0] + Array("C\n".utf8)
    let (compiled, diagnostics) = Self.compile(bytes)
    let nul = try #require(diagnostics.first { $0.code == .nulByte })
    let rendered = DiagnosticRenderer(colour: false).render(nul, file: compiled.file)
    #expect(!rendered.contains("\u{1B}"))
    #expect(rendered.contains("2 |   publisher A␛[31mB␀C\n"))
    #expect(rendered.contains("  | " + String(repeating: " ", count: 19) + "^\n"))
  }

  @Test func messagesAndHelpCannotSendEscapeSequencesToTheTerminal() {
    let file = SourceFile(path: "t.cfw", text: "framework F\n")
    let diagnostic = Diagnostic(
      .unknownCompetency, "unknown competency ‘\u{1B}]0;pwned\u{7}\u{9B}2J’", path: "t.cfw",
      range: file.range(0, 9), notes: [Diagnostic.Note("see \u{1B}[2J")], help: "try \u{1B}[1m")
    let rendered = DiagnosticRenderer(colour: false).render(diagnostic, file: file)
    #expect(
      !rendered.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }
    )
    #expect(rendered.contains("unknown competency ‘␛]0;pwned␇\u{FFFD}2J’"))
  }

  @Test func aDiagnosticOnAHugeLineQuotesOnlyThePartAroundIt() throws {
    let padding = String(repeating: "word ", count: 20_000)
    let text = "framework F\n\nsection S\n  \(padding)[x](javascript:alert) \(padding)\n"
    let (compiled, diagnostics) = Self.compile(Self.bytes(text))
    let unsafe = try #require(diagnostics.first { $0.code == .unsafeLink })
    let rendered = DiagnosticRenderer(colour: false).render(unsafe, file: compiled.file)
    #expect(rendered.utf8.count < 1_000)
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let quoted = try #require(lines.first { $0.hasPrefix("4 | ") })
    let carets = try #require(lines.first { $0.contains("^") })
    #expect(quoted.hasPrefix("4 | …") && quoted.hasSuffix("…"))
    // The carets stand under the link, whatever was cut before it.
    let caretStart = carets.firstIndex(of: "^")!.utf16Offset(in: carets)
    let linkStart = quoted.firstIndex(of: "[")!
    #expect(quoted.unicodeScalars[..<linkStart].count == caretStart)
    #expect(carets.filter { $0 == "^" }.count == "[x](javascript:alert)".count)
  }
}
