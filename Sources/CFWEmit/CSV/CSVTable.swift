/// A table written as CSV by RFC 4180: a header record, then one record per row, each
/// ending in CRLF; a field is put in double quotes when it holds a comma, a double quote,
/// CR or LF, and a double quote inside it is doubled. Text is UTF-8.
package struct CSVTable: Sendable, Hashable {
  package var header: [String]
  package var rows: [[String]]

  package init(header: [String], rows: [[String]] = []) {
    self.header = header
    self.rows = rows
  }

  /// The UTF-8 byte-order mark, which Microsoft Excel needs to read a CSV file as UTF-8.
  package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The table as CSV text.
  package var text: String {
    var text = ""
    for record in [header] + rows {
      text += record.map(Self.field).joined(separator: ",")
      text += "\r\n"
    }
    return text
  }

  /// The table as UTF-8 bytes, with a byte-order mark first if asked for.
  package func bytes(byteOrderMark: Bool = false) -> [UInt8] {
    (byteOrderMark ? Self.byteOrderMark : []) + Array(text.utf8)
  }

  /// One field, quoted if it must be.
  package static func field(_ value: String) -> String {
    // Bytes, not Characters: Swift reads CR LF as one Character, equal to neither.
    let needsQuotes = value.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
    guard needsQuotes else { return value }
    var quoted = "\""
    for scalar in value.unicodeScalars {
      if scalar == "\"" { quoted += "\"" }
      quoted.unicodeScalars.append(scalar)
    }
    return quoted + "\""
  }
}
