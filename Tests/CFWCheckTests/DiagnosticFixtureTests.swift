import CFWCheck
import CFWDriver
import CFWModel
import CFWSyntax
import CFWTestSupport
import Foundation
import Testing

/// One small fixture per diagnostic code, its corrected twin, and the catalogue that
/// explains every code (docs/diagnostics.md, `cfw explain`).
///
/// Entry points in Tests/Fixtures/diagnostics are named exactly `CFWnnn.cfw` (draws the
/// diagnostic CFWnnn) and `CFWnnn-pass.cfw` (draws none); other files there are imported
/// by them. A comment `# next line: CFWnnn` marks the line where a diagnostic is expected.
@Suite struct DiagnosticFixtureTests {
  static let folder = "Tests/Fixtures/diagnostics"

  /// Codes that no fixture file can draw, whose cases are written in this file instead.
  static let codesMadeInTests: Set<DiagnosticCode> = [.invalidUTF8, .nulByte, .fileTooLarge]

  static let fileNames: [String] = {
    let path = RepositoryPaths.root.appendingPathComponent(folder).path
    return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }()

  /// `CFWnnn.cfw`: each draws the diagnostic it is named after.
  static let failingFixtures: [String] = fileNames.filter {
    $0.hasSuffix(".cfw") && DiagnosticCode(rawValue: String($0.dropLast(4))) != nil
  }

  /// `CFWnnn-pass.cfw`: each draws no diagnostic at all.
  static let passingFixtures: [String] = fileNames.filter {
    $0.hasSuffix("-pass.cfw") && DiagnosticCode(rawValue: String($0.dropLast(9))) != nil
  }

  // MARK: Compiling

  /// Diagnostics of every file a compilation read, and those files.
  struct Result {
    var diagnostics: [Diagnostic]
    var files: [String: SourceFile]

    /// The diagnostics as `cfw check` prints them, without colour.
    var rendered: String {
      let renderer = DiagnosticRenderer(colour: false)
      return diagnostics.map { renderer.render($0, file: files[$0.path]) }
        .joined(separator: "\n")
    }

    /// "path:line CODE" for each diagnostic, sorted.
    var places: [String] {
      diagnostics.map { "\($0.path):\($0.range.start.line) \($0.code.rawValue)" }.sorted()
    }

    /// "path:line CODE" for each `# next line: CODE` marker, sorted.
    var markedPlaces: [String] {
      files.values.flatMap { file in
        (1...file.lineCount).compactMap { line -> String? in
          let text = String(decoding: file.bytes[file.lineRange(line)], as: UTF8.self)
          let words = text.split(separator: " ")
          guard words.count == 4, words[0] == "#", words[1] == "next", words[2] == "line:"
          else { return nil }
          return "\(file.path):\(line + 1) \(words[3])"
        }
      }.sorted()
    }
  }

  /// Compiles `path` (with the files it imports) and checks every file read. `read` maps
  /// a path to bytes; by default it reads the fixtures folder.
  static func check(
    _ path: String, maximumFileSize: Int = 64 << 20,
    read: @escaping Compiler.Reader = { path in
      FileManager.default.contents(
        atPath: RepositoryPaths.root.appendingPathComponent(folder + "/" + path).path
      ).map { [UInt8]($0) }
    }
  ) -> Result {
    var compiler = Compiler(maximumFileSize: maximumFileSize, read: read)
    compiler.compile(path: path)
    var diagnostics: [Diagnostic] = []
    var files: [String: SourceFile] = [:]
    for compiled in compiler.files.values {
      files[compiled.file.path] = compiled.file
      diagnostics += Checker.check(compiled)
    }
    return Result(diagnostics: Diagnostic.sorted(diagnostics), files: files)
  }

  /// Checks in-memory bytes as the file `path`.
  static func check(bytes: [UInt8], path: String, maximumFileSize: Int = 64 << 20) -> Result {
    check(path, maximumFileSize: maximumFileSize, read: { $0 == path ? bytes : nil })
  }

  /// Expects `code` to be drawn, every marker to be matched by exactly one diagnostic and
  /// nothing else to be drawn, and the rendered diagnostics to match their golden file.
  static func expect(
    _ result: Result, draws code: DiagnosticCode,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(
      result.diagnostics.contains { $0.code == code }, "\(code.rawValue) is not reported",
      sourceLocation: sourceLocation)
    #expect(result.places == result.markedPlaces, sourceLocation: sourceLocation)
    Golden.assertMatches(
      result.rendered, path: "Tests/Goldens/diagnostics/\(code.rawValue).txt",
      sourceLocation: sourceLocation)
  }

  // MARK: Fixtures

  @Test(arguments: failingFixtures)
  func failingFixtureDrawsItsDiagnostic(_ name: String) throws {
    let code = try #require(DiagnosticCode(rawValue: String(name.dropLast(4))))
    Self.expect(Self.check(name), draws: code)
  }

  @Test(arguments: passingFixtures)
  func passingFixtureDrawsNothing(_ name: String) {
    let result = Self.check(name)
    #expect(!result.files.isEmpty, "cannot read \(name)")
    #expect(result.diagnostics.isEmpty, "\(result.rendered)")
  }

  @Test func invalidUTF8() {
    // The apostrophe of “Council’s” saved as Windows-1252.
    let bytes =
      Array("framework Leadership Competency Framework\n\n# next line: CFW001\n".utf8)
      + Array("values Ashfield District Council".utf8) + [0x92]
      + Array("s Values\n  - People focused\n".utf8)
    Self.expect(Self.check(bytes: bytes, path: "CFW001.cfw"), draws: .invalidUTF8)
  }

