/// Identifiers: derived from titles, or written explicitly as `{#id}`.
public enum Identifier {
  /// Whether bytes form a valid explicit identifier: lowercase ASCII letters, digits and
  /// `-`, starting with a letter or digit.
  public static func isValid<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
    guard let first = bytes.first, isLowerAlphanumeric(first) else { return false }
    return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == 0x2D }
  }

  static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  /// The identifier form of a title: lowercase, accents removed, apostrophes dropped, and
  /// every run of other characters that are not letters or digits turned into one `-`.
  public static func slug(_ title: String) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(title.utf8.count)
    var pendingDash = false
    func emit(_ byte: UInt8) {
      if pendingDash, !result.isEmpty { result.append(0x2D) }
      pendingDash = false
      result.append(byte)
    }
    for scalar in title.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(value)
        if byte >= 0x41 && byte <= 0x5A {
          emit(byte + 0x20)
        } else if isLowerAlphanumeric(byte) {
          emit(byte)
        } else if byte == 0x27 {
          continue
        } else {
          pendingDash = true
        }
      } else if value == 0x2019 || value == 0x2018 {
        continue
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        let folded = fold(scalar)
        for byte in folded.utf8 { emit(byte) }
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else {
        pendingDash = true
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Lowercases a non-ASCII letter and strips the accents of Latin letters.
  static func fold(_ scalar: Unicode.Scalar) -> String {
    let lower = String(scalar).lowercased()
    guard let first = lower.unicodeScalars.first, lower.unicodeScalars.count == 1 else {
      return lower
    }
    return latinFolding[first] ?? lower
  }

  /// Accented Latin letters and their plain forms.
  static let latinFolding: [Unicode.Scalar: String] = {
    let pairs: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
      ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
      ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"),
      ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
      ("þ", "th"), ("ð", "d"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (letters, plain) in pairs {
      for scalar in letters.unicodeScalars { table[scalar] = plain }
    }
    return table
  }()
}
