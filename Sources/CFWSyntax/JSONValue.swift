/// A small JSON value for the tools' machine-readable output (diagnostics, diffs), written
/// by hand so that members keep the order they are given in and the output never changes
/// between runs. (The framework emitters write large documents straight into bytes.)
public enum JSONValue: Sendable {
  case string(String)
  case integer(Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  /// A string, or `null` when there is none.
  public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

  /// The value on one line, without spaces: one line of JSON Lines.
  public var compact: String {
    var out = ""
    write(to: &out, indent: nil)
    return out
  }

  /// The value indented by two spaces a level, one member or element a line; empty
  /// arrays and objects on one line.
  public var pretty: String {
    var out = ""
    write(to: &out, indent: "")
    return out
  }

  /// Writes the value; `indent` is the current line's indentation, or nil for one line.
  private func write(to out: inout String, indent: String?) {
    switch self {
    case .string(let value):
      JSONValue.appendQuoted(value, to: &out)
    case .integer(let value):
      out += String(value)
    case .bool(let value):
      out += value ? "true" : "false"
    case .null:
      out += "null"
    case .array(let elements):
      writeContainer(elements.map { (nil, $0) }, open: "[", close: "]", to: &out, indent: indent)
    case .object(let members):
      writeContainer(
        members.map { ($0.key, $0.value) }, open: "{", close: "}", to: &out, indent: indent)
    }
  }

  private func writeContainer(
    _ items: [(String?, JSONValue)], open: String, close: String, to out: inout String,
    indent: String?
  ) {
    out += open
    guard !items.isEmpty else {
      out += close
      return
    }
    let inner = indent.map { $0 + "  " }
    for (index, (key, value)) in items.enumerated() {
      if index > 0 { out += "," }
      if let inner { out += "\n" + inner }
      if let key {
        JSONValue.appendQuoted(key, to: &out)
        out += inner == nil ? ":" : ": "
      }
      value.write(to: &out, indent: inner)
    }
    if let indent { out += "\n" + indent }
    out += close
  }

  /// Appends a string in double quotes, escaped as RFC 8259 requires and no further:
  /// `"`, `\` and the control characters U+0000 to U+001F. Other characters are written
  /// as themselves.
  public static func appendQuoted(_ value: String, to out: inout String) {
    out += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\u{08}": out += "\\b"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\u{0C}": out += "\\f"
      case "\r": out += "\\r"
      case "\u{00}"..."\u{1F}":
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
