/// Swift names for generated declarations, made from file names and identifiers.
///
/// The rules:
/// - the words of a name are its runs of ASCII letters and digits; everything else
///   separates words (`mansfield-ashfield` → `mansfield`, `ashfield`);
/// - a type name is the words in UpperCamelCase followed by `Framework`
///   (`MansfieldAshfieldFramework`); a member name is the words in lowerCamelCase
///   (`seeingTheBigPicture`);
/// - a name that would start with a digit gets a leading underscore (`_2019Framework`,
///   `_1Communication`);
/// - a name without words is the kind of thing and its position (`competency3`);
/// - a member name that is a Swift keyword is written in backticks (`` `default` ``);
/// - a member name already used in the same namespace gets `_2`, `_3`, … in order;
/// - a type name that is also the name of a type of the shared model file gets a
///   trailing underscore (`external.cfw` gives `ExternalFramework_`).
enum SwiftNames {
  /// The name of the caseless enum holding a framework, from the source file's base name.
  static func typeName(forFile name: String) -> String {
    let words = self.words(name)
    let base = words.isEmpty ? "Generated" : words.map(capitalised).joined()
    let result = validStart(base + "Framework")
    return SwiftModelSource.typeNames.contains(result) ? result + "_" : result
  }

  /// Member names for a list of identifiers, unique within the list and in its order.
  /// `kind` names things that have no words (`competency` gives `competency3`).
  static func memberNames(_ identifiers: [String], kind: String) -> [String] {
    var used = Set<String>()
    var result: [String] = []
    for (index, identifier) in identifiers.enumerated() {
      let words = self.words(identifier)
      var name = words.isEmpty ? kind + String(index + 1) : lowerCamelCase(words)
      name = validStart(name)
      if used.contains(name) {
        var counter = 2
        while used.contains(name + "_" + String(counter)) { counter += 1 }
        name += "_" + String(counter)
      }
      used.insert(name)
      result.append(name)
    }
    return result
  }

  /// A member name as it must be written in source: in backticks if it is a keyword.
  static func escaped(_ name: String) -> String {
    reservedWords.contains(name) ? "`" + name + "`" : name
  }

  /// The runs of ASCII letters and digits.
  static func words(_ text: String) -> [String] {
    text.unicodeScalars.split { !isASCIIAlphanumeric($0) }.map {
      String(String.UnicodeScalarView($0))
    }
  }

  private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9": return true
    default: return false
    }
  }

  /// `words` in lowerCamelCase: the first word's leading capitals are lowered, as in
  /// `URLList` → `urlList`; later words get a capital first letter.
  private static func lowerCamelCase(_ words: [String]) -> String {
    guard let first = words.first else { return "" }
    return lowered(first) + words.dropFirst().map(capitalised).joined()
  }

  /// A word with its leading run of capitals lowered, keeping the last capital of the
  /// run when a lowercase letter follows it (`HTMLParser` → `htmlParser`).
  private static func lowered(_ word: String) -> String {
    let scalars = Array(word.unicodeScalars)
    var run = 0
    while run < scalars.count, ("A"..."Z").contains(scalars[run]) { run += 1 }
    if run > 1, run < scalars.count, ("a"..."z").contains(scalars[run]) { run -= 1 }
    let head = String(String.UnicodeScalarView(scalars[..<run])).lowercased()
    return head + String(String.UnicodeScalarView(scalars[run...]))
  }

  private static func capitalised(_ word: String) -> String {
    guard let first = word.unicodeScalars.first else { return word }
    return String(first).uppercased() + String(word.unicodeScalars.dropFirst())
  }

  /// The name with a leading underscore if it starts with a digit.
  private static func validStart(_ name: String) -> String {
    guard let first = name.unicodeScalars.first, ("0"..."9").contains(first) else { return name }
    return "_" + name
  }

  /// Swift's keywords and contextual keywords. A contextual keyword is often allowed as a
  /// name, but backticks are always allowed, so the table errs on the side of quoting.
  static let reservedWords: Set<String> = [
    "Any", "Protocol", "Self", "Type", "_", "actor", "any", "as", "associatedtype", "async",
    "await", "borrowing", "break", "case", "catch", "class", "consume", "consuming",
    "continue", "convenience", "default", "defer", "deinit", "didSet", "discard", "do",
    "dynamic", "each", "else", "enum", "extension", "fallthrough", "false", "fileprivate",
    "final", "for", "func", "get", "guard", "if", "import", "in", "indirect", "infix", "init",
    "inout", "internal", "is", "isolated", "lazy", "let", "macro", "mutating", "nil",
    "nonisolated", "nonmutating", "open", "operator", "optional", "override", "package",
    "postfix", "precedencegroup", "prefix", "private", "protocol", "public", "repeat",
    "required", "rethrows", "return", "self", "set", "some", "static", "struct",
    "subscript", "super", "switch", "then", "throw", "throws", "true", "try", "typealias",
    "unowned", "var", "weak", "where", "while", "willSet",
  ]
}
