/// The bytes of a generated `.cfw` file, written line by line with the layout `cfw fmt`
/// would give: two spaces per step, prose and bullets wrapped at 92 columns.
struct SyntheticText {
  /// The column at which prose and bullets wrap.
  static let width = 92

  var bytes: [UInt8] = []

  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  mutating func indent(_ depth: Int) {
    for _ in 0..<(depth * 2) { bytes.append(0x20) }
  }

  /// A line: indentation, then the parts without separators, then a line break.
  mutating func line(_ depth: Int, _ parts: String...) {
    indent(depth)
    for part in parts { bytes.append(contentsOf: part.utf8) }
    bytes.append(0x0A)
  }

  mutating func blank() { bytes.append(0x0A) }

  /// A bullet whose text wraps onto continuation lines indented under its first word.
  /// `suffix` (a reference) is never split across lines.
  mutating func bullet(_ depth: Int, _ text: [UInt8], suffix: String? = nil) {
    indent(depth)
    bytes.append(0x2D)
    bytes.append(0x20)
    wrap(text, suffix: suffix, column: depth * 2 + 2, continuation: depth * 2 + 2)
  }

  /// Prose: wrapped lines at the indentation of the first.
  mutating func prose(_ depth: Int, _ text: [UInt8]) {
    indent(depth)
    wrap(text, suffix: nil, column: depth * 2, continuation: depth * 2)
  }

  /// Writes words, breaking the line before a word that would pass the width.
  mutating func wrap(_ text: [UInt8], suffix: String?, column start: Int, continuation: Int) {
    var column = start
    var wordStart = 0
    var first = true
    func put(_ word: ArraySlice<UInt8>, into text: inout SyntheticText) {
      if !first, column + 1 + word.count > SyntheticText.width {
        text.bytes.append(0x0A)
        for _ in 0..<continuation { text.bytes.append(0x20) }
        column = continuation
      } else if !first {
        text.bytes.append(0x20)
        column += 1
      }
      text.bytes.append(contentsOf: word)
      column += word.count
      first = false
    }
    while wordStart < text.count {
      var wordEnd = wordStart
      while wordEnd < text.count, text[wordEnd] != 0x20 { wordEnd += 1 }
      put(text[wordStart..<wordEnd], into: &self)
      wordStart = wordEnd + 1
    }
    if let suffix { put(ArraySlice(suffix.utf8), into: &self) }
    bytes.append(0x0A)
  }
}
