extension JSONWriter {
  /// Appends a string in double quotes, escaped as RFC 8259 requires and no further.
  ///
  /// `"` and `\` are escaped with a backslash; the control characters U+0000 to U+001F
  /// are written `\b`, `\t`, `\n`, `\f` and `\r` where JSON has a short escape, and
  /// `\u00XX` (lowercase hexadecimal) otherwise. Everything else, `/` and non-ASCII
  /// characters included, is written as its UTF-8 bytes.
  mutating func appendQuoted(_ value: String) {
    var value = value
    bytes.append(0x22)
    value.withUTF8 { source in
      var runStart = 0
      for index in 0..<source.count {
        let byte = source[index]
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
        if runStart < index {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
        }
        appendEscape(byte)
        runStart = index + 1
      }
      if runStart < source.count {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
      }
    }
    bytes.append(0x22)
  }

  private mutating func appendEscape(_ byte: UInt8) {
    bytes.append(0x5C)
    switch byte {
    case 0x22: bytes.append(0x22)
    case 0x5C: bytes.append(0x5C)
    case 0x08: bytes.append(0x62)
    case 0x09: bytes.append(0x74)
    case 0x0A: bytes.append(0x6E)
    case 0x0C: bytes.append(0x66)
    case 0x0D: bytes.append(0x72)
    default:
      bytes.append(contentsOf: [0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0x0F)])
    }
  }

  /// The lowercase hexadecimal digit of a value from 0 to 15.
  private func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x57 + value }
}
