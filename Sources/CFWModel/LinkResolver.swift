import CFWSyntax

/// Fills in the identifiers of every name a framework uses: related competencies,
/// references, role requirements and levels.
struct LinkResolver {
  let competencyIDs: Set<String>
  let competencyScales: [String: String]
  let scaleLevels: [String: Set<String>]
  let externals: [String: ExternalFramework]

  init(framework: Framework) {
    var ids = Set<String>()
    var scales: [String: String] = [:]
    for competency in framework.allCompetencies {
      ids.insert(competency.id)
      if let scaleID = competency.scaleID, scales[competency.id] == nil {
        scales[competency.id] = scaleID
      }
    }
    competencyIDs = ids
    competencyScales = scales
    var levels: [String: Set<String>] = [:]
    for scale in framework.scales where levels[scale.id] == nil {
      levels[scale.id] = Set(scale.levels.map(\.id))
    }
    scaleLevels = levels
    var externals: [String: ExternalFramework] = [:]
    for external in framework.externals where externals[Identifier.slug(external.code)] == nil {
      externals[Identifier.slug(external.code)] = external
    }
    self.externals = externals
  }

  func resolve(_ framework: inout Framework) {
    framework.contents = framework.contents.map { content in
      switch content {
      case .group(let group): return .group(resolve(group))
      case .competency(let competency): return .competency(resolve(competency))
      default: return content
      }
    }
    framework.roles = framework.roles.map(resolve)
  }

  func resolve(_ group: Group) -> Group {
    var group = group
    group.members = group.members.map { member in
      switch member {
      case .group(let inner): return .group(resolve(inner))
      case .competency(let competency): return .competency(resolve(competency))
      }
    }
    return group
  }

  func competency(_ target: Target) -> Target {
    var target = target
    let id = Identifier.slug(target.name)
    if competencyIDs.contains(id) { target.id = id }
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

  func resolve(_ competency: Competency) -> Competency {
    var competency = competency
    competency.related = competency.related.map(self.competency)
    // Only what holds references is rebuilt: most indicators hold none.
    func hasReferences(_ list: [Indicator]) -> Bool { list.contains { !$0.references.isEmpty } }
    func resolveIndicators(_ list: inout [Indicator]) {
      for index in list.indices where !list[index].references.isEmpty {
        list[index].references = list[index].references.map(resolve)
      }
    }
    for index in competency.indicators.indices
    where hasReferences(competency.indicators[index].items) {
      resolveIndicators(&competency.indicators[index].items)
    }
    for index in competency.negatives.indices where hasReferences(competency.negatives[index].items)
    {
      resolveIndicators(&competency.negatives[index].items)
    }
    for index in competency.levels.indices where hasReferences(competency.levels[index].indicators)
    {
      resolveIndicators(&competency.levels[index].indicators)
    }
    for theme in competency.themes.indices {
      for index in competency.themes[theme].levels.indices
      where hasReferences(competency.themes[theme].levels[index].indicators) {
        resolveIndicators(&competency.themes[theme].levels[index].indicators)
      }
    }
    return competency
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
    let competencyID = Identifier.slug(reference.competency.name)
    if external.competencies.contains(where: { $0.id == competencyID }) {
      reference.competency.id = competencyID
    }
    if var level = reference.level {
      let levelID = Identifier.slug(level.name)
      if external.scales.contains(where: { $0.levels.contains { $0.id == levelID } }) {
        level.id = levelID
      }
      reference.level = level
    }
    return reference
  }

  func resolve(_ role: Role) -> Role {
    var role = role
    role.requirements = role.requirements.map { requirement in
      var requirement = requirement
      requirement.competency = competency(requirement.competency)
      requirement.level = level(requirement.level, competencyID: requirement.competency.id)
      return requirement
    }
    return role
  }
}
