/// The ways the fuzz test damages a source file. Each mutation is deterministic given the
/// random stream, and each is named so that a failing case says how it was made.
enum FuzzMutation: String, CaseIterable {
  case flipBits
  case deleteBytes
  case deleteLines
  case insertToken
  case insertLineStart
  case insertUnicode
  case truncate
  case splice
  case duplicateBlock
  case reindentLine
  case swapLines
  case lineEndings
  case deepNesting
  case longLine

  /// Applies the mutation to `bytes`; `other` is a second source, for splices.
  func apply(_ bytes: inout [UInt8], other: [UInt8], random: inout FuzzRandom) {
    switch self {
    case .flipBits:
      guard !bytes.isEmpty else { return }
      for _ in 0..<random.int(1...8) {
        bytes[random.below(bytes.count)] ^= UInt8(1) << UInt8(random.below(8))
      }
    case .deleteBytes:
      guard !bytes.isEmpty else { return }
      let start = random.below(bytes.count)
      let end = min(bytes.count, start + random.int(1...64))
      bytes.removeSubrange(start..<end)
    case .deleteLines:
      let lines = FuzzMutation.lineStarts(bytes)
      let first = random.below(lines.count)
      let last = min(lines.count - 1, first + random.int(1...6))
      let end = last + 1 < lines.count ? lines[last + 1] : bytes.count
      bytes.removeSubrange(lines[first]..<max(lines[first], end))
    case .insertToken:
      for _ in 0..<random.int(1...4) {
        bytes.insert(
          contentsOf: random.pick(FuzzMutation.tokens).utf8, at: random.below(bytes.count + 1))
      }
    case .insertLineStart:
      // A token where the parser looks hardest: after the indentation of a line.
      let lines = FuzzMutation.lineStarts(bytes)
      var start = random.pick(lines)
      while start < bytes.count, bytes[start] == 0x20 { start += 1 }
      let token =
        random.chance(50) ? random.pick(FuzzMutation.keywords) : random.pick(FuzzMutation.tokens)
      bytes.insert(contentsOf: token.utf8, at: start)
    case .insertUnicode:
      for _ in 0..<random.int(1...4) {
        bytes.insert(
          contentsOf: random.pick(FuzzMutation.unicode), at: random.below(bytes.count + 1))
      }
    case .truncate:
      bytes.removeSubrange(random.below(bytes.count + 1)...)
    case .splice:
      let cut = random.below(bytes.count + 1)
      let from = random.below(other.count + 1)
      bytes = Array(bytes[..<cut]) + other[from...]
    case .duplicateBlock:
      let lines = FuzzMutation.lineStarts(bytes)
      let first = random.below(lines.count)
      let last = min(lines.count - 1, first + random.int(1...12))
      let end = last + 1 < lines.count ? lines[last + 1] : bytes.count
      var block = Array(bytes[lines[first]..<max(lines[first], end)])
      if block.last != 0x0A { block.append(0x0A) }
      let copies = random.chance(10) ? random.int(10...200) : random.int(1...3)
      let at = random.pick(lines)
      for _ in 0..<copies { bytes.insert(contentsOf: block, at: at) }
    case .reindentLine:
      let lines = FuzzMutation.lineStarts(bytes)
      let start = random.pick(lines)
      if random.chance(50) {
        bytes.insert(contentsOf: [UInt8](repeating: 0x20, count: random.int(1...9)), at: start)
      } else {
        var end = start
        while end < bytes.count, end - start < random.int(1...8), bytes[end] == 0x20 { end += 1 }
        bytes.removeSubrange(start..<end)
      }
    case .swapLines:
      var lines = FuzzMutation.lines(bytes)
      guard lines.count > 1 else { return }
      lines.swapAt(random.below(lines.count), random.below(lines.count))
      bytes = Array(lines.joined(separator: [0x0A]))
    case .lineEndings:
      let ending: [UInt8] = random.chance(50) ? [0x0D, 0x0A] : [0x0D]
      bytes = Array(FuzzMutation.lines(bytes).joined(separator: ending))
      if random.chance(50) { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
    case .deepNesting:
      let lines = FuzzMutation.lineStarts(bytes)
      bytes.insert(contentsOf: FuzzMutation.nested(&random), at: random.pick(lines))
    case .longLine:
      let lines = FuzzMutation.lineStarts(bytes)
      let unit = random.pick(FuzzMutation.tokens + FuzzMutation.keywords + ["word "])
      let count = random.int(500...5_000)
      var line = Array("  ".utf8)
      if random.chance(50) { line += Array("- ".utf8) }
      for _ in 0..<count { line += unit.utf8 }
      line.append(0x0A)
      bytes.insert(contentsOf: line, at: random.pick(lines))
    }
  }

  /// Structures nested far deeper than any framework: declarations, prose lists,
  /// emphasis, links and references.
  static func nested(_ random: inout FuzzRandom) -> [UInt8] {
    let depth = random.int(10...400)
    var text = ""
    switch random.below(5) {
    case 0:
      for level in 0..<depth {
        text +=
          String(repeating: " ", count: level * 2)
          + random.pick(["group G", "section S", "competency C"]) + "\n"
      }
    case 1:
      text = "section Lists\n"
      for level in 0..<depth {
        text += String(repeating: " ", count: 2 + level * 2) + "- item \(level)\n"
      }
    case 2:
      text = "section Emphasis\n  " + String(repeating: "*a **b ", count: depth) + "\n"
    case 3:
      text =
        "section Links\n  " + String(repeating: "[a [b](https://example.org/", count: depth) + "\n"
    default:
      text =
        "  - " + String(repeating: "[[from ", count: depth) + String(repeating: "]]", count: depth)
        + "\n"
    }
    return Array(text.utf8)
  }

  /// The byte offset where each line starts (at least one line).
  static func lineStarts(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
    return starts
  }

  /// The lines of `bytes`, split at LF.
  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
  }

