/// Writes markup into one byte buffer: text escaped on its UTF-8 bytes, tags, raw markup
/// and the indentation of block layout.
///
/// Escaping copies runs of bytes that need nothing in one go, and looks closer only at the
/// few bytes that do (see ``text(_:)``).
package struct HTMLWriter: Sendable {
  /// The markup written so far.
  package internal(set) var bytes: [UInt8]

  /// A writer whose buffer has room for `capacity` bytes before it grows.
  package init(capacity: Int = 1 << 16) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Markup written as given, without escaping.
  package mutating func raw(_ markup: String) {
    var markup = markup
    markup.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Markup known at compile time, written as given.
  package mutating func raw(_ markup: StaticString) {
    markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// A start tag, `<name attribute="value" …>`, with every attribute value quoted and
  /// escaped. Names are valid by construction (``HTMLAttribute/isValidName(_:)``).
  package mutating func startTag(_ name: String, _ attributes: [HTMLAttribute]) {
    bytes.append(UInt8(ascii: "<"))
    raw(name)
    for attribute in attributes {
      bytes.append(UInt8(ascii: " "))
      raw(attribute.name)
      bytes.append(UInt8(ascii: "="))
      bytes.append(UInt8(ascii: "\""))
      text(attribute.value)
      bytes.append(UInt8(ascii: "\""))
    }
    bytes.append(UInt8(ascii: ">"))
  }

  /// An end tag, `</name>`.
  package mutating func endTag(_ name: String) {
    bytes.append(UInt8(ascii: "<"))
    bytes.append(UInt8(ascii: "/"))
    raw(name)
    bytes.append(UInt8(ascii: ">"))
  }

  /// The indentation of a line at a depth: two spaces a level.
  package mutating func indent(_ depth: Int) {
    let count = 2 * depth
    guard count <= Self.spaces.utf8CodeUnitCount else {
      bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
      return
    }
    Self.spaces.withUTF8Buffer {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count]))
    }
  }

  /// Enough spaces for the indentation of all but unusually deep lines.
  private static let spaces: StaticString = "                                                "

  /// A line feed.
  package mutating func newLine() {
    bytes.append(UInt8(ascii: "\n"))
  }
}

extension HTMLWriter {
  /// Writes text escaped for element content and for quoted attribute values.
  ///
  /// `&`, `<`, `>`, `"` and `'` become character references. Control characters, which
  /// HTML forbids, become U+FFFD, except tab, line feed and carriage return: the C0
  /// controls and U+007F are single bytes, the C1 controls (U+0080 to U+009F) are the
  /// two bytes `C2 80` to `C2 9F`. Every other byte is copied, so the text stays valid
  /// UTF-8 and a combining mark after a quote cannot hide the quote.
  package mutating func text(_ text: String) {
    var text = text
    text.withUTF8 { source in
      var runStart = 0
      var index = 0
      while index < source.count {
        let byte = source[index]
        guard Self.needsAttention(byte) else {
          index += 1
          continue
        }
        let length: Int
        let replacement: StaticString?
        if byte == 0xC2 {
          // A two-byte sequence: a C1 control, or an ordinary character such as `é`.
          let isControl = index + 1 < source.count && (0x80...0x9F).contains(source[index + 1])
          (length, replacement) = (2, isControl ? "\u{FFFD}" : nil)
        } else {
          (length, replacement) = (1, Self.replacement(byte))
        }
        if let replacement {
          if runStart < index {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
          }
          replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
          runStart = index + length
        }
        index += length
      }
      if runStart < source.count {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
      }
    }
  }

  /// The bytes below 0x40 that may need escaping, one bit each: the controls but tab,
  /// line feed and carriage return (bits 0 to 31 but 9, 10 and 13), and `"`, `&`, `'`, `<`
  /// and `>` (bits 34, 38, 39, 60 and 62). A literal, so that reading it costs nothing.
  static let lowBytes: UInt64 = 0x5000_00C4_FFFF_D9FF

  /// Whether a byte may need escaping: the `lowBytes`, DEL, or the first byte of a
  /// character from U+0080 to U+00BF, among which are the C1 controls.
  @inline(__always)
  private static func needsAttention(_ byte: UInt8) -> Bool {
    if byte < 0x40 { return lowBytes & (1 << UInt64(byte)) != 0 }
    return byte == 0x7F || byte == 0xC2
  }

  /// What a single byte is written as, or nil to copy it.
  private static func replacement(_ byte: UInt8) -> StaticString? {
    switch byte {
    case UInt8(ascii: "&"): return "&amp;"
    case UInt8(ascii: "<"): return "&lt;"
    case UInt8(ascii: ">"): return "&gt;"
    case UInt8(ascii: "\""): return "&quot;"
    case UInt8(ascii: "'"): return "&#39;"
    case 0x09, 0x0A, 0x0D: return nil
    case 0x00...0x1F, 0x7F: return "\u{FFFD}"
    default: return nil
    }
  }
}
