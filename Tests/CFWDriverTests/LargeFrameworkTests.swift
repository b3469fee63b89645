import CFWSynthetic
import CFWTestSupport
import Foundation
import Testing

/// A synthetic framework goes through the `cfw check` executable to the end, with no
/// diagnostics. Not timed: the benchmark (`swift run -c release cfw-bench`) measures
/// speed; this shows that a large framework completes, in a debug build too.
///
/// By default the framework has 1,000 competencies, so that `swift test` stays quick.
/// `CFW_LARGE_COMPETENCIES` sets another size: continuous integration (`.ci/run`) uses
/// 100,000 (about 670 MB of source, two and a half minutes and 3.5 GB of memory in a
/// debug build).
@Suite struct LargeFrameworkTests {
  static var size: Int {
    ProcessInfo.processInfo.environment["CFW_LARGE_COMPETENCIES"].flatMap { Int($0) } ?? 1_000
  }

  @Test func aLargeFrameworkChecksToTheEnd() throws {
    let size = Self.size
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-large-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("synthetic.cfw").path
    let source = SyntheticFramework(competencies: size).source()
    #expect(FileManager.default.createFile(atPath: path, contents: Data(source)))

    let result = try ExternalTools.run(
      CommandLineTests.binary, ["check", "--max-file-size", "\(source.count)", path],
      environment: ["NO_COLOR": "1"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("checked 1 file: no problems"), "\(result.stdout)")
  }
}
