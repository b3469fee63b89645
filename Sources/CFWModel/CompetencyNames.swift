import CFWSyntax

/// The names a competency can be referred to by: its identifier, its title, its other
/// names (`alias`) and its code, each compared in the form references are compared in.
/// Identifiers win over titles, titles over other names, and those over codes, so that
/// adding an alias or a code never changes what an existing reference means.
struct CompetencyNames {
  private var byName: [String: String] = [:]

  init<S: Sequence>(
    _ entries: S, id: (S.Element) -> String, title: (S.Element) -> String,
    aliases: (S.Element) -> [String], code: (S.Element) -> String?
  ) {
    let entries = Array(entries)
    for entry in entries { insert(id(entry), for: id(entry)) }
    for entry in entries { insert(Identifier.slug(title(entry)), for: id(entry)) }
    for entry in entries {
      for alias in aliases(entry) { insert(Identifier.slug(alias), for: id(entry)) }
    }
    for entry in entries {
      if let code = code(entry) { insert(CompetencyNames.codeKey(code), for: id(entry)) }
    }
  }

  init(_ competencies: [Competency]) {
    self.init(
      competencies, id: \.id, title: \.title, aliases: \.aliases, code: \.code)
  }

  init(_ competencies: [ExternalCompetency]) {
    self.init(
      competencies, id: \.id, title: \.title, aliases: \.aliases, code: \.code)
  }

  private mutating func insert(_ key: String, for id: String) {
    guard !key.isEmpty, byName[key] == nil else { return }
    byName[key] = id
  }

  /// Codes compare without regard to case and surrounding spaces: `A.4` is `a.4`.
  static func codeKey(_ code: String) -> String {
    "#" + code.trimmingSpaces.lowercased()
  }

  /// The identifier of the competency a name means, if any.
  func id(of name: String) -> String? {
    byName[Identifier.slug(name)] ?? byName[CompetencyNames.codeKey(name)]
  }
}
