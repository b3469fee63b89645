import CFWTestSupport
import Foundation
import Testing

/// The sample pre-commit hook and GitHub workflow in the repository do what docs/ci.md
/// says, run against a scratch git repository and against this one.
@Suite struct ContinuousIntegrationTests {
  let environment = [
    "GIT_AUTHOR_NAME": "cfw test", "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "cfw test", "GIT_COMMITTER_EMAIL": "test@example.org",
    "CFW": CommandLineTests.binary, "NO_COLOR": "1",
  ]

  func git(_ arguments: String..., in directory: URL) throws -> ExternalTools.Output {
    try ExternalTools.run(
      "/usr/bin/env", ["git"] + arguments, environment: environment, currentDirectory: directory)
  }

  @Test func preCommitHookRefusesBrokenAndUnformattedFrameworks() throws {
    guard ExternalTools.require("git") != nil else { return }
    let repository = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-hook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: repository) }
    #expect(try git("init", "-q", in: repository).status == 0)
    let hook = repository.appendingPathComponent(".git/hooks/pre-commit")
    try FileManager.default.copyItem(
      at: RepositoryPaths.root.appendingPathComponent("docs/examples/pre-commit"), to: hook)
    let source = RepositoryPaths.frameworks.appendingPathComponent("mansfield-ashfield.cfw")
    let file = repository.appendingPathComponent("mansfield-ashfield.cfw")
    let good = try String(contentsOf: source, encoding: .utf8)
    try good.write(to: file, atomically: true, encoding: .utf8)
    #expect(try git("add", ".", in: repository).status == 0)
    let accepted = try git("commit", "-q", "-m", "Add framework", in: repository)
    #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")

    // A misspelt competency in a role is refused, and nothing is committed.
    try (good + "\nrole Clerk\n  requires Delivering and pace at level 3\n").write(
      to: file, atomically: true, encoding: .utf8)
    #expect(try git("add", ".", in: repository).status == 0)
    let refused = try git("commit", "-q", "-m", "Break it", in: repository)
    #expect(refused.status != 0)
    #expect((refused.stdout + refused.stderr).contains("unknown competency ‘Delivering and pace’"))
    #expect(
      try git("rev-list", "--count", "HEAD", in: repository).stdout.trimmingCharacters(
        in: .whitespacesAndNewlines) == "1")

    // A file that checks but is not formatted is refused too.
    try (good + "\n\n\nrole Clerk\n     requires Delivering at pace at level 3\n").write(
      to: file, atomically: true, encoding: .utf8)
    #expect(try git("add", ".", in: repository).status == 0)
    let unformatted = try git("commit", "-q", "-m", "Unformatted", in: repository)
    #expect(unformatted.status != 0, "\(unformatted.stdout)\(unformatted.stderr)")
    #expect(unformatted.stderr.contains("is not formatted"))
  }

  /// Every `cfw` command of the workflow runs cleanly on this repository.
  @Test func workflowCommandsPassOnThisRepository() throws {
    let workflow = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent(".github/workflows/frameworks.yml"),
      encoding: .utf8)
    let commands = workflow.split(separator: "\n").compactMap { line -> [String]? in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("run: .build/release/cfw ") else { return nil }
      return trimmed.dropFirst("run: .build/release/cfw ".count).split(separator: " ").map(
        String.init)
    }
    #expect(commands.map { $0.first ?? "" } == ["check", "fmt", "build"])
    let out = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-workflow-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    // The build step checks committed outputs; build them first, as a repository would.
    let built = try ExternalTools.run(
      CommandLineTests.binary, ["build", "--out", out.path], currentDirectory: RepositoryPaths.root)
    #expect(built.status == 0)
    for command in commands {
      let arguments = command.map { $0 == "out" ? out.path : $0 }
      let result = try ExternalTools.run(
        CommandLineTests.binary, arguments, currentDirectory: RepositoryPaths.root)
      #expect(
        result.status == 0,
        "cfw \(arguments.joined(separator: " ")): \(result.stdout)\(result.stderr)")
    }
  }
}
