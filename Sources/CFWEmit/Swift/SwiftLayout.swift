/// Writes ``SwiftExpression`` trees as Swift source, two spaces per indentation step.
///
/// An expression that fits in what is left of the line is written on it. Otherwise an
/// array puts one element per line, and a call puts one argument per line, except a call
/// with a single argument, which starts the argument on the call's line and closes
/// right after it (`.paragraph([` on one line, the elements below, `])` last). Atoms are
/// never broken, so a long string literal makes a long line. Widths are counted in
/// Unicode scalars, which do not depend on the grapheme rules of the toolchain's Unicode
/// version.
struct SwiftLayout {
  /// The width lines are kept within where possible.
  static let lineWidth = 100

  /// The source written so far.
  private(set) var text = ""
  /// The number of Unicode scalars since the last line break.
  private var column = 0

  /// Appends text that holds no line break.
  mutating func write(_ fragment: String) {
    text += fragment
    column += fragment.scalarWidth
  }

  /// Ends the line and indents the next one.
  mutating func newline(indent: Int) {
    text += "\n" + String(repeating: " ", count: indent)
    column = indent
  }

  /// Appends whole lines, each ending in a line break, such as a doc comment.
  mutating func writeLines(_ lines: String) {
    text += lines
    column = 0
  }

  /// Ends the line without indenting the next one.
  mutating func endLine() {
    text += "\n"
    column = 0
  }

  /// Writes an expression that starts at the current column, on a line indented by
  /// `indent`, and is followed by `trailing` more characters on its last line.
  mutating func write(_ expression: SwiftExpression, indent: Int, trailing: Int = 0) {
    let room = Self.lineWidth - column - trailing
    if expression.flatWidth(upTo: room) <= room {
      write(Self.flat(expression))
      return
    }
    switch expression {
    case .atom(let source):
      write(source)
    case .array(let elements):
      guard !elements.isEmpty else { return write("[]") }
      write("[")
      for element in elements {
        newline(indent: indent + 2)
        write(element, indent: indent + 2, trailing: 1)
        write(",")
      }
      newline(indent: indent)
      write("]")
    case .call(let callee, let arguments):
      write(callee + "(")
      if arguments.count == 1 {
        write(arguments[0], indent: indent, trailing: trailing + 1)
        write(")")
        return
      }
      for (index, argument) in arguments.enumerated() {
        let isLast = index == arguments.count - 1
        newline(indent: indent + 2)
        write(argument, indent: indent + 2, trailing: isLast ? 0 : 1)
        if !isLast { write(",") }
      }
      newline(indent: indent)
      write(")")
    }
  }

  private mutating func write(_ argument: SwiftArgument, indent: Int, trailing: Int) {
    if let label = argument.label { write(label + ": ") }
    write(argument.value, indent: indent, trailing: trailing)
  }

  /// The expression on one line.
  static func flat(_ expression: SwiftExpression) -> String {
    switch expression {
    case .atom(let source):
      return source
    case .array(let elements):
      return "[" + elements.map(flat).joined(separator: ", ") + "]"
    case .call(let callee, let arguments):
      let list = arguments.map { argument in
        (argument.label.map { $0 + ": " } ?? "") + flat(argument.value)
      }
      return callee + "(" + list.joined(separator: ", ") + ")"
    }
  }
}
