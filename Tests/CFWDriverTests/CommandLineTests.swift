import CFWTestSupport
import Foundation
import Testing

/// The built `cfw` executable: output, errors and exit status, as a user sees them.
@Suite struct CommandLineTests {
  /// The `cfw` binary built beside the test bundle.
  static let binary: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("cfw").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return RepositoryPaths.root.appendingPathComponent(".build/debug/cfw").path
  }()

  func cfw(_ arguments: String..., in directory: URL = RepositoryPaths.root) throws
    -> ExternalTools.Output
  {
    try ExternalTools.run(
      Self.binary, arguments, environment: ["NO_COLOR": "1"], currentDirectory: directory)
  }

  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func helpAndVersion() throws {
    let help = try cfw("--help")
    #expect(help.status == 0)
    #expect(help.stdout.contains("Usage: cfw <command>"))
    #expect(help.stdout.contains("check"))
    #expect(help.stdout.contains("build"))
    let version = try cfw("--version")
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("cfw "))
    let checkHelp = try cfw("help", "check")
    #expect(checkHelp.status == 0)
    #expect(checkHelp.stdout.contains("--strict"))
  }

  @Test func usageErrorsExitWithTwo() throws {
    let unknown = try cfw("chek")
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("unknown command ‘chek’; did you mean ‘check’?"))
    let option = try cfw("check", "--strikt")
    #expect(option.status == 2)
    #expect(option.stderr.contains("unknown option ‘--strikt’"))
    let format = try cfw("check", "--format", "xml")
    #expect(format.status == 2)
    let missing = try cfw("check", "no-such-file.cfw")
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no-such-file.cfw"))
  }

  @Test func bundledFrameworksAreClean() throws {
    let result = try cfw("check", "--strict", "frameworks")
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.contains("no problems"))
  }

  @Test func problemsExitWithOneAndPointAtTheSource() throws {
    let result = try cfw("check", "Tests/Fixtures/planted/planted.cfw")
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "Tests/Fixtures/planted/planted.cfw:39:12: error: unknown competency ‘Delivering and pace’ [CFW201]"
      ))
    #expect(result.stdout.contains("   |            ^^^^^^^^^^^^^^^^^^^\n"))
    #expect(result.stdout.contains("6 errors and 0 warnings"))
    #expect(!result.stdout.contains("\u{1B}["), "NO_COLOR is honoured")
  }

  @Test func strictTurnsWarningsIntoErrors() throws {
    let relaxed = try cfw("check", "Tests/Fixtures/contradictions/cherwell-themes.cfw")
    #expect(relaxed.stdout.contains("warning: theme ‘Continual Improvement’"))
    let strict = try cfw("check", "--strict", "Tests/Fixtures/contradictions/cherwell-themes.cfw")
    #expect(strict.stdout.contains("error: theme ‘Continual Improvement’"))
    #expect(strict.status == 1)
  }

  @Test func buildIsDeterministicAndCheckable() throws {
    let out = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let first = try cfw("build", "--out", out.path)
    #expect(first.status == 0, "\(first.stderr)")
    let json = out.appendingPathComponent("json/mansfield-ashfield.json")
    let html = out.appendingPathComponent("html/mansfield-ashfield.html")
    let swift = out.appendingPathComponent("swift/CFWModels.swift")
    for file in [json, html, swift] { #expect(FileManager.default.fileExists(atPath: file.path)) }
    let before = try Data(contentsOf: html)
    let second = try cfw("build", "--out", out.path)
    #expect(second.status == 0)
    #expect(try Data(contentsOf: html) == before)
    #expect(try cfw("build", "--check", "--out", out.path).status == 0)
    try Data("changed".utf8).write(to: json)
    let stale = try cfw("build", "--check", "--out", out.path)
    #expect(stale.status == 1)
    #expect(stale.stdout.contains("json/mansfield-ashfield.json"))
  }

  @Test func aFrameworkWithErrorsWritesNothing() throws {
    let work = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let source = work.appendingPathComponent("demo.cfw")
    let good = """
      framework Demo
      scale Levels
        level 1
      competency Listening
        level 1
          - Listens carefully.

      """
    try Data(good.utf8).write(to: source)
    #expect(try cfw("build", "--out", "out", "demo.cfw", in: work).status == 0)
    let output = work.appendingPathComponent("out/json/demo.json")
    let before = try Data(contentsOf: output)
    try Data((good + "role Listener\n  requires Listenning at level 1\n").utf8).write(to: source)
    let failed = try cfw("build", "--out", "out", "demo.cfw", in: work)
    #expect(failed.status == 1)
    #expect(failed.stderr.contains("nothing was written"))
    #expect(try Data(contentsOf: output) == before)
  }

  @Test func initWritesAStarterThatPassesCheck() throws {
    let work = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let created = try cfw("init", "demo", in: work)
    #expect(created.status == 0, "\(created.stderr)")
    let check = try cfw("check", "--strict", "demo.cfw", in: work)
    #expect(check.status == 0, "\(check.stdout)")
    let again = try cfw("init", "demo", in: work)
    #expect(again.status == 2)
    #expect(again.stderr.contains("already exists"))
  }

  @Test func everyCommandRefusesAFolderWithoutFrameworks() throws {
    let empty = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: empty) }
    for command in ["check", "fmt", "build"] {
      let result = try cfw(command, empty.path)
      #expect(result.status == 2, "cfw \(command)")
      #expect(result.stderr.contains("no .cfw files found"), "cfw \(command)")
    }
  }
}
