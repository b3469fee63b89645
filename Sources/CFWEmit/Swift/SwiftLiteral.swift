/// Swift string literals for arbitrary text.
enum SwiftLiteral {
  /// A one-line `"…"` literal whose value is exactly `value`.
  ///
  /// `\` and `"` get a backslash (so `\(` stays text, never interpolation, and `"""` or
  /// `#"` cannot end the literal); newline, carriage return, tab and NUL are written
  /// `\n`, `\r`, `\t`, `\0`; other control characters, the line and paragraph separators
  /// and the invisible bidirectional controls are written `\u{…}` (uppercase
  /// hexadecimal), so that no character can break the line or reorder how the code
  /// reads. Everything else, emoji and right-to-left letters included, is kept as is.
  static func string(_ value: String) -> String {
    // Most values need no escape: say so in one pass and copy them whole.
    if !value.unicodeScalars.contains(where: needsEscape) { return "\"" + value + "\"" }
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\0": result += "\\0"
      default:
        if needsUnicodeEscape(scalar) {
          result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// Whether a scalar is written other than as itself.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\\" || scalar == "\"" || needsUnicodeEscape(scalar)
  }

  /// Whether a scalar is a control character, a line or paragraph separator, or an
  /// invisible bidirectional control: characters that are better written as escapes.
  static func needsUnicodeEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x2028, 0x2029: return true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
