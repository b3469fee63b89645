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
    out += paint(" \(diagnostic.message) [\(diagnostic.code.rawValue)]", bold)
    out += "\n"
    if let file, start.line <= file.lineCount {
      let number = String(start.line)
      let gutter = String(repeating: " ", count: number.count + 1)
      let lineText = file.lineText(start.line).map(DiagnosticRenderer.visible)
      let line = String(lineText)
      out += paint("\(gutter)|", blue) + "\n"
      out += paint("\(number) |", blue) + (line.isEmpty ? "" : " " + line) + "\n"
      let lineLength = line.unicodeScalars.count
      let startColumn = start.column
      let endColumn =
        diagnostic.range.end.line == start.line
        ? diagnostic.range.end.column : lineLength + 1
      let width = max(1, endColumn - startColumn)
      let carets = String(repeating: " ", count: max(0, startColumn - 1))
        + String(repeating: "^", count: width)
      out += paint("\(gutter)|", blue) + " "
        + paint(carets, diagnostic.severity == .error ? red : yellow) + "\n"
      for note in diagnostic.notes { out += "\(gutter)= note: \(noteText(note))\n" }
      if let help = diagnostic.help { out += "\(gutter)= help: \(help)\n" }
    } else {
      for note in diagnostic.notes { out += "  = note: \(noteText(note))\n" }
      if let help = diagnostic.help { out += "  = help: \(help)\n" }
    }
    return out
  }

  /// A character as a quoted source line shows it: a tab as a space and any other control
  /// character as its symbol (a NUL as ␀), one column each so that the carets line up.
  static func visible(_ character: Character) -> Character {
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
      scalar.value < 0x20 || scalar.value == 0x7F
    else { return character }
    if scalar == "\t" { return " " }
    return Character(Unicode.Scalar(scalar.value == 0x7F ? 0x2421 : 0x2400 + scalar.value)!)
  }

  func noteText(_ note: Diagnostic.Note) -> String {
    guard let range = note.range else { return note.message }
    return "\(note.message) (\(note.path ?? ""):\(range.start.line):\(range.start.column))"
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
