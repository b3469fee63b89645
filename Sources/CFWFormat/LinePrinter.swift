/// Collects output lines, and turns requests for a blank line into at most one blank
/// line between two printed lines (never at the start or the end of the text).
struct LinePrinter {
  private(set) var text = ""
  private var blankRequested = false

  /// Asks for a blank line before the next line printed.
  mutating func requestBlank() {
    if !text.isEmpty { blankRequested = true }
  }

  /// Prints `content` on a line of its own, `indent` spaces in.
  mutating func line(_ indent: Int, _ content: String) {
    if blankRequested {
      text += "\n"
      blankRequested = false
    }
    text += String(repeating: " ", count: indent) + content + "\n"
  }
}
