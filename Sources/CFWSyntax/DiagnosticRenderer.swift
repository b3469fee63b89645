/// Renders diagnostics for people: the clang-style first line that editors and CI
/// recognise, the source line, carets under the exact range, notes and help.
public struct DiagnosticRenderer: Sendable {
  /// Whether to use ANSI colours.
  public var colour: Bool

  public init(colour: Bool) { self.colour = colour }

  /// Renders one diagnostic. `file` is the source the diagnostic points into, if known.
  public func render(_ diagnostic: Diagnostic, file: SourceFile?) -> String {
    let start = diagnostic.range.start
    let severity = diagnostic.severity.rawValue
    var out = ""
    out += paint("\(diagnostic.path):\(start.line):\(start.column): ", bold)
    out += paint("\(severity):", diagnostic.severity == .error ? red : yellow)
    out += paint(" \(Self.visible(diagnostic.message)) [\(diagnostic.code.rawValue)]", bold)
    out += "\n"
    let help = diagnostic.help.map(Self.visible)
    if let file, start.line <= file.lineCount {
      let number = String(start.line)
      let gutter = String(repeating: " ", count: number.count + 1)
      let excerpt = Self.excerpt(of: diagnostic.range, in: file)
      out += paint("\(gutter)|", blue) + "\n"
      out += paint("\(number) |", blue) + (excerpt.text.isEmpty ? "" : " " + excerpt.text) + "\n"
      let carets =
        String(repeating: " ", count: max(0, excerpt.column - 1))
        + String(repeating: "^", count: excerpt.width)
      out +=
        paint("\(gutter)|", blue) + " "
        + paint(carets, diagnostic.severity == .error ? red : yellow) + "\n"
      for note in diagnostic.notes { out += "\(gutter)= note: \(noteText(note))\n" }
      if let help { out += "\(gutter)= help: \(help)\n" }
    } else {
      for note in diagnostic.notes { out += "  = note: \(noteText(note))\n" }
      if let help { out += "  = help: \(help)\n" }
    }
    return out
  }

  /// Lines longer than this many bytes are shown in part, around the diagnostic, so that
  /// many diagnostics on one huge line do not print it whole each time.
  static let longLine = 1_000
  /// On a long line, the most characters shown before the range and from its start.
  static let shownBefore = 60
  static let shownFrom = 160

  /// The source line to quote (made visible), and the column and width of the carets.
  static func excerpt(of range: SourceRange, in file: SourceFile) -> (
    text: String, column: Int, width: Int
  ) {
    let start = range.start
    let lineRange = file.lineRange(start.line)
    guard lineRange.count > longLine else {
      let line = visibleText(file, lineRange)
      let endColumn =
        range.end.line == start.line ? range.end.column : line.unicodeScalars.count + 1
      return (line, start.column, max(1, endColumn - start.column))
    }
    let bytes = file.bytes
    let anchor = min(max(start.offset, lineRange.lowerBound), lineRange.upperBound)
    var from = anchor
    var before = 0
    while from > lineRange.lowerBound, before < shownBefore {
      from -= 1
      if bytes[from] & 0xC0 != 0x80 { before += 1 }
    }
    var to = anchor
    var shown = 0
    while to < lineRange.upperBound, shown < shownFrom {
      to += 1
      while to < lineRange.upperBound, bytes[to] & 0xC0 == 0x80 { to += 1 }
      shown += 1
    }
    let prefix = from > lineRange.lowerBound ? "…" : ""
    let suffix = to < lineRange.upperBound ? "…" : ""
    let text = prefix + visibleText(file, from..<to) + suffix
    let end = range.end.line == start.line ? min(max(range.end.offset, anchor), to) : to
    return (
      text, prefix.count + file.scalarCount(from: from, to: anchor) + 1,
      max(1, file.scalarCount(from: anchor, to: end))
    )
  }

  /// The text of a byte range of `file`, made visible. Most lines hold no control
  /// character (no byte below 0x20, 0x7F or the lead byte 0xC2 of C1 controls).
  static func visibleText(_ file: SourceFile, _ range: Range<Int>) -> String {
    let text = file.text(range)
    guard file.bytes[range].contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else {
      return text
    }
    return String(text.map(visible))
  }

  /// Text from a framework (in a message or a help) as a terminal shows it safely: control
  /// characters as their symbols, so that no escape sequence reaches the terminal.
  static func visible(_ text: String) -> String {
    guard
      text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    else { return text }
    return String(text.map(visible))
  }

  /// A character as a quoted source line shows it: a tab as a space and any other control
  /// character as its symbol (a NUL as ␀), one column each so that the carets line up.
  /// C1 control characters (U+0080 to U+009F), which some terminals obey, show as U+FFFD.
  static func visible(_ character: Character) -> Character {
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
      scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    else { return character }
    if scalar == "\t" { return " " }
    if scalar.value >= 0x80 { return "\u{FFFD}" }
    return Character(Unicode.Scalar(scalar.value == 0x7F ? 0x2421 : 0x2400 + scalar.value)!)
  }

  func noteText(_ note: Diagnostic.Note) -> String {
    let message = Self.visible(note.message)
    guard let range = note.range else { return message }
    return "\(message) (\(note.path ?? ""):\(range.start.line):\(range.start.column))"
  }

  /// A one-line summary: "2 errors and 1 warning in 3 files".
  public static func summary(errors: Int, warnings: Int, files: Int) -> String {
    func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    if errors == 0 && warnings == 0 { return "checked \(count(files, "file")): no problems" }
    return "\(count(errors, "error")) and \(count(warnings, "warning")) in \(count(files, "file"))"
  }

  let bold = "\u{1B}[1m"
  let red = "\u{1B}[1;31m"
  let yellow = "\u{1B}[1;33m"
  let blue = "\u{1B}[1;34m"

  func paint(_ text: String, _ style: String) -> String {
    colour ? style + text + "\u{1B}[0m" : text
  }
}
