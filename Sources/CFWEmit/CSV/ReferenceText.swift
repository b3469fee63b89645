import CFWModel

/// A reference from an indicator as one line of text, for spreadsheets and notes:
/// `from CLF: Confidence – Exemplary`, `links to Delivering at pace – Level 2`.
enum ReferenceText {
  /// The strength, the external framework's code, the competency's title and the level's
  /// label (or code), resolved in the framework `index` covers; names as written where
  /// they do not resolve.
  static func describe(_ reference: Reference, in index: FrameworkIndex) -> String {
    var text = reference.strength.rawValue + " "
    var title = reference.competency.name
    var level = reference.level?.name
    if let code = reference.framework {
      text += code.name + ": "
      if let external = code.id.flatMap(index.external(id:)) {
        if let competency = external.competencies.first(where: { $0.id == reference.competency.id })
        {
          title = competency.title
        }
        if let id = reference.level?.id,
          let found = external.scales.lazy.compactMap({ $0.level(id: id) }).first
        {
          level = found.displayName
        }
      }
    } else if let competency = reference.competency.id.flatMap(index.competency(id:)) {
      title = competency.title
      if let id = reference.level?.id,
        let found = competency.scaleID.flatMap(index.scale(id:))?.level(id: id)
      {
        level = found.displayName
      }
    }
    text += title
    if let level { text += " – " + level }
    return text
  }

  /// Several references, separated by semicolons.
  static func describe(_ references: [Reference], in index: FrameworkIndex) -> String {
    references.map { describe($0, in: index) }.joined(separator: "; ")
  }
}
