import CFWModel

/// Competencies, their themes and indicators, and the associations that say at which
/// level each is described and what it refers to.
extension CASEPackageBuilder {
  /// A competency's children, in order: behaviours, level-independent indicators,
  /// indicators by level, themes (with their indicators), negative indicators.
  mutating func addCompetency(_ competency: Competency, parent: CASEPackage.Node, sequence: Int) {
    let path = "competency/\(competency.id)"
    let node = addItem(
      path, .competency, statement: competency.title, code: competency.label,
      notes: Self.notes(competency.descriptions, audience: competency.audience), parent: parent,
      sequence: sequence)
    for target in competency.related {
      guard let other = target.id.flatMap(index.competency(id:)) else { continue }
      associate(.isRelatedTo, node, competencyNode(other))
    }
    let described = Set(competency.describedLevelIDs)
    for level in competency.scaleID.flatMap(index.scale(id:))?.levels ?? []
    where described.contains(level.id) {
      guard let levelNode = levelNode(scaleID: competency.scaleID, levelID: level.id) else {
        continue
      }
      let title = competency.levels.first { $0.levelID == level.id }?.title
      associate(.hasSkillLevel, node, levelNode, notes: title)
    }

    var children = 0
    func add(_ lists: [IndicatorList], _ kind: String, _ type: CASEItemType) {
      var number = 0
      for list in lists {
        for indicator in list.items {
          number += 1
          children += 1
          addIndicator(
            indicator, path: "\(path)/\(kind)/\(number)", type: type, notes: list.title,
            scaleID: competency.scaleID, parent: node, sequence: children)
        }
      }
    }
    add(competency.behaviours, "behaviour", .behaviour)
    add(competency.indicators, "indicator", .indicator)
    for block in competency.levels {
      for (index, indicator) in block.indicators.enumerated() {
        children += 1
        addIndicator(
          indicator, path: "\(path)/level/\(block.levelID)/indicator/\(index + 1)",
          type: .indicator, scaleID: competency.scaleID, parent: node, sequence: children)
      }
    }
    for theme in competency.themes {
      children += 1
      let themePath = "\(path)/theme/\(theme.id)"
      let themeNode = addItem(
        themePath, .theme, statement: theme.title, notes: Self.notes(theme.descriptions),
        parent: node, sequence: children)
      var themeChildren = 0
      for block in theme.levels {
        for (index, indicator) in block.indicators.enumerated() {
          themeChildren += 1
          addIndicator(
            indicator, path: "\(themePath)/level/\(block.levelID)/indicator/\(index + 1)",
            type: .indicator, scaleID: competency.scaleID, parent: themeNode,
            sequence: themeChildren)
        }
      }
    }
    add(competency.negatives, "negative", .negativeIndicator)
  }

  /// The node of a competency of the framework.
  func competencyNode(_ competency: Competency) -> CASEPackage.Node {
    names.node("competency/\(competency.id)", title: competency.title)
  }

  /// An indicator, `hasSkillLevel` to its level if it has one, and an association per
  /// reference.
  mutating func addIndicator(
    _ indicator: Indicator, path: String, type: CASEItemType, notes: String? = nil,
    scaleID: String?, parent: CASEPackage.Node, sequence: Int
  ) {
    let node = addItem(
      path, type, statement: indicator.text, notes: notes, parent: parent, sequence: sequence)
    if let level = levelNode(scaleID: scaleID, levelID: indicator.levelID) {
      associate(.hasSkillLevel, node, level)
    }
    for reference in indicator.references {
      guard let destination = destination(of: reference) else { continue }
      associate(
        reference.strength == .from ? .exactMatchOf : .isRelatedTo, node, destination,
        notes: ReferenceText.describe(reference, in: index))
    }
  }

  /// The competency a reference points at: one of this framework, or one of an external
  /// framework, named below that framework's own base URI.
  func destination(of reference: Reference) -> CASEPackage.Node? {
    guard let framework = reference.framework else {
      return reference.competency.id.flatMap(index.competency(id:)).map(competencyNode)
    }
    guard let external = framework.id.flatMap(index.external(id:)),
      let competency = external.competencies.first(where: { $0.id == reference.competency.id })
    else { return nil }
    return CASENames(external).node("competency/\(competency.id)", title: competency.title)
  }
}
