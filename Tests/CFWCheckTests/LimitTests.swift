import CFWCheck
import CFWModel
import CFWSyntax
import CFWSynthetic
import CFWTestSupport
import Foundation
import Testing

/// Limits: a file larger than the maximum size is refused with a diagnostic, not read;
/// a framework of 200,000 lines checks like a small one. (Nesting depth is tested in
/// ParserTests and ProseNestingTests.)
@Suite struct LimitTests {
  /// The `cfw` binary built beside the test bundle.
  static let binary: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("cfw").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return RepositoryPaths.root.appendingPathComponent(".build/debug/cfw").path
  }()

  @Test func theDefaultMaximumFileSizeIs64MiB() {
    #expect(Compiler(read: { _ in nil }).maximumFileSize == 64 << 20)
  }

  @Test func aFileOverTheMaximumSizeIsOneDiagnosticAndIsNotParsed() throws {
    var compiler = Compiler(maximumFileSize: 100, read: { _ in nil })
    let text = "framework F\n" + String(repeating: "unknown line\n", count: 20)
    let compiled = compiler.compile(SourceFile(path: "big.cfw", text: text))
    let diagnostics = Checker.check(compiled)
    #expect(diagnostics.map(\.code) == [.fileTooLarge])
    #expect(
      diagnostics.first?.message
        == "the file is \(text.utf8.count) bytes, more than the limit of 100")
    #expect(diagnostics.first?.severity == .error)
    #expect(compiled.framework == nil)
  }

  @Test func aFileAtTheMaximumSizeIsRead() {
    let text = "framework F\n"
    var compiler = Compiler(maximumFileSize: text.utf8.count, read: { _ in nil })
    let compiled = compiler.compile(SourceFile(path: "f.cfw", text: text))
    #expect(!compiled.diagnostics.contains { $0.code == .fileTooLarge })
    #expect(compiled.framework?.title == "F")
  }

  @Test func checkTakesTheMaximumSizeFromTheCommandLine() throws {
    let path = "Tests/Fixtures/planted/planted.cfw"
    let limited = try ExternalTools.run(
      Self.binary, ["check", "--max-file-size", "1000", path], environment: ["NO_COLOR": "1"],
      currentDirectory: RepositoryPaths.root)
    #expect(limited.status == 1)
    #expect(limited.stdout.contains("more than the limit of 1000 [CFW011]"))
    #expect(limited.stdout.contains("1 error and 0 warnings"))
    for bad in ["0", "-5", "lots"] {
      let usage = try ExternalTools.run(
        Self.binary, ["check", "--max-file-size", bad, path], currentDirectory: RepositoryPaths.root
      )
      #expect(usage.status == 2, "--max-file-size \(bad)")
    }
  }

  @Test func aFrameworkOf200000LinesChecksClean() throws {
    let bytes = SyntheticFramework(competencies: 2_150).source()
    let lines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    #expect(lines >= 200_000)
    let clock = ContinuousClock()
    var diagnostics: [Diagnostic] = []
    var competencies = 0
    let elapsed = clock.measure {
      var compiler = Compiler(read: { _ in nil })
      let compiled = compiler.compile(SourceFile(path: "synthetic.cfw", bytes: bytes))
      competencies = compiled.framework?.allCompetencies.count ?? 0
      diagnostics = Checker.check(compiled)
    }
    #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3).map(\.message))")
    #expect(competencies == 2_150)
    print("note: checked \(lines) lines (\(bytes.count) bytes) in \(elapsed)")
  }
}
