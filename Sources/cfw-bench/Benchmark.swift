import CFWSynthetic
import Foundation

/// The parent side: generates each size, runs every stage in a child process, measures
/// `cfw check` and `cfw build`, and prints the tables of `docs/performance.md`.
struct Benchmark {
  var sizes: [Int]
  var seed: UInt64
  /// Where generated files go.
  var directory: String
  /// The `cfw` executable measured for `check` and `build`; when nil, this executable
  /// runs the same code in a child (`--cfw`).
  var cfw: String?
  /// The longest a stage may run before it is stopped and reported as too slow.
  var timeout: Double = 300

  /// Results by size, then by stage name.
  var results: [Int: [String: StageResult]] = [:]
  var sourceBytes: [Int: Int] = [:]

  mutating func run() {
    print("# cfw-bench")
    print("")
    print(Report.machine())
    print(
      "cfw measured: \(cfw ?? "this executable (no cfw next to it; run `swift build -c release` first)")"
    )
    for size in sizes {
      measure(size)
      print("")
      print(Report.sizeTable(size: size, source: sourceBytes[size]!, results: results[size]!))
    }
    print("")
    print(Report.ratios(sizes: sizes, results: results))
    print("")
    print(Report.scaling(sizes: sizes, results: results, sources: sourceBytes))
    print("")
    print(seedBuild())
  }

  mutating func measure(_ size: Int) {
    let source = SyntheticFramework(competencies: size, seed: seed).source()
    let path = "\(directory)/synthetic-\(size).cfw"
    let jsonPath = "\(directory)/synthetic-\(size).json"
    _ = FileManager.default.createFile(atPath: path, contents: Data(source))
    sourceBytes[size] = source.count
    FileHandle.standardError.write(
      Data("cfw-bench: \(size) competencies, \(source.count) bytes\n".utf8))
    var byStage: [String: StageResult] = [:]
    let me = ChildProcess.executablePath
    for stage in Stage.allCases {
      var arguments = ["--child", stage.rawValue, "--input", stage == .decode ? jsonPath : path]
      if stage == .json { arguments += ["--save", jsonPath] }
      let child = ChildProcess.run(me, arguments, timeout: timeout)
      if child.status == -2 {
        byStage[stage.rawValue] = StageResult(
          stage: stage.rawValue, seconds: timeout, inputBytes: source.count, outputBytes: 0,
          peakBytes: child.peakBytes, stageBytes: 0, timedOut: true)
        FileHandle.standardError.write(
          Data("  \(stage.rawValue): stopped after \(Int(timeout)) s\n".utf8))
        continue
      }
      guard child.status == 0,
        let result = StageResult(stage: stage.rawValue, childLine: child.output)
      else {
        FileHandle.standardError.write(
          Data("cfw-bench: stage \(stage.rawValue) failed (\(child.status))\n".utf8))
        continue
      }
      byStage[stage.rawValue] = result
      FileHandle.standardError.write(
        Data("  \(stage.rawValue): \(Report.milliseconds(result.seconds))\n".utf8))
    }
    byStage["check"] = check(path, bytes: source.count)
    results[size] = byStage
    unlink(jsonPath)
    unlink(path)
  }

  /// `cfw check` as a user runs it: a new process, the whole file, its peak memory.
  func check(_ path: String, bytes: Int) -> StageResult {
    let arguments = ["check", "--max-file-size", "\(Int(Int32.max))", path]
    let child =
      cfw.map { ChildProcess.run($0, arguments) }
      ?? ChildProcess.run(ChildProcess.executablePath, ["--cfw"] + arguments)
    if child.status != 0 {
      FileHandle.standardError.write(
        Data("cfw-bench: cfw check exited \(child.status): \(child.output)\n".utf8))
    }
    return StageResult(
      stage: "check", seconds: child.seconds, inputBytes: bytes, outputBytes: 0,
      peakBytes: child.peakBytes, stageBytes: child.peakBytes)
  }

  /// `cfw build` of the bundled frameworks, every format, into a new directory each
  /// time: wall time with process start, best and median of ten.
  func seedBuild() -> String {
    let frameworks = FileManager.default.currentDirectoryPath + "/frameworks"
    guard FileManager.default.fileExists(atPath: frameworks) else {
      return
        "cfw build of the bundled frameworks: skipped (no frameworks/ here; run from the repository)"
    }
    var times: [Double] = []
    for run in 0..<10 {
      let out = "\(directory)/build-\(run)"
      let arguments = ["build", "--out", out, frameworks]
      let child =
        cfw.map { ChildProcess.run($0, arguments) }
        ?? ChildProcess.run(ChildProcess.executablePath, ["--cfw"] + arguments)
      if child.status != 0 { return "cfw build of the bundled frameworks failed (\(child.status))" }
      times.append(child.seconds)
      try? FileManager.default.removeItem(atPath: out)
    }
    times.sort()
    return Report.seedBuild(best: times[0], median: times[times.count / 2])
  }
}
