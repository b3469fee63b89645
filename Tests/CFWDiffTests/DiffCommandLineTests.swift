import CFWTestSupport
import Foundation
import Testing

/// `cfw diff` through the built executable: output, exit status with and without
/// `--breaking`, and usage errors.
@Suite struct DiffCommandLineTests {
  static let binary: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("cfw").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return RepositoryPaths.root.appendingPathComponent(".build/debug/cfw").path
  }()

  static let v1 = "Tests/Fixtures/diff/mansfield-ashfield-v1.cfw"
  static let v2 = "Tests/Fixtures/diff/mansfield-ashfield-v2.cfw"

  func cfw(_ arguments: String..., in directory: URL = RepositoryPaths.root) throws
    -> ExternalTools.Output
  {
    try ExternalTools.run(
      Self.binary, arguments, environment: ["NO_COLOR": "1"], currentDirectory: directory)
  }

  @Test func printsTheReportInEachFormat() throws {
    let text = try cfw("diff", Self.v1, Self.v2)
    #expect(text.status == 0, "without --breaking, breaking changes do not fail: \(text.stderr)")
    Golden.assertMatches(text.stdout, path: "Tests/Goldens/diff/mansfield-ashfield.txt")
    let json = try cfw("diff", "--format", "json", Self.v1, Self.v2)
    Golden.assertMatches(json.stdout, path: "Tests/Goldens/diff/mansfield-ashfield.json")
    let markdown = try cfw("diff", Self.v1, Self.v2, "--format=markdown")
    Golden.assertMatches(markdown.stdout, path: "Tests/Goldens/diff/mansfield-ashfield.md")
  }

  @Test func breakingExitsWithOneOnlyWhenAChangeBreaks() throws {
    let breaking = try cfw("diff", "--breaking", Self.v1, Self.v2)
    #expect(breaking.status == 1)
    #expect(breaking.stdout.contains("[breaking]"))

    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-diff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let old =
      "framework Demo\nscale Levels\n  level 1\ncompetency Listening\n  level 1\n    - Listens carefully.\n"
    try Data(old.utf8).write(to: work.appendingPathComponent("old.cfw"))
    try Data((old + "    - Asks questions.\n").utf8).write(
      to: work.appendingPathComponent("added.cfw"))
    try Data(old.replacingOccurrences(of: "competency Listening", with: "competency Hearing").utf8)
      .write(to: work.appendingPathComponent("renamed.cfw"))

    let additions = try cfw("diff", "--breaking", "old.cfw", "added.cfw", in: work)
    #expect(additions.status == 0, "\(additions.stdout)\(additions.stderr)")
    #expect(additions.stdout.contains("+ indicator added at level 1: Asks questions."))
    #expect(try cfw("diff", "--breaking", "old.cfw", "old.cfw", in: work).stdout == "no changes\n")
    // A title change without an explicit identifier changes the identifier.
    let renamed = try cfw("diff", "--breaking", "old.cfw", "renamed.cfw", in: work)
    #expect(renamed.status == 1)
    #expect(renamed.stdout.contains("identifier changed from listening to hearing [breaking]"))
  }

  @Test func usageAndInputErrorsExitWithTwo() throws {
    let one = try cfw("diff", Self.v1)
    #expect(one.status == 2)
    #expect(one.stderr.contains("takes two files"))
    let format = try cfw("diff", "--format", "html", Self.v1, Self.v2)
    #expect(format.status == 2)
    #expect(format.stderr.contains("unknown format ‘html’"))
    let option = try cfw("diff", "--brekaing", Self.v1, Self.v2)
    #expect(option.status == 2)
    let missing = try cfw("diff", Self.v1, "no-such-file.cfw")
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("cannot read ‘no-such-file.cfw’"))
    #expect(missing.stdout.isEmpty)
    let broken = try cfw("diff", "Tests/Fixtures/planted/planted.cfw", Self.v2)
    #expect(broken.status == 2)
    #expect(broken.stderr.contains("error: unknown competency ‘Delivering and pace’ [CFW201]"))
    #expect(broken.stderr.contains("does not compile"))
    let library = try cfw("diff", "frameworks/clf.cfw", Self.v2)
    #expect(library.status == 2)
    #expect(library.stderr.contains("declares no framework"))
  }

  @Test func helpDescribesTheCommand() throws {
    let help = try cfw("help", "diff")
    #expect(help.status == 0)
    #expect(help.stdout.contains("cfw diff OLD NEW [--format text|json|markdown] [--breaking]"))
    #expect(try cfw("diff", "--help").stdout == help.stdout)
    #expect(try cfw("--help").stdout.contains("diff"))
  }
}
