import CFWSyntax

/// The work behind `FrameworkDiff`: pairs entities, then requirements, then statements,
/// and records each change with the key that orders it.
struct Differ {
  let old: Inventory
  let new: Inventory
  var comparisons = 0
  /// Recorded changes with their ordering keys.
  private var entries: [(removal: Bool, position: Int, change: Change)] = []

  /// Identifiers of the old version's entities that have a counterpart in the new one,
  /// mapped to that counterpart.
  var scales: [String: Entity] = [:]
  var groups: [String: Entity] = [:]
  var competencies: [String: Entity] = [:]
  var roles: [String: Entity] = [:]
  /// Themes are identified within their competency, and may move to another one.
  var themes: [ThemeKey: (competency: Entity, theme: Entity)] = [:]
  /// New competencies and themes without counterpart: their statements are not listed.
  var addedCompetencies: Set<String> = []
  var addedThemes: Set<ThemeKey> = []

  struct ThemeKey: Hashable {
    var competency: String
    var theme: String
  }

  init(old: Inventory, new: Inventory) {
    self.old = old
    self.new = new
  }

  mutating func run() {
    compareMetadata()
    compareScalesAndLevels()
    compareCompetenciesAndGroups()
    compareThemes()
    compareRoles()
    compareStatements()
  }

  mutating func record(_ change: Change, position: Int, removal: Bool = false) {
    entries.append((removal, position, change))
  }

  /// The changes, by section (framework, competencies in new order then removed ones in
  /// old order, roles), then additions and changes in new order, then removals in old order.
  func sortedChanges() -> [Change] {
    var rank: [String: Int] = [:]
    for (index, item) in new.competencies.enumerated() { rank[item.entity.id] = index + 1 }
    for (index, item) in old.competencies.enumerated() where competencies[item.entity.id] == nil {
      rank[item.entity.id] = new.competencies.count + index + 1
    }
    func sectionRank(_ change: Change) -> Int {
      switch change.section {
      case .framework: 0
      case .competency(let entity): rank[entity.id] ?? 0
      case .roles: Int.max
      }
    }
    let keys = entries.enumerated().map { offset, entry in
      (sectionRank(entry.change), entry.removal ? 1 : 0, entry.position, offset)
    }
    return keys.sorted(by: <).map { entries[$0.3].change }
  }

  /// The counterpart in the new version of an old container, or the container itself when
  /// it has none.
  func translated(_ container: Entity?) -> Entity? {
    guard let container else { return nil }
    let map: [String: Entity]
    switch container.kind {
    case .scale: map = scales
    case .group: map = groups
    case .competency: map = competencies
    case .role: map = roles
    case .level, .theme: return container
    }
    return map[container.id] ?? container
  }

  // MARK: Metadata

  mutating func compareMetadata() {
    for (index, (field, before)) in old.metadata.enumerated() {
      let after = new.metadata[index].values
      if before != after {
        record(
          .metadataChanged(field, old: before, new: after), position: index - old.metadata.count)
      }
    }
  }

  // MARK: Entities

  /// Pairs entities by identifier, then by title (an identifier changed), within the
  /// scope each belongs to (nil: in no scope that still exists).
  func pairEntities(
    old: [Inventory.Item], new: [Inventory.Item],
    scope: (Inventory.Item, Bool) -> String? = { _, _ in "" }
  ) -> Pairing {
    var pairing = Pairing(oldCount: old.count, newCount: new.count)
    pairing.match(
      oldKey: { i in scope(old[i], true).map { [$0, old[i].entity.id] } },
      newKey: { i in scope(new[i], false).map { [$0, new[i].entity.id] } })
    pairing.match(
      oldKey: { i in scope(old[i], true).map { [$0, Identifier.slug(old[i].entity.title)] } },
      newKey: { i in scope(new[i], false).map { [$0, Identifier.slug(new[i].entity.title)] } })
    return pairing
  }

  /// Pairs what is left by content: an entity renamed so that its derived identifier
  /// changed still holds much the same.
  mutating func pairByContent(
    _ pairing: inout Pairing, old: [Inventory.Item], new: [Inventory.Item],
    content: (Inventory.Item, Bool) -> [String] = { item, _ in item.content }
  ) {
    pairing.matchBySharedContent(
      old: old.map { content($0, true) }, new: new.map { content($0, false) }, threshold: 0.5,
      comparisons: &comparisons)
  }

