import CFWTestSupport
import Foundation
import Testing

/// `cfw fmt` through the built binary: what it writes, what it refuses, its exit status.
@Suite struct FmtCommandTests {
  /// The `cfw` binary built beside the test bundle.
  static let binary: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("cfw").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return RepositoryPaths.root.appendingPathComponent(".build/debug/cfw").path
  }()

  static let formatted = "framework Tidy\n  date 2020\n\nscale Levels\n  level 1 Level 1\n"
  static let untidy =
    "framework Tidy   \r\n    date 2020\r\nscale Levels\r\n\r\n\r\n    level 1    Level 1\r\n"
  /// A tab in indentation (CFW003), with trailing spaces a formatter would remove.
  static let broken = "framework Broken  \n\tdate 2020\n"

  func cfw(_ arguments: String..., in directory: URL = RepositoryPaths.root) throws
    -> ExternalTools.Output
  {
    try ExternalTools.run(
      Self.binary, arguments, environment: ["NO_COLOR": "1"], currentDirectory: directory)
  }

  /// A temporary folder holding `files` (name → text), removed by the caller.
  func folder(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-fmt-\(UUID().uuidString)")
    for (name, text) in files {
      let file = url.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: file)
    }
    return url
  }

  func contents(_ url: URL, _ name: String) throws -> String {
    String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
  }

  @Test func checkListsFilesThatWouldChangeAndWritesNothing() throws {
    let url = try folder(["tidy.cfw": Self.formatted, "untidy.cfw": Self.untidy])
    defer { try? FileManager.default.removeItem(at: url) }
    let result = try cfw("fmt", "--check", ".", in: url)
    #expect(result.status == 1)
    #expect(result.stdout == "would change: ./untidy.cfw\n")
    #expect(try contents(url, "untidy.cfw") == Self.untidy)
  }

  @Test func formatsAndThenChecksClean() throws {
    let url = try folder(["untidy.cfw": Self.untidy])
    defer { try? FileManager.default.removeItem(at: url) }
    let first = try cfw("fmt", "untidy.cfw", in: url)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout == "formatted untidy.cfw\n")
    #expect(try contents(url, "untidy.cfw") == Self.formatted)
    let check = try cfw("fmt", "--check", "untidy.cfw", in: url)
    #expect(check.status == 0)
    #expect(check.stdout == "1 file is formatted\n")
  }

  @Test func withNoPathFormatsTheFrameworksFolder() throws {
    let url = try folder(["frameworks/a.cfw": Self.untidy, "elsewhere.cfw": Self.untidy])
    defer { try? FileManager.default.removeItem(at: url) }
    let result = try cfw("fmt", in: url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try contents(url, "frameworks/a.cfw") == Self.formatted)
    #expect(try contents(url, "elsewhere.cfw") == Self.untidy)
  }

  @Test(arguments: [[], ["--check"]])
  func syntaxErrorsLeaveTheFileUntouched(options: [String]) throws {
    let url = try folder(["broken.cfw": Self.broken, "untidy.cfw": Self.untidy])
    defer { try? FileManager.default.removeItem(at: url) }
    let before = try Data(contentsOf: url.appendingPathComponent("broken.cfw"))
    let result = try ExternalTools.run(
      Self.binary, ["fmt"] + options + ["broken.cfw", "untidy.cfw"], environment: ["NO_COLOR": "1"],
      currentDirectory: url)
    #expect(result.status == 1)
    #expect(result.stderr.contains("broken.cfw:2:1: error: tab in indentation [CFW003]"))
    #expect(
      result.stderr.contains("error: ‘broken.cfw’ has syntax errors, so it was not formatted"))
    #expect(try Data(contentsOf: url.appendingPathComponent("broken.cfw")) == before)
    let untidy = try contents(url, "untidy.cfw")
    #expect(untidy == (options.isEmpty ? Self.formatted : Self.untidy), "the other file is handled")
  }

  @Test func usageAndIOErrorsExitWithTwo() throws {
    let option = try cfw("fmt", "--write")
    #expect(option.status == 2)
    #expect(option.stderr.contains("unknown option ‘--write’ for ‘cfw fmt’"))
    let missing = try cfw("fmt", "--check", "no-such-file.cfw")
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no-such-file.cfw"))
    let help = try cfw("help", "fmt")
    #expect(help.status == 0)
    #expect(help.stdout.contains("Usage: cfw fmt [--check] [PATH…]"))
  }

  @Test func bundledFrameworksPassCheck() throws {
    let result = try cfw("fmt", "--check", "frameworks")
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }
}
