/// The keywords of the language. A keyword is lowercase and starts a declaration line.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
  case alias, attribute, audience, band, behaviours, code, competency, cumulative, date
  case description, desirable, external, family, framework, group, `import`, indicators, intro
  case label, language, level, licence, list, midpoint, negative, optional, publisher, related
  case requires, role, scale, section, seniority, stage, subtitle, theme, uri, values, version

  /// Looks a keyword up by its UTF-8 spelling.
  public init?(bytes: UnsafeBufferPointer<UInt8>.SubSequence) {
    guard let first = bytes.first, first >= 0x61, first <= 0x7A, bytes.count <= 11 else {
      return nil
    }
    let key = Keyword.pack(bytes)
    for (packed, keyword) in Keyword.table[Int(first - 0x61)] where packed == key {
      self = keyword
      return
    }
    return nil
  }

  /// The keywords by first letter, each packed into two integers, so that looking up a
  /// word (which the lexer does on every line) compares integers, not strings.
  static let table: [[(Packed, Keyword)]] = {
    var table = [[(Packed, Keyword)]](repeating: [], count: 26)
    for keyword in Keyword.allCases {
      let bytes = Array(keyword.rawValue.utf8)
      let packed = bytes.withUnsafeBufferPointer { pack($0[...]) }
      table[Int(bytes[0] - 0x61)].append((packed, keyword))
    }
    return table
  }()

  /// Up to 16 bytes and their count.
  struct Packed: Equatable {
    var low: UInt64
    var high: UInt64
  }

  static func pack(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Packed {
    var low: UInt64 = 0
    var high = UInt64(bytes.count) << 56
    for (offset, byte) in bytes.enumerated() {
      if offset < 8 {
        low |= UInt64(byte) << (offset * 8)
      } else {
        high |= UInt64(byte) << ((offset - 8) * 8)
      }
    }
    return Packed(low: low, high: high)
  }

  /// Whether this keyword names a level of a scale (`level` or `stage`).
  public var isLevelKeyword: Bool { self == .level || self == .stage }
}
