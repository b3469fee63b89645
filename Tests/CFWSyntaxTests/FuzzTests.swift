import CFWModel
import CFWSyntax
import CFWTestSupport
import Foundation
import Testing

/// A deterministic mutation fuzzer: every framework and fixture, damaged in many seeded
/// ways, must go through the front end, the checks and `fmt` without a crash, a hang or
/// a diagnostic that points outside the file (see `FuzzOracle` for every invariant).
///
/// The cases are the same on every run. `CFW_FUZZ_CASES=N` runs N cases a source instead
/// of the default, and `CFW_FUZZ_SALT=N` draws other cases, for longer runs by hand;
/// `CFW_FUZZ_KEEP=DIR` leaves a case that crashes the process in DIR. A failing case is
/// written to the temporary folder, to be replayed and kept under Tests/Fixtures/fuzz/
/// once fixed.
@Suite struct FuzzTests {
  /// A case taking longer than this is taken for a hang (this is no benchmark: the usual
  /// case takes a few milliseconds in a debug build, the largest pathological one under a
  /// second, while a quadratic path on these inputs takes minutes). The margin covers a
  /// debug build on a 2-core machine busy with the other tests. `CFW_FUZZ_TIME_LIMIT_MS`
  /// sets another limit, to hunt for slow paths by hand.
  static let timeLimit = Duration.milliseconds(
    environment["CFW_FUZZ_TIME_LIMIT_MS"].flatMap { Int($0) } ?? 4_000)

  /// The largest case, in bytes; mutations that grow a file beyond it are cut back.
  static let maximumCaseSize = 96 << 10

  static let environment = ProcessInfo.processInfo.environment
  static let casesPerSource = environment["CFW_FUZZ_CASES"].flatMap { Int($0) } ?? 40
  static let salt = environment["CFW_FUZZ_SALT"].flatMap { UInt64($0) } ?? 0

  /// Every `.cfw` file of frameworks/ and Tests/Fixtures, relative to the root, sorted.
  static let sources: [String] = {
    var paths: [String] = []
    for folder in ["frameworks", "Tests/Fixtures"] {
      let url = RepositoryPaths.root.appendingPathComponent(folder)
      let enumerator = FileManager.default.enumerator(atPath: url.path)
      while let item = enumerator?.nextObject() as? String {
        if item.hasSuffix(".cfw") { paths.append(folder + "/" + item) }
      }
    }
    return paths.sorted()
  }()

  /// The inputs that once broke an invariant, in Tests/Fixtures/fuzz.
  static let regressions: [String] = {
    let url = RepositoryPaths.fixtures.appendingPathComponent("fuzz")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { !$0.hasSuffix(".md") }.sorted()
  }()

  /// The sources, by absolute normalised path, so that imports find each other.
  static let library: [String: [UInt8]] = {
    var files: [String: [UInt8]] = [:]
    for path in sources {
      files[Path.normalise(absolute(path))] = FileManager.default.contents(atPath: absolute(path))
        .map { [UInt8]($0) }
    }
    return files
  }()

  static let oracle = FuzzOracle(library: library)

  static func absolute(_ path: String) -> String { RepositoryPaths.root.path + "/" + path }

  @Test func thereAreSourcesAndRegressions() {
    #expect(Self.sources.count >= 50)
    #expect(Self.sources.contains("frameworks/mansfield-ashfield.cfw"))
    #expect(!Self.regressions.isEmpty)
  }

  @Test(arguments: sources)
  func mutatedSourceKeepsEveryInvariant(path: String) throws {
    let absolute = Self.absolute(path)
    let original = try #require(Self.library[Path.normalise(absolute)])
    var random = FuzzRandom(seed: FuzzRandom.seed(path, Self.salt))
    for number in 0..<Self.casesPerSource {
      var bytes = original
      var made: [String] = []
      for _ in 0..<random.int(1...3) {
        let mutation = random.pick(FuzzMutation.allCases)
        let other =
          Self.library.isEmpty
          ? [] : Self.library[Self.sources[random.below(Self.sources.count)].absoluteKey] ?? []
        mutation.apply(&bytes, other: other, random: &random)
        made.append(mutation.rawValue)
      }
      // Bigger cases test throughput, not robustness, and would make the time limit
      // depend on the machine.
      if bytes.count > Self.maximumCaseSize { bytes.removeSubrange(Self.maximumCaseSize...) }
      let name = "\(path) case \(number) (\(made.joined(separator: ", ")))"
      Self.run(bytes, path: absolute, name: name)
    }
  }

  @Test(arguments: regressions)
  func regressionInputKeepsEveryInvariant(name: String) throws {
    let url = RepositoryPaths.fixtures.appendingPathComponent("fuzz/" + name)
    let bytes = [UInt8](try Data(contentsOf: url))
    Self.run(bytes, path: url.path, name: "Tests/Fixtures/fuzz/" + name)
  }

