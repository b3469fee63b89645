import CFWCheck
import CFWModel
import CFWSyntax
import CFWTestSupport
import Foundation
import Testing

/// Keeps the grammar files and the language reference in step with the lexer and parser.
@Suite struct GrammarSyncTests {
  static let keywords = Keyword.allCases.map(\.rawValue)

  /// Quoted lowercase literals of `grammar/cfw.ebnf` that are not keywords: the words
  /// inside declarations and references.
  static let nonKeywordLiterals: Set<String> = [
    "for", "at", "ascending", "descending", "from", "links to", "closely links to",
  ]

  static func text(_ path: String) throws -> String {
    let url = RepositoryPaths.root.appendingPathComponent(path)
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  // MARK: EBNF

  /// The quoted literals made of lowercase letters and spaces, outside `/* */` comments.
  static func wordLiterals(inEBNF text: String) -> Set<String> {
    var literals: Set<String> = []
    var rest = Substring(text)
    while let next = rest.firstIndex(where: { $0 == "/" || $0 == "'" || $0 == "\"" }) {
      let quote = rest[next]
      rest = rest[rest.index(after: next)...]
      if quote == "/" {
        guard rest.first == "*", let close = rest.firstRange(of: "*/") else { continue }
        rest = rest[close.upperBound...]
        continue
      }
      guard let close = rest.firstIndex(of: quote) else { break }
      let literal = rest[..<close]
      if literal.first?.isLetter == true,
        literal.allSatisfy({ ("a"..."z").contains($0) || $0 == " " })
      {
        literals.insert(String(literal))
      }
      rest = rest[rest.index(after: close)...]
    }
    return literals
  }

  @Test func ebnfLiteralsAreTheKeywordsAndTheListedWords() throws {
    let literals = Self.wordLiterals(inEBNF: try Self.text("grammar/cfw.ebnf"))
    #expect(literals.subtracting(Self.nonKeywordLiterals) == Set(Self.keywords))
    #expect(Self.nonKeywordLiterals.subtracting(literals).isEmpty)
  }

  @Test func ebnfScanSkipsCommentsAndSymbols() {
    let sample = "/* 'scale' */ A ::= 'level' S ('closely links to' | '{#' | \"x'\") '-'"
    #expect(Self.wordLiterals(inEBNF: sample) == ["level", "closely links to"])
  }

  // MARK: TextMate

  /// The word alternations that stand where a keyword does: `(a|b|c)(?= |$)`.
  static func keywordAlternations(in regex: String) throws -> [[String]] {
    let pattern = try Regex(
      #"\(([a-z]+(?:\|[a-z]+)*)\)\(\?= \|\$\)"#, as: (Substring, Substring).self)
    return regex.matches(of: pattern).map { $0.output.1.split(separator: "|").map(String.init) }
  }

  /// Every `match`, `begin`, `end` and `while` regex of a grammar, at any depth.
  static func regexes(in value: Any) -> [String] {
    if let object = value as? [String: Any] {
      let own = ["match", "begin", "end", "while"].compactMap { object[$0] as? String }
      return own + object.keys.sorted().flatMap { regexes(in: object[$0]!) }
    }
    if let array = value as? [Any] { return array.flatMap(regexes) }
    return []
  }

  @Test func textMateKeywordsAreTheLexersKeywords() throws {
    let data = try Data(
      contentsOf: RepositoryPaths.root.appendingPathComponent("grammar/cfw.tmLanguage.json"))
    let grammar = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(grammar["scopeName"] as? String == "source.cfw")
    #expect(grammar["fileTypes"] as? [String] == ["cfw"])
    let repository = try #require(grammar["repository"] as? [String: Any])
    let keyword = try #require(repository["keyword"] as? [String: Any])
    let begin = try #require(keyword["begin"] as? String)
    #expect(try Self.keywordAlternations(in: begin) == [Self.keywords])
    // Rules for particular keywords may name fewer, but only keywords.
    for regex in Self.regexes(in: grammar) {
      for words in try Self.keywordAlternations(in: regex) {
        #expect(Set(words).isSubset(of: Self.keywords), "\(regex)")
      }
    }
  }

  // MARK: The language reference

  /// A fenced ```cfw example of the language reference.
  struct Example {
    var line: Int
    var text: String

    /// The first line that is neither blank nor a comment.
    var firstContent: Substring? {
      text.split(separator: "\n").lazy.map { $0.drop { $0 == " " } }
        .first { !$0.isEmpty && !$0.hasPrefix("# ") }
    }

    var firstWord: String { firstContent.map { String($0.prefix { $0 != " " }) } ?? "" }

    /// A whole file starts with `framework` or `external` (after its comments).
    var isWholeFile: Bool { firstWord == "framework" || firstWord == "external" }

    /// The file name given by a first line such as `# clf.cfw`, if any.
    var fileName: String? {
      let first = text.prefix { $0 != "\n" }
      let name = first.dropFirst(2)
      guard first.hasPrefix("# "), name.hasSuffix(".cfw"), !name.contains(" ") else { return nil }
      return String(name)
    }
  }

  static func examples() throws -> [Example] {
    var examples: [Example] = []
    var current: (line: Int, lines: [Substring])?
    let lines = try text("docs/language.md").split(
      separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      if var open = current {
        if line == "```" {
          examples.append(Example(line: open.line, text: open.lines.joined(separator: "\n") + "\n"))
          current = nil
        } else {
          open.lines.append(line)
          current = open
        }
      } else if line == "```cfw" {
        current = (index + 2, [])
      }
    }
    return examples
  }

  /// Puts a fragment where it belongs: a bullet into a competency's indicators, a
  /// top-level declaration under a framework. Nil for a fragment no rule places.
  static func wrapped(_ example: Example) -> String? {
    let lines = example.text.split(separator: "\n", omittingEmptySubsequences: false)
    let margin =
      lines.filter { $0.contains { $0 != " " } }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
    let body = lines.map { $0.dropFirst(margin) }
    if example.firstWord == "-" {
      return "framework Example\ncompetency Example\n  indicators\n"
        + body.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }
    if let keyword = Keyword(rawValue: example.firstWord), Context.root.child(keyword) != nil {
      return "framework Example\n" + body.joined(separator: "\n")
    }
    return nil
  }

  static func describe(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map {
      "\($0.range.start.line):\($0.range.start.column): \($0.message) [\($0.code.rawValue)]"
    }
    .joined(separator: "\n")
  }

  @Test func referenceHasExamplesOfBothKinds() throws {
    let examples = try Self.examples()
    #expect(examples.count >= 10)
    #expect(examples.contains { $0.isWholeFile })
    #expect(examples.contains { !$0.isWholeFile })
  }

  @Test func wholeFileExamplesCompileWithoutErrors() throws {
    let examples = try Self.examples()
    // Examples named by a first comment line (`# clf.cfw`) can be imported by the others.
    var files: [String: String] = [:]
    for example in examples { if let name = example.fileName { files[name] = example.text } }
    for example in examples where example.isWholeFile {
      let path = example.fileName ?? "example.cfw"
      var sources = files
      sources[path] = example.text
      var compiler = Compiler { sources[$0].map { Array($0.utf8) } }
      let result = compiler.compile(path: path)
      let compiled = try #require(result)
      #expect(compiled.framework != nil || compiled.isLibrary, "docs/language.md:\(example.line)")
      let errors = Checker.check(compiled).filter { $0.severity == .error }
      #expect(errors.isEmpty, "docs/language.md:\(example.line):\n\(Self.describe(errors))")
    }
  }

  @Test func fragmentExamplesParseInTheirContext() throws {
    for example in try Self.examples() where !example.isWholeFile {
      guard let source = Self.wrapped(example) else {
        Issue.record(
          "docs/language.md:\(example.line): no context known for ‘\(example.firstWord)’")
        continue
      }
      var compiler = Compiler { _ in nil }
      let compiled = compiler.compile(SourceFile(path: "fragment.cfw", text: source))
      // CFW0xx are the diagnostics about the text of a file; the rest need the whole framework.
      let syntax = compiled.diagnostics.filter { $0.code.rawValue.hasPrefix("CFW0") }
      #expect(
        syntax.isEmpty, "docs/language.md:\(example.line):\n\(Self.describe(syntax))\n\(source)")
    }
  }

  @Test func keywordListOfTheReferenceIsComplete() throws {
    let reference = try Self.text("docs/language.md")
    let section = try #require(reference.components(separatedBy: "## Keywords\n").last)
    let words = section.split(whereSeparator: { $0 == " " || $0 == "\n" })
      .filter { $0.hasPrefix("`") && $0.hasSuffix("`") }.map { String($0.dropFirst().dropLast()) }
    #expect(words == Self.keywords)
  }
}
