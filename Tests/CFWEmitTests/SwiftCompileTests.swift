import CFWEmit
import CFWModel
import CFWTestSupport
import Foundation
import Testing

/// Compiles the generated Swift with `swiftc -swift-version 6 -warnings-as-errors`, runs
/// it, and compares what it prints with the same summary computed from the model.
@Suite struct SwiftCompileTests {
  /// The frameworks compiled together: the hand-built ones and every bundled one.
  static func frameworks() -> [(name: String, framework: Framework)] {
    [
      ("sample", SwiftSampleFrameworks.complete),
      ("hostile", SwiftSampleFrameworks.hostile),
    ] + TestFrameworks.bundled()
      + [HostileFixtureTests.hostile.framework.map { ("hostile-fixture", $0) }].compactMap { $0 }
  }

  /// `main.swift`: checks that each framework survives a trip through `Codable`, then
  /// prints one summary per framework, as JSON with sorted keys.
  static func mainSource(_ names: [String]) -> String {
    let list = names.map { "  (\"\($0)\", \(SwiftEmitter.typeName(forFile: $0)).framework)," }
    return """
      import Foundation

      let frameworks: [(String, Framework)] = [
      \(list.joined(separator: "\n"))
      ]
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      for (name, framework) in frameworks {
        let encoded = try JSONEncoder().encode(framework)
        let decoded = try JSONDecoder().decode(Framework.self, from: encoded)
        guard decoded == framework else { fatalError(name + " does not survive Codable") }
        let summary = FrameworkSummary(name: name, framework: framework)
        print(String(decoding: try encoder.encode(summary), as: UTF8.self))
      }

      """
  }

  @Test func generatedSwiftCompilesAndHoldsTheSameFrameworks() throws {
    guard let swiftc = ExternalTools.require("swiftc") else { return }
    let frameworks = Self.frameworks()
    #expect(frameworks.count >= 7, "the bundled frameworks did not load")
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("cfw-swift-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    let emitter = SwiftEmitter()
    var files = emitter.emitShared(frameworks.map(\.framework))
    for (name, framework) in frameworks { files += emitter.emit(framework, name: name) }
    files.append(OutputFile(path: "main.swift", text: Self.mainSource(frameworks.map(\.name))))
    for file in files {
      try Data(file.contents).write(to: directory.appendingPathComponent(file.path))
    }
    let summarySource = RepositoryPaths.fixtures.appendingPathComponent(
      "swift/FrameworkSummary.swift")
    let sources = files.map(\.path) + [summarySource.path]

    // One invocation for everything; a type-checking budget per expression catches
    // output that would make the compiler slow.
    let program = directory.appendingPathComponent("frameworks").path
    let compile = try ExternalTools.run(
      swiftc,
      [
        "-swift-version", "6", "-warnings-as-errors", "-Onone", "-module-name", "Frameworks",
        "-Xfrontend", "-warn-long-expression-type-checking=1000", "-o", program,
      ] + sources,
      currentDirectory: directory)
    try #require(compile.status == 0, "swiftc failed:\n\(compile.stderr)")

    let run = try ExternalTools.run(program, [])
    try #require(run.status == 0, "the program failed:\n\(run.stderr)")
    let printed = run.stdout.split(separator: "\n").map(String.init)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let expected = try frameworks.map { name, framework in
      let summary = SwiftFrameworkSummary(name: name, framework: framework)
      return String(decoding: try encoder.encode(summary), as: UTF8.self)
    }
    #expect(printed.count == expected.count)
    for (actual, wanted) in zip(printed, expected) where actual != wanted {
      Issue.record("generated Swift differs from the model: \(Self.difference(wanted, actual))")
    }
  }

  /// The first field in which two printed summaries differ.
  static func difference(_ expected: String, _ actual: String) -> String {
    let decoder = JSONDecoder()
    guard let left = try? decoder.decode(SwiftFrameworkSummary.self, from: Data(expected.utf8)),
      let right = try? decoder.decode(SwiftFrameworkSummary.self, from: Data(actual.utf8))
    else { return "unreadable output: \(actual)" }
    let lists = [
      ("indicatorsAtLevels", left.indicatorsAtLevels, right.indicatorsAtLevels),
      ("indicators", left.indicators, right.indicators), ("texts", left.texts, right.texts),
    ]
    for (field, a, b) in lists where a != b {
      let index = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
      let wanted = index < a.count ? a[index] : "<end>"
      let got = index < b.count ? b[index] : "<end>"
      return
        "\(left.name) \(field)[\(index)]: expected \(wanted.debugDescription), got \(got.debugDescription)"
    }
    return "\(left.name): expected \(expected), got \(actual)"
  }
}
