import CFWTestSupport
import Foundation
import Testing

/// `cfw build` writes the CASE, CSV and Moodle exports, by default and on request.
@Suite struct InteropBuildTests {
  func cfw(_ arguments: String..., in directory: URL = RepositoryPaths.root) throws
    -> ExternalTools.Output
  {
    try ExternalTools.run(
      CommandLineTests.binary, arguments, environment: ["NO_COLOR": "1"],
      currentDirectory: directory)
  }

  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  func files(in directory: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: directory.path)
    return (enumerator?.allObjects as? [String] ?? []).filter {
      !$0.hasSuffix("/") && $0.contains(".")
    }.sorted()
  }

  @Test func emitWritesOnlyTheFormatsAskedFor() throws {
    let out = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try cfw(
      "build", "--out", out.path, "--emit", "case,csv,moodle", "frameworks/mansfield-ashfield.cfw")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      files(in: out) == [
        "case/mansfield-ashfield.json", "csv/mansfield-ashfield.csv",
        "csv/mansfield-ashfield.excel.csv", "moodle/mansfield-ashfield.csv",
      ])
    let csv = try Data(contentsOf: out.appendingPathComponent("csv/mansfield-ashfield.csv"))
    #expect(String(decoding: csv.prefix(9), as: UTF8.self) == "Framework")
    let excel = try Data(contentsOf: out.appendingPathComponent("csv/mansfield-ashfield.excel.csv"))
    #expect(excel.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    #expect(
      try cfw(
        "build", "--check", "--out", out.path, "--emit", "case,csv,moodle",
        "frameworks/mansfield-ashfield.cfw"
      ).status == 0)
  }

  @Test func buildWithoutEmitWritesEveryFormat() throws {
    let out = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try cfw(
      "build", "--out", out.path, "frameworks/scottish-leadership-capabilities.cfw")
    #expect(result.status == 0, "\(result.stderr)")
    let written = files(in: out)
    for path in [
      "json/scottish-leadership-capabilities.json", "html/scottish-leadership-capabilities.html",
      "case/scottish-leadership-capabilities.json", "csv/scottish-leadership-capabilities.csv",
      "moodle/scottish-leadership-capabilities.csv",
    ] {
      #expect(written.contains(path), "\(path) missing from \(written)")
    }
  }

  @Test func unknownFormatNamesTheKnownOnes() throws {
    let result = try cfw("build", "--emit", "xlsx")
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "unknown output format ‘xlsx’ (use json, html, swift, case, csv or moodle)"))
    let help = try cfw("help", "build")
    #expect(help.stdout.contains("case, csv, moodle"))
  }
}
