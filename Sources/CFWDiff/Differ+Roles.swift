extension Differ {
  /// Roles, then the requirements of each role present in both versions.
  mutating func compareRoles() {
    let competencies = self.competencies
    var pairing = pairEntities(old: old.roles, new: new.roles)
    pairByContent(
      &pairing, old: old.roles, new: new.roles,
      content: { item, isOld in
        guard isOld else { return item.content }
        return item.content.map { key in
          let parts = key.split(separator: " ", maxSplits: 1).map(String.init)
          guard let counterpart = competencies[parts[0]] else { return key }
          return ([counterpart.id] + parts.dropFirst()).joined(separator: " ")
        }
      })
    roles = Self.counterparts(pairing, old: old.roles, new: new.roles)
    report(old: old.roles, new: new.roles, pairing: pairing)

    var oldRequirements: [String: [Inventory.RequirementItem]] = [:]
    for item in old.requirements { oldRequirements[item.role.id, default: []].append(item) }
    var newRequirements: [String: [Inventory.RequirementItem]] = [:]
    for item in new.requirements { newRequirements[item.role.id, default: []].append(item) }
    for (o, n) in pairing.pairs {
      let before = oldRequirements[old.roles[o].entity.id] ?? []
      let after = newRequirements[new.roles[n].entity.id] ?? []
      let role = new.roles[n].entity
      var requirements = Pairing(oldCount: before.count, newCount: after.count)
      requirements.match(
        oldKey: { (competencies[before[$0].competency.id] ?? before[$0].competency).id },
        newKey: { after[$0].competency.id })
      for (i, j) in requirements.pairs where before[i].levelID != after[j].levelID {
        record(
          .requirementChanged(
            role: role, competency: after[j].competency, oldLevel: before[i].level,
            newLevel: after[j].level), position: after[j].position)
      }
      for j in requirements.unpairedNew {
        record(
          .requirementAdded(role: role, competency: after[j].competency, level: after[j].level),
          position: after[j].position)
      }
      for i in requirements.unpairedOld {
        let competency = competencies[before[i].competency.id] ?? before[i].competency
        record(
          .requirementRemoved(role: role, competency: competency, level: before[i].level),
          position: before[i].position, removal: true)
      }
    }
  }
}