  /// Declaration keywords with something after them.
  static let keywords = [
    "framework ", "subtitle ", "publisher ", "date ", "date 2012-13-45", "version ", "licence ",
    "uri ", "uri javascript:alert(1)", "language ", "import ", "import ../../etc/passwd",
    "import fuzz.cfw", "external ", "external CLF ", "scale ", "seniority ",
    "seniority sideways", "level ", "level 1 ", "stage 2 ", "midpoint A", "values ", "section ",
    "group ", "label ", "audience ", "description", "description for ", "competency ",
    "competency X {#x}", "related ", "behaviours", "indicators", "theme ", "negative", "role ",
    "requires ", "requires X at level 1", "requires CLF: X at level 9",
  ]

  /// Tokens of the language and of its prose.
  static let tokens = [
    "[[", "]]", "[[from ", "[[closely links to ", "[[links to X at level 1]]", "[[CLF: ",
    " at level ", " at stage ", "{#", "{#a}", "{#A B}", "}", "{", "- ", "-", "# ", "#", "1. ",
    "\\", "\\[[", "*", "**", "[", "](", "[link](https://example.org)", "[x](javascript:x)",
    "(", ")", "\"", "'", "‘", "’", "“", "”", "\n", "\r\n", "\r", "\n\n", "  ", "    ", "\t", " ",
    ":", "e ", "|", "•",
  ]

  /// Characters beyond ASCII, and bytes that are not UTF-8 at all.
  static let unicode: [[UInt8]] = [
    Array("é".utf8), Array("—".utf8), Array("‘".utf8), Array("中文".utf8), Array("𝕏".utf8),
    Array("😀".utf8), Array("👩‍👩‍👧".utf8), Array("🏳️‍🌈".utf8), Array("e\u{301}".utf8),
    Array("\"\u{301}".utf8), Array("<\u{338}".utf8), Array("\u{202E}".utf8),
    Array("\u{2066}".utf8), Array("\u{200B}".utf8), Array("\u{FEFF}".utf8), Array("\u{2028}".utf8),
    Array("\u{85}".utf8), Array("\u{1B}[31m".utf8), Array("مرحبا".utf8), Array("עברית".utf8),
    [0xFF], [0xC3], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    [0xF0, 0x9F, 0x98], [0xE2, 0x80], [0x00], [0x01], [0x7F],
  ]
}
