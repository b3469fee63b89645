import CFWModel

/// The handbook's own words and the ways it turns model values into text.
enum HandbookText {
  /// `2015-08` as “August 2015”, `2015-08-03` as “3 August 2015”, `2015` as itself.
  /// Month names are English whatever the framework's language. Anything else is
  /// returned unchanged.
  static func date(_ date: String) -> String {
    let parts = date.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return date }
    switch parts.count {
    case 2:
      guard let month = monthName(parts[1]) else { return date }
      return "\(month) \(parts[0])"
    case 3:
      guard let month = monthName(parts[1]), let day = Int(parts[2]), (1...31).contains(day)
      else { return date }
      return "\(day) \(month) \(parts[0])"
    default:
      return date
    }
  }

  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  private static func monthName(_ digits: Substring) -> String? {
    guard let month = Int(digits), (1...12).contains(month) else { return nil }
    return months[month - 1]
  }

  /// “Version 2.1” for a version that starts with a digit; other editions as written.
  static func version(_ version: String) -> String {
    guard let first = version.first, first.isASCII, first.isNumber else { return version }
    return "Version " + version
  }

  /// An audience as a note: “all employees” becomes “For all employees”; a note that
  /// starts with a capital (“Relevant to most senior staff only”) is kept as written.
  static func audience(_ audience: String) -> String {
    guard let first = audience.first, first.isLowercase else { return audience }
    return "For " + audience
  }

  /// The first letter in upper case: “stage” becomes “Stage”.
  static func capitalised(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }

  /// The heading of a group, competency or role: the label, if any, then the title.
  /// A numeric label (`1`, `2.3`) reads as a number (“1 Seeing the big picture”), any
  /// other as a name (“Dimension 6: Creating the vision”).
  static func titled(label: String?, _ title: String) -> String {
    guard let label, !label.isEmpty else { return title }
    return label + labelSeparator(label) + title
  }

  /// What separates a label from the title that follows it.
  static func labelSeparator(_ label: String) -> String {
    label.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." } ? " " : ": "
  }
}

extension Scale {
  /// A level's name in the handbook: its label; else a code that is a word
  /// (“Established”); else the term and the code (“Level B”, “Stage 2”).
  func name(ofLevel id: String) -> String? {
    guard let level = level(id: id) else { return nil }
    if let label = level.label { return label }
    let isWord = level.code.count > 1 && !level.code.contains(where: \.isNumber)
    return isWord ? level.code : "\(HandbookText.capitalised(term)) \(level.code)"
  }
}
