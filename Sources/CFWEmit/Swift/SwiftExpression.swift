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

  /// The width of the expression written on one line, in Unicode scalars, when it is at
  /// most `limit`; otherwise some number above `limit`. Measuring stops once the limit is
  /// passed, so that asking whether a large expression fits on a line costs a line's
  /// worth of measuring, not the whole expression (which layout asks at every level).
  func flatWidth(upTo limit: Int) -> Int {
    switch self {
    case .atom(let text):
      return text.scalarWidth
    case .call(let callee, let arguments):
      var total = callee.scalarWidth + 2 + 2 * max(arguments.count - 1, 0)
      for argument in arguments where total <= limit {
        total += argument.flatWidth(upTo: limit - total)
      }
      return total
    case .array(let elements):
      var total = 2 + 2 * max(elements.count - 1, 0)
      for element in elements where total <= limit {
        total += element.flatWidth(upTo: limit - total)
      }
      return total
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

  /// The width of `label: value` on one line, as ``SwiftExpression/flatWidth(upTo:)``.
  func flatWidth(upTo limit: Int) -> Int {
    let labelWidth = label.map { $0.scalarWidth + 2 } ?? 0
    return labelWidth + value.flatWidth(upTo: limit - labelWidth)
  }
}

extension String {
  /// The number of Unicode scalars, counted on the UTF-8 bytes (every byte that does not
  /// continue a sequence starts a scalar): what layout measures a line in, without
  /// decoding it.
  var scalarWidth: Int {
    var count = 0
    for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }
}