  /// Records renames, identifier changes and (when `moves`) moves of paired entities, and
  /// additions and removals of the others, except those `listed` leaves out.
  mutating func report(
    old: [Inventory.Item], new: [Inventory.Item], pairing: Pairing, moves: Bool = false,
    listed: (Inventory.Item, Bool) -> Bool = { _, _ in true }
  ) {
    for (o, n) in pairing.pairs {
      let before = old[o]
      let after = new[n]
      if before.entity.id != after.entity.id {
        record(
          .identifierChanged(
            after.entity, oldID: before.entity.id, oldTitle: before.entity.title,
            in: after.container),
          position: after.position)
      } else if before.entity.title != after.entity.title {
        record(
          .renamed(after.entity, oldTitle: before.entity.title, in: after.container),
          position: after.position)
      }
      let from = translated(before.container)
      if moves, from?.id != after.container?.id {
        record(.moved(after.entity, from: from, to: after.container), position: after.position)
      }
    }
    for n in pairing.unpairedNew where listed(new[n], false) {
      record(.added(new[n].entity, in: new[n].container), position: new[n].position)
    }
    for o in pairing.unpairedOld where listed(old[o], true) {
      record(
        .removed(old[o].entity, in: translated(old[o].container)), position: old[o].position,
        removal: true)
    }
  }

  static func counterparts(
    _ pairing: Pairing, old: [Inventory.Item], new: [Inventory.Item]
  ) -> [String: Entity] {
    var map: [String: Entity] = [:]
    for (o, n) in pairing.pairs { map[old[o].entity.id] = new[n].entity }
    return map
  }

  mutating func compareScalesAndLevels() {
    var scalePairing = pairEntities(old: old.scales, new: new.scales)
    pairByContent(&scalePairing, old: old.scales, new: new.scales)
    scales = Self.counterparts(scalePairing, old: old.scales, new: new.scales)
    report(old: old.scales, new: new.scales, pairing: scalePairing)
    // Levels are identified within their scale; those of added or removed scales go
    // with them.
    let scales = self.scales
    let levelPairing = pairEntities(
      old: old.levels, new: new.levels,
      scope: { item, isOld in isOld ? scales[item.container!.id]?.id : item.container!.id })
    let pairedScales = Set(scales.values.map(\.id))
    report(
      old: old.levels, new: new.levels, pairing: levelPairing,
      listed: { item, isOld in
        isOld ? scales[item.container!.id] != nil : pairedScales.contains(item.container!.id)
      })
  }

  mutating func compareCompetenciesAndGroups() {
    var competencyPairing = pairEntities(old: old.competencies, new: new.competencies)
    pairByContent(&competencyPairing, old: old.competencies, new: new.competencies)
    competencies = Self.counterparts(
      competencyPairing, old: old.competencies, new: new.competencies)
    addedCompetencies = Set(competencyPairing.unpairedNew.map { new.competencies[$0].entity.id })
    let competencies = self.competencies
    var groupPairing = pairEntities(old: old.groups, new: new.groups)
    pairByContent(
      &groupPairing, old: old.groups, new: new.groups,
      content: { item, isOld in
        guard isOld else { return item.content }
        return item.content.map { key in
          guard key.hasPrefix("competency ") else { return key }
          return competencies[String(key.dropFirst(11))].map { "competency " + $0.id } ?? key
        }
      })
    groups = Self.counterparts(groupPairing, old: old.groups, new: new.groups)
    report(old: old.groups, new: new.groups, pairing: groupPairing, moves: true)
    report(old: old.competencies, new: new.competencies, pairing: competencyPairing, moves: true)
  }

  mutating func compareThemes() {
    let competencies = self.competencies
    func competency(_ item: Inventory.Item, _ isOld: Bool) -> String? {
      isOld ? competencies[item.container!.id]?.id : item.container!.id
    }
    var pairing = pairEntities(old: old.themes, new: new.themes, scope: competency)
    // A theme with the same identifier in another competency has moved there.
    pairing.match(oldKey: { old.themes[$0].entity.id }, newKey: { new.themes[$0].entity.id })
    pairByContent(
      &pairing, old: old.themes, new: new.themes,
      content: { item, isOld in
        let scope = competency(item, isOld) ?? "\u{1}"
        return item.content.map { scope + " " + $0 }
      })
    for (o, n) in pairing.pairs {
      let before = old.themes[o]
      themes[ThemeKey(competency: before.container!.id, theme: before.entity.id)] = (
        new.themes[n].container!, new.themes[n].entity
      )
    }
    addedThemes = Set(
      pairing.unpairedNew.map {
        ThemeKey(competency: new.themes[$0].container!.id, theme: new.themes[$0].entity.id)
      })
    let added = addedCompetencies
    report(
      old: old.themes, new: new.themes, pairing: pairing, moves: true,
      listed: { item, isOld in
        isOld ? competencies[item.container!.id] != nil : !added.contains(item.container!.id)
      })
  }
}
