import Foundation

/// The tables `cfw-bench` prints, in Markdown.
enum Report {
  /// The stages in table order, with how each is named and what its rate counts.
  static let rows: [(key: String, name: String, rate: Rate)] = [
    ("scan", "byte scan (the limit)", .input),
    ("lex", "lex", .input),
    ("parse-only", "parse (without lexing)", .input),
    ("resolve-only", "resolve (without parsing)", .input),
    ("validate", "validate", .input),
    ("front-end", "front end: lex + parse + resolve + validate", .input),
    ("json", "emit JSON", .output),
    ("html", "emit HTML", .output),
    ("swift", "emit Swift", .output),
    ("end-to-end", "end to end (front end + all emitters)", .input),
    ("decode", "Foundation JSONDecoder (framework's JSON)", .input),
    ("check", "`cfw check` process", .input),
  ]

  /// Whether a rate counts the bytes read or written.
  enum Rate { case input, output }

  /// The rows derived by subtraction: parsing without lexing, resolving without parsing.
  static func derived(_ results: [String: StageResult]) -> [String: StageResult] {
    var all = results
    func difference(_ name: String, _ whole: String, _ part: String) {
      guard var result = results[whole], let less = results[part], !result.timedOut, !less.timedOut
      else { return }
      result.stage = name
      result.seconds = max(result.seconds - less.seconds, 1e-9)
      all[name] = result
    }
    difference("parse-only", "parse", "lex")
    difference("resolve-only", "resolve", "parse")
    return all
  }

  static func sizeTable(size: Int, source: Int, results: [String: StageResult]) -> String {
    let all = derived(results)
    var lines = [
      "## \(number(size)) competencies (\(megabytes(source)) of source)", "",
      "| stage | time | throughput | peak memory | memory the stage added |",
      "| --- | ---: | ---: | ---: | ---: |",
    ]
    for row in rows {
      guard let result = all[row.key] else { continue }
      if result.timedOut {
        lines.append("| \(row.name) | stopped after \(milliseconds(result.seconds)) | – | – | – |")
        continue
      }
      let rate =
        row.rate == .input
        ? "\(rate(result.inputRate)) in"
        : "\(rate(result.outputRate)) out (\(megabytes(result.outputBytes)))"
      let derived = row.key.hasSuffix("-only")
      lines.append(
        "| \(row.name) | \(milliseconds(result.seconds)) | \(rate) | \(derived ? "–" : megabytes(result.peakBytes)) | \(derived ? "–" : megabytes(result.stageBytes)) |"
      )
    }
    return lines.joined(separator: "\n")
  }

  static func ratios(sizes: [Int], results: [Int: [String: StageResult]]) -> String {
    var lines = [
      "## Targets", "",
      "| figure | target | " + sizes.map { number($0) }.joined(separator: " | ") + " |",
      "| --- | --- |" + String(repeating: " ---: |", count: sizes.count),
    ]
    func row(_ name: String, _ target: String, _ value: ([String: StageResult]) -> String?) {
      let cells = sizes.map { results[$0].flatMap(value) ?? "–" }
      lines.append("| \(name) | \(target) | " + cells.joined(separator: " | ") + " |")
    }
    row("lexer speed ÷ byte scan speed", "≥ 25%") { r in
      guard let lex = r["lex"], let scan = r["scan"] else { return nil }
      return percent(scan.seconds / lex.seconds)
    }
    row("JSONDecoder time ÷ front-end time", "≥ 2×") { r in
      guard let front = r["front-end"], let decode = r["decode"] else { return nil }
      return times(decode.seconds / front.seconds)
    }
    row("emit JSON", "≥ 100 MB/s") { r in
      r["json"].map { $0.timedOut ? "stopped" : rate($0.outputRate) }
    }
    row("emit HTML", "≥ 100 MB/s") { r in
      r["html"].map { $0.timedOut ? "stopped" : rate($0.outputRate) }
    }
    row("`cfw check` peak memory ÷ source size", "≤ 10× (largest)") { r in
      r["check"].map { times(Double($0.peakBytes) / Double($0.inputBytes)) }
    }
    return lines.joined(separator: "\n")
  }

  static func scaling(sizes: [Int], results: [Int: [String: StageResult]], sources: [Int: Int])
    -> String
  {
    let pairs = zip(sizes, sizes.dropFirst()).filter { $1 == $0 * 10 }
    guard !pairs.isEmpty else { return "## Scaling\n\n(needs sizes ten times apart)" }
    var lines = [
      "## Scaling: cost of ten times the competencies (target ≤ 11× time and memory)", "",
      "| stage | "
        + pairs.map { "\(number($0.0)) → \(number($0.1)): time | memory" }.joined(separator: " | ")
        + " |",
      "| --- |" + String(repeating: " ---: | ---: |", count: pairs.count),
    ]
    let sourceCells = pairs.map { pair -> String in
      let ratio = Double(sources[pair.1] ?? 0) / Double(max(1, sources[pair.0] ?? 1))
      return "\(times(ratio)) bytes | "
    }
    lines.append("| (source size) | " + sourceCells.joined(separator: " | ") + " |")
    for row in rows where !row.key.hasSuffix("-only") {
      let cells = pairs.map { pair -> String in
        guard let small = results[pair.0]?[row.key], let large = results[pair.1]?[row.key] else {
          return "– | –"
        }
        if small.timedOut { return "– | –" }
        if large.timedOut { return "> \(times(large.seconds / small.seconds)) | –" }
        return
          "\(times(large.seconds / small.seconds)) | \(times(Double(large.peakBytes) / Double(small.peakBytes)))"
      }
      lines.append("| \(row.name) | " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n")
  }

  static func seedBuild(best: Double, median: Double) -> String {
    "## `cfw build` of the bundled frameworks (every format, new process, new output directory)\n\n"
      + "best \(milliseconds(best)), median \(milliseconds(median)) of 10 (target < 150 ms)"
  }

  /// The processor, cores, memory and system the figures come from.
  static func machine() -> String {
    let cpu =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
      .split(separator: "\n").first { $0.hasPrefix("model name") }
      .map { $0.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces) }
      ?? "unknown"
    let os =
      (try? String(contentsOfFile: "/etc/os-release", encoding: .utf8))?
      .split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }
      .map { $0.dropFirst(12).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
      ?? "unknown"
    let memory = ProcessInfo.processInfo.physicalMemory
    return "Machine: \(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
      + "\(memory >> 30) GiB, \(os). Release build; best of 3 to 20 runs per stage (more while they take under 0.5 s)."
  }

  static func milliseconds(_ seconds: Double) -> String {
    seconds >= 10 ? String(format: "%.1f s", seconds) : String(format: "%.2f ms", seconds * 1000)
  }

  static func rate(_ megabytesPerSecond: Double) -> String {
    String(format: "%.0f MB/s", megabytesPerSecond)
  }
  static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
  static func percent(_ ratio: Double) -> String { String(format: "%.0f%%", ratio * 100) }
  static func times(_ ratio: Double) -> String { String(format: "%.2f×", ratio) }

  static func number(_ value: Int) -> String {
    let digits = Array(String(value))
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result += "," }
      result.append(digit)
    }
    return result
  }
}
