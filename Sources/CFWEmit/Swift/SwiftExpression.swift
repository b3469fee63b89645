/// A Swift expression of generated code: an initialiser or enum case call, an array
/// literal, or an atom (a literal or a name, already written as Swift).
///
/// The tree exists so that layout is decided in one place (``SwiftLayout``), not by the
/// code that turns the model into expressions.
indirect enum SwiftExpression: Sendable {
  /// Source text that is never broken across lines: `"text"`, `true`, `Groups.core`.
  case atom(String)
  /// `callee(label: value, …)`; `callee` is a type name or an enum case such as `.text`.
  case call(String, [SwiftArgument])
  /// `[element, …]`.
  case array([SwiftExpression])

  /// A call without labels: `.paragraph([…])`.
  static func call(_ callee: String, _ values: SwiftExpression...) -> SwiftExpression {
    .call(callee, values.map { SwiftArgument(nil, $0) })
  }

  /// A string literal.
  static func string(_ value: String) -> SwiftExpression { .atom(SwiftLiteral.string(value)) }

  /// The width of the expression written on one line, in Unicode scalars.
  var flatWidth: Int {
    switch self {
    case .atom(let text):
      return text.unicodeScalars.count
    case .call(let callee, let arguments):
      let inner = arguments.reduce(0) { $0 + $1.flatWidth }
      return callee.unicodeScalars.count + 2 + inner + 2 * max(arguments.count - 1, 0)
    case .array(let elements):
      let inner = elements.reduce(0) { $0 + $1.flatWidth }
      return 2 + inner + 2 * max(elements.count - 1, 0)
    }
  }
}

/// One argument of a call, labelled or not.
struct SwiftArgument: Sendable {
  var label: String?
  var value: SwiftExpression

  init(_ label: String?, _ value: SwiftExpression) {
    self.label = label
    self.value = value
  }

  /// The width of `label: value` on one line.
  var flatWidth: Int { (label.map { $0.unicodeScalars.count + 2 } ?? 0) + value.flatWidth }
}
