/// The keywords of the language. A keyword is lowercase and starts a declaration line.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
  case audience, behaviours, competency, date, description, external, framework, group
  case `import`, indicators, label, language, level, licence, midpoint, negative, publisher
  case related, requires, role, scale, section, seniority, stage, subtitle, theme, uri, values
  case version

  /// Looks a keyword up by its UTF-8 spelling.
  public init?(bytes: UnsafeBufferPointer<UInt8>.SubSequence) {
    guard let first = bytes.first, first >= 0x61, first <= 0x7A, bytes.count <= 11 else {
      return nil
    }
    for keyword in Keyword.allCases where keyword.utf8Count == bytes.count {
      if keyword.rawValue.utf8.elementsEqual(bytes) {
        self = keyword
        return
      }
    }
    return nil
  }

  var utf8Count: Int { rawValue.utf8.count }

  /// Whether this keyword names a level of a scale (`level` or `stage`).
  public var isLevelKeyword: Bool { self == .level || self == .stage }
}
