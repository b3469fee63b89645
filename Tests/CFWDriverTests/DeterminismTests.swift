import CFWTestSupport
import Foundation
import Testing

/// `cfw build` writes the same bytes whatever the order of its inputs, the locale, the
/// time zone and the run.
@Suite struct DeterminismTests {
  /// Every output file under `folder`, by relative path.
  static func outputs(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let item = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let path = folder.appendingPathComponent(item).path
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result[item] = FileManager.default.contents(atPath: path)
      }
    }
    return result
  }

  /// The environments of the builds: locales with unusual case rules and number formats,
  /// and time zones far apart (one of them on a different date from UTC most of the day).
  static let environments: [[String: String]] = [
    ["LANG": "C", "LC_ALL": "C", "TZ": "UTC"],
    ["LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8", "TZ": "Pacific/Kiritimati"],
    ["LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "TZ": "America/St_Johns"],
  ]

  @Test func outputsAreByteIdenticalAcrossInputOrderLocaleAndTimeZone() throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-determinism-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: work) }
    let sorted = RepositoryPaths.frameworkFiles.map { "frameworks/" + $0.lastPathComponent }
    #expect(sorted.count >= 5)
    // Sorted, reversed, and every other file first.
    let orders = [
      sorted, sorted.reversed(),
      sorted.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        + sorted.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
    ]
    var builds: [[String: Data]] = []
    for (number, (order, environment)) in zip(orders, Self.environments).enumerated() {
      let out = work.appendingPathComponent("out-\(number)").path
      var variables = environment
      variables["NO_COLOR"] = "1"
      let result = try ExternalTools.run(
        CommandLineTests.binary, ["build", "--out", out] + order, environment: variables,
        currentDirectory: RepositoryPaths.root)
      #expect(result.status == 0, "\(result.stderr)")
      builds.append(Self.outputs(URL(fileURLWithPath: out)))
    }
    let first = try #require(builds.first)
    #expect(first.count >= 20)
    for (number, other) in builds.enumerated().dropFirst() {
      #expect(other.keys.sorted() == first.keys.sorted(), "build \(number) wrote other files")
      let differing = first.keys.sorted().filter { other[$0] != first[$0] }
      #expect(
        differing.isEmpty, "build \(number) (\(Self.environments[number])) differs in \(differing)")
    }
  }
}
