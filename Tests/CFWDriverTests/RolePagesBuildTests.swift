import CFWTestSupport
import Foundation
import Testing

@testable import CFWDriver

/// `cfw build` writes each role's handbook and form in a folder beside the framework's
/// handbook, and a role's title cannot lead a file out of the output directory.
@Suite struct RolePagesBuildTests {
  func cfw(_ arguments: String..., in directory: URL) throws -> ExternalTools.Output {
    try ExternalTools.run(
      CommandLineTests.binary, arguments, environment: ["NO_COLOR": "1"],
      currentDirectory: directory)
  }

  /// Every file under a directory, relative to it, sorted.
  func files(in directory: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: directory.path)
    return (enumerator?.allObjects as? [String] ?? []).filter {
      !FileSystem.isDirectory(directory.appendingPathComponent($0).path)
    }.sorted()
  }

  @Test func roleTitledWithDotsAndSlashesIsWrittenInsideTheFolder() throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-roles-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let source = """
      framework Demo
      scale Levels
        level 1
        level 2
      competency Listening
        level 1
          - Listens carefully.
        level 2
          - Listens to the whole team.
      role ../../escape/../Listener
        requires Listening at level 1

      """
    try Data(source.utf8).write(to: work.appendingPathComponent("demo.cfw"))
    let result = try cfw("build", "--out", "out", "--emit", "html", "demo.cfw", in: work)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      files(in: work) == [
        "demo.cfw", "out/html/demo.html", "out/html/demo/escape-listener-form.html",
        "out/html/demo/escape-listener.html",
      ])
    let page = try String(
      contentsOf: work.appendingPathComponent("out/html/demo/escape-listener.html"), encoding: .utf8
    )
    #expect(page.contains("<h1>../../escape/../Listener</h1>"))
    #expect(
      try cfw("build", "--check", "--out", "out", "--emit", "html", "demo.cfw", in: work).status
        == 0)
  }

  @Test func nestedRolePathsAreSafeAndTraversalIsNot() {
    #expect(BuildCommand.isSafe("html/mansfield-ashfield/service-manager.html"))
    #expect(BuildCommand.isSafe("html/mansfield-ashfield/service-manager-form.html"))
    #expect(!BuildCommand.isSafe("html/mansfield-ashfield/../../escape.html"))
    #expect(!BuildCommand.isSafe("/html/x.html"))
  }
}
