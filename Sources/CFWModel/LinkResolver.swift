import CFWSyntax

/// Fills in the identifiers of every name a framework uses: related competencies,
/// references, role requirements and levels.
struct LinkResolver {
  let names: CompetencyNames
  let competencyScales: [String: String]
  let scaleLevels: [String: Set<String>]
  let externals: [String: External]

  /// What references to an external framework are checked against.
  struct External {
    let id: String
    let names: CompetencyNames
    let levelIDs: Set<String>

    init(_ framework: ExternalFramework) {
      id = framework.id
      names = CompetencyNames(framework.competencies)
      levelIDs = Set(framework.scales.flatMap { $0.levels.map(\.id) })
    }
  }

  init(framework: Framework) {
    var scales: [String: String] = [:]
    let competencies = framework.allCompetencies
    names = CompetencyNames(competencies)
    for competency in competencies {
      if let scaleID = competency.scaleID, scales[competency.id] == nil {
        scales[competency.id] = scaleID
      }
    }
    competencyScales = scales
    var levels: [String: Set<String>] = [:]
    for scale in framework.scales where levels[scale.id] == nil {
      levels[scale.id] = Set(scale.levels.map(\.id))
    }
    scaleLevels = levels
    var externals: [String: External] = [:]
    for external in framework.externals where externals[Identifier.slug(external.code)] == nil {
      externals[Identifier.slug(external.code)] = External(external)
    }
    self.externals = externals
  }

  /// Resolves the names of a framework in place. A group or competency is taken out of
  /// its array while it is changed (a placeholder stands in), so that it has one owner
  /// and its lists are changed where they are instead of copied.
  func resolve(_ framework: inout Framework) {
    for index in framework.contents.indices {
      var member: Member
      switch framework.contents[index] {
      case .group(let group): member = .group(group)
      case .competency(let competency): member = .competency(competency)
      default: continue
      }
      framework.contents[index] = .group(Self.placeholder)
      resolve(&member)
      switch member {
      case .group(let group): framework.contents[index] = .group(group)
      case .competency(let competency): framework.contents[index] = .competency(competency)
      }
    }
    for index in framework.roles.indices { resolve(&framework.roles[index]) }
  }

  /// A group that owns nothing, to stand in the place of one being changed.
  static let placeholder = Group(id: "", title: "")

  /// Resolves a group or competency in place, taking its value out of `member` while it
  /// is changed.
  func resolve(_ member: inout Member) {
    switch member {
    case .group(var group):
      member = .group(Self.placeholder)
      for index in group.members.indices { resolve(&group.members[index]) }
      member = .group(group)
    case .competency(var competency) where needsResolving(competency):
      member = .group(Self.placeholder)
      resolve(&competency)
      member = .competency(competency)
    case .competency: break
    }
  }

  func competency(_ target: Target) -> Target {
    var target = target
    target.id = names.id(of: target.name)
    return target
  }

  func level(_ target: Target, competencyID: String?) -> Target {
    var target = target
    let id = Identifier.slug(target.name)
    if let competencyID, let scaleID = competencyScales[competencyID],
      scaleLevels[scaleID]?.contains(id) == true
    {
      target.id = id
    }
    return target
  }

  /// Whether a competency names anything: a related competency or a reference. (Reads
  /// through indices, so that no indicator is copied to be looked at.)
  func needsResolving(_ competency: Competency) -> Bool {
    func hasReferences(_ list: [Indicator]) -> Bool {
      for index in list.indices where !list[index].references.isEmpty { return true }
      return false
    }
    if !competency.related.isEmpty { return true }
    for index in competency.indicators.indices
    where hasReferences(competency.indicators[index].items) {
      return true
    }
    for index in competency.negatives.indices
    where hasReferences(competency.negatives[index].items) {
      return true
    }
    func blockHasReferences(_ block: LevelBlock) -> Bool {
      hasReferences(block.indicators)
        || block.negatives.contains { hasReferences($0.items) }
        || block.lists.contains { hasReferences($0.items) }
    }
    for index in competency.levels.indices where blockHasReferences(competency.levels[index]) {
      return true
    }
    for theme in competency.themes.indices {
      for index in competency.themes[theme].levels.indices
      where blockHasReferences(competency.themes[theme].levels[index]) {
        return true
      }
      if competency.themes[theme].lists.contains(where: { hasReferences($0.items) }) {
        return true
      }
    }
    return competency.lists.contains { hasReferences($0.items) }
  }

  func resolve(_ competency: inout Competency) {
    for index in competency.related.indices {
      competency.related[index] = self.competency(competency.related[index])
    }
    func resolveIndicators(_ list: inout [Indicator]) {
      for index in list.indices where !list[index].references.isEmpty {
        for reference in list[index].references.indices {
          list[index].references[reference] = resolve(list[index].references[reference])
        }
      }
    }
    for index in competency.indicators.indices {
      resolveIndicators(&competency.indicators[index].items)
    }
    for index in competency.negatives.indices {
      resolveIndicators(&competency.negatives[index].items)
    }
    func resolveBlock(_ block: inout LevelBlock) {
      resolveIndicators(&block.indicators)
      for list in block.negatives.indices { resolveIndicators(&block.negatives[list].items) }
      for list in block.lists.indices { resolveIndicators(&block.lists[list].items) }
    }
    for index in competency.levels.indices { resolveBlock(&competency.levels[index]) }
    for theme in competency.themes.indices {
      for index in competency.themes[theme].levels.indices {
        resolveBlock(&competency.themes[theme].levels[index])
      }
      for list in competency.themes[theme].lists.indices {
        resolveIndicators(&competency.themes[theme].lists[list].items)
      }
    }
    for list in competency.lists.indices { resolveIndicators(&competency.lists[list].items) }
  }

  func resolve(_ reference: Reference) -> Reference {
    var reference = reference
    guard var framework = reference.framework else {
      reference.competency = competency(reference.competency)
      reference.level = reference.level.map { level($0, competencyID: reference.competency.id) }
      return reference
    }
    guard let external = externals[Identifier.slug(framework.name)] else { return reference }
    framework.id = external.id
    reference.framework = framework
    reference.competency.id = external.names.id(of: reference.competency.name)
    if var level = reference.level {
      let levelID = Identifier.slug(level.name)
      if external.levelIDs.contains(levelID) {
        level.id = levelID
      }
      reference.level = level
    }
    return reference
  }

  func resolve(_ role: inout Role) {
    resolve(&role.requirements)
    for index in role.levels.indices { resolve(&role.levels[index].requirements) }
  }

  func resolve(_ requirements: inout [Requirement]) {
    for index in requirements.indices {
      let competency = competency(requirements[index].competency)
      requirements[index].competency = competency
      requirements[index].level = level(requirements[index].level, competencyID: competency.id)
    }
  }
}