  /// Inputs that were once slow (each took seconds to minutes in a debug build, because
  /// some scan was quadratic), made again here rather than kept as large files.
  static let pathological: [(String, String)] = [
    (
      "blank lines",
      "framework F\n\nsection S\n  a\n" + String(repeating: "\n", count: 60_000) + "  b\n"
    ),
    (
      "comments",
      "framework F\n\ngroup G\n" + String(repeating: "# c\n", count: 40_000) + "  label L\n"
    ),
    (
      "unclosed brackets",
      "framework F\n\nsection S\n  " + String(repeating: "[a ", count: 30_000) + "\n"
    ),
    (
      "unclosed links",
      "framework F\n\nsection S\n  " + String(repeating: "[a](b", count: 20_000) + "\n"
    ),
    (
      "unclosed emphasis",
      "framework F\n\nsection S\n  " + String(repeating: "*a **b ", count: 15_000) + "\n"
    ),
    (
      "long title",
      "framework F\n\ncompetency " + String(repeating: "word ", count: 20_000)
        + "x\n  indicators\n    - i\n"
    ),
    (
      "doubled spaces",
      "framework F\n\nsection S\n  " + String(repeating: "a  ", count: 10_000) + "\n"
    ),
    (
      "unsafe links",
      "framework F\n\nsection S\n  " + String(repeating: "[a](javascript:b) ", count: 5_000) + "\n"
    ),
  ]

  @Test(arguments: pathological.map(\.0))
  func onceSlowInputIsFast(name: String) throws {
    let text = try #require(Self.pathological.first { $0.0 == name }?.1)
    Self.run(Array(text.utf8), path: "pathological.cfw", name: name)
  }

  /// Runs one case, recording an issue (and keeping the input) if it breaks an invariant
  /// or takes too long.
  static func run(_ bytes: [UInt8], path: String, name: String) {
    // With CFW_FUZZ_KEEP=DIR, each case is written to DIR first and removed when it
    // passes, so that a case that crashes the test process is left behind.
    let trace = environment["CFW_FUZZ_KEEP"].map {
      URL(fileURLWithPath: $0).appendingPathComponent("case-\(FuzzRandom.seed(name, 0)).cfw")
    }
    if let trace { try? Data(bytes).write(to: trace) }
    let clock = ContinuousClock()
    var problems: [String] = []
    let elapsed = clock.measure { problems = oracle.problems(bytes, path: path) }
    if let trace { try? FileManager.default.removeItem(at: trace) }
    if elapsed > timeLimit {
      problems.append("took \(elapsed), more than \(timeLimit): a hang or a quadratic path")
    }
    guard !problems.isEmpty else { return }
    let kept = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-fuzz-\(FuzzRandom.seed(name, 0)).cfw")
    try? Data(bytes).write(to: kept)
    Issue.record(
      Comment(
        rawValue: "\(name), \(bytes.count) bytes, kept at \(kept.path):\n"
          + problems.prefix(5).joined(separator: "\n")))
  }

  // MARK: The fuzzer itself

  @Test func casesAreTheSameOnEveryRun() {
    func cases() -> [[UInt8]] {
      var random = FuzzRandom(seed: FuzzRandom.seed("frameworks/clf.cfw", 0))
      return FuzzMutation.allCases.map { mutation in
        var bytes = Array(
          "framework F\n  date 2012\n\ngroup G\n  competency C\n    level 1\n      - x\n".utf8)
        mutation.apply(&bytes, other: Array("scale S\n  level 1\n".utf8), random: &random)
        return bytes
      }
    }
    let first = cases()
    #expect(first == cases())
    // Mutations change their input (a few, such as swapping a line with itself, may not).
    let original = Array(
      "framework F\n  date 2012\n\ngroup G\n  competency C\n    level 1\n      - x\n".utf8)
    #expect(first.filter { $0 != original }.count >= FuzzMutation.allCases.count - 3)
  }

  @Test func theOracleNoticesARangeOutsideTheFile() {
    let file = SourceFile(path: "f.cfw", text: "framework F\n")
    let inside = file.range(0, 9)
    #expect(FuzzOracle.rangeProblems(inside, in: file, what: "x").isEmpty)
    let outside = SourceRange(
      start: file.location(3), end: SourceLocation(offset: 40, line: 2, column: 1))
    #expect(FuzzOracle.rangeProblems(outside, in: file, what: "x").count == 1)
    var wrongColumn = inside
    wrongColumn.start.column = 4
    #expect(FuzzOracle.rangeProblems(wrongColumn, in: file, what: "x").count == 1)
  }
}

extension String {
  /// The library key of a path relative to the repository root.
  fileprivate var absoluteKey: String { Path.normalise(FuzzTests.absolute(self)) }
}
