import Foundation

/// The child side: runs one stage on one file and prints a `StageResult` line.
enum ChildStage {
  /// Runs the stage three times, and then again while the runs so far took less than
  /// `budget` seconds (at most 20 runs); keeps the best time. Every size gets at least
  /// three runs, so that large sizes are not measured cold against small ones measured
  /// warm (a first run also pays for the pages the heap grows into).
  static func run(_ stage: Stage, input path: String, save: String?, budget: Double = 0.5) -> Int32
  {
    guard let data = FileManager.default.contents(atPath: path) else {
      FileHandle.standardError.write(Data("cfw-bench: cannot read \(path)\n".utf8))
      return 2
    }
    let bytes = [UInt8](data)
    let run = stage.prepare(source: bytes, path: path)
    let before = ChildProcess.peakResidentBytes()
    var best = Double.infinity
    var total = 0.0
    var produced = 0
    var runs = 0
    repeat {
      let start = DispatchTime.now().uptimeNanoseconds
      produced = run()
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      best = min(best, seconds)
      total += seconds
      runs += 1
    } while (runs < 3 || total < budget) && runs < 20
    let peak = ChildProcess.peakResidentBytes()
    if let save, stage == .json {
      let compiled = Stage.compile(.init(path: path, bytes: bytes))
      let document = Stage.emitter(.json).emit(compiled.framework!, name: "synthetic")[0].contents
      _ = FileManager.default.createFile(atPath: save, contents: Data(document))
    }
    let output = stage == .json || stage == .html || stage == .swift ? produced : 0
    let result = StageResult(
      stage: stage.rawValue, seconds: best, inputBytes: bytes.count, outputBytes: output,
      peakBytes: peak, stageBytes: max(0, peak - before))
    print(result.childLine)
    return 0
  }
}