  @Test func nulByte() {
    let bytes =
      Array(
        """
        framework Leadership Competencies

        scale Stages
          stage 1 Stage 1

        competency Self Belief
          behaviours Features of this quality include:
            # next line: CFW002
            - Relishing
        """.utf8) + [0] + Array(" a challenge.\n".utf8)
    Self.expect(Self.check(bytes: bytes, path: "CFW002.cfw"), draws: .nulByte)
  }

  @Test func fileTooLarge() {
    let bytes = Array("framework Leadership Competency Framework\n  date 2019-04\n".utf8)
    let result = Self.check(bytes: bytes, path: "CFW011.cfw", maximumFileSize: 40)
    #expect(result.diagnostics.map(\.code) == [.fileTooLarge])
    #expect(result.diagnostics.first?.range.start.line == 1)
    Golden.assertMatches(result.rendered, path: "Tests/Goldens/diagnostics/CFW011.txt")
    #expect(Self.check(bytes: bytes, path: "CFW011.cfw", maximumFileSize: 64).diagnostics.isEmpty)
  }

  @Test func commentAtTheMarginDoesNotEndTheBlockItStandsIn() {
    let result = TestFrameworks.compile(
      """
      framework Leadership Competencies

      scale Stages
        stage 1 Stage 1

      competency Self Belief
        stage 1 Acts with confidence
          - Manages own anxieties and appears confident to others.
      # A comment at the left margin, inside the list.
          - Has the courage to make full use of the formal authority of the role.

      """)
    #expect(result.diagnostics.isEmpty)
    #expect(result.compiled.framework?.allCompetencies.first?.levels.first?.indicators.count == 2)
  }

  @Test func everyCodeHasAFixtureAndADocumentedExplanation() throws {
    let documentation = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("docs/diagnostics.md"),
      encoding: .utf8)
    for code in DiagnosticCode.allCases {
      let fixture = Self.failingFixtures.contains("\(code.rawValue).cfw")
      #expect(
        fixture != Self.codesMadeInTests.contains(code),
        "\(code.rawValue) needs exactly one of a fixture file or a case in this file")
      if fixture {
        #expect(
          Self.passingFixtures.contains("\(code.rawValue)-pass.cfw"),
          "\(code.rawValue) has no corrected fixture")
      }
      #expect(documentation.contains("\n## \(code.rawValue): \(code.title)\n"))
    }
  }

  // MARK: The catalogue

  @Test func diagnosticsDocumentIsTheCatalogue() {
    Golden.assertMatches(DiagnosticCode.markdownReference(), path: "docs/diagnostics.md")
  }

  @Test func catalogueEntriesAreComplete() {
    let titles = DiagnosticCode.allCases.map(\.title)
    #expect(Set(titles).count == titles.count, "titles are not unique")
    for code in DiagnosticCode.allCases {
      #expect(!code.title.isEmpty && !code.title.hasSuffix("."), "\(code.rawValue) title")
      #expect(code.explanation.hasSuffix("."), "\(code.rawValue) explanation")
      #expect(!code.wrongExample.isEmpty, "\(code.rawValue) wrong example")
      #expect(code.wrongExample != code.rightExample, "\(code.rawValue) examples are the same")
    }
  }

  /// Text written to a console, collected for a test.
  final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = ""

    func append(_ text: String) { lock.withLock { collected += text } }
    var text: String { lock.withLock { collected } }
  }

  /// Runs `cfw` in-process; returns the exit status, standard output and standard error.
  func cfw(_ arguments: String...) -> (status: Int32, out: String, err: String) {
    let out = Captured()
    let err = Captured()
    let console = Console(out: { out.append($0) }, err: { err.append($0) }, colour: false)
    let status = CommandLineTool.run(arguments, console: console)
    return (status, out.text, err.text)
  }

  @Test func explainPrintsTheExplanationAndBothExamples() {
    let result = cfw("explain", "cfw201")
    #expect(result.status == 0)
    #expect(result.out.hasPrefix("CFW201: unknown competency (error)\n"))
    let code = DiagnosticCode.unknownCompetency
    for line in (code.wrongExample + "\n" + code.rightExample).split(separator: "\n") {
      #expect(result.out.contains("    " + line + "\n"))
    }
    #expect(result.out.contains("Wrong:") && result.out.contains("Right:"))
    #expect(cfw("explain", "CFW201").out == result.out)
    #expect(cfw("explain", "201").out == result.out)
    Golden.assertMatches(result.out, path: "Tests/Goldens/explain/CFW201.txt")
    Golden.assertMatches(cfw("explain", "CFW104").out, path: "Tests/Goldens/explain/CFW104.txt")
  }

  @Test func explainRejectsAnUnknownCodeWithASuggestion() {
    let result = cfw("explain", "CFW2O1")
    #expect(result.status == 2)
    #expect(result.out.isEmpty)
    #expect(result.err.contains("unknown diagnostic code ‘CFW2O1’; did you mean ‘CFW201’?"))
    #expect(cfw("explain").status == 2)
  }

  @Test func explainListsEveryCode() {
    let result = cfw("explain", "--list")
    #expect(result.status == 0)
    let lines = result.out.split(separator: "\n")
    #expect(lines.count == DiagnosticCode.allCases.count)
    for (line, code) in zip(lines, DiagnosticCode.allCases) {
      #expect(line.hasPrefix(code.rawValue) && line.hasSuffix(code.title))
    }
  }
}
