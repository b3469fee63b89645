/// What one stage measured at one size.
struct StageResult {
  var stage: String
  /// The best time of the runs, in seconds.
  var seconds: Double
  /// The bytes the stage read (source or JSON) and wrote.
  var inputBytes: Int
  var outputBytes: Int
  /// Peak resident memory of the process that ran the stage, and the part of it the
  /// stage added to what was loaded and prepared before it.
  var peakBytes: Int
  var stageBytes: Int
  /// The stage was stopped at the time limit: `seconds` is the limit, not its time.
  var timedOut = false

  /// Input bytes per second, in MB/s (10^6 bytes).
  var inputRate: Double { Double(inputBytes) / seconds / 1e6 }
  /// Output bytes per second, in MB/s.
  var outputRate: Double { Double(outputBytes) / seconds / 1e6 }

  /// The line a child process prints for its parent.
  var childLine: String {
    "seconds=\(seconds) input=\(inputBytes) output=\(outputBytes) peak=\(peakBytes) stage=\(stageBytes)"
  }

  /// Reads a child's line.
  init?(stage: String, childLine line: String) {
    var values: [String: Double] = [:]
    for field in line.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let parts = field.split(separator: "=", maxSplits: 1)
      if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
    }
    guard let seconds = values["seconds"] else { return nil }
    self.init(
      stage: stage, seconds: seconds, inputBytes: Int(values["input"] ?? 0),
      outputBytes: Int(values["output"] ?? 0), peakBytes: Int(values["peak"] ?? 0),
      stageBytes: Int(values["stage"] ?? 0))
  }

  init(
    stage: String, seconds: Double, inputBytes: Int, outputBytes: Int, peakBytes: Int,
    stageBytes: Int,
    timedOut: Bool = false
  ) {
    self.timedOut = timedOut
    self.stage = stage
    self.seconds = seconds
    self.inputBytes = inputBytes
    self.outputBytes = outputBytes
    self.peakBytes = peakBytes
    self.stageBytes = stageBytes
  }
}
