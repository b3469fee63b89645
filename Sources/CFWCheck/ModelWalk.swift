import CFWModel

extension Framework {
  /// Every competency with the chain of groups that contains it.
  var competenciesWithGroups: [(competency: Competency, groups: [Group])] {
    var result: [(Competency, [Group])] = []
    func visit(_ members: [Member], _ path: [Group]) {
      for member in members {
        switch member {
        case .group(let group): visit(group.members, path + [group])
        case .competency(let competency): result.append((competency, path))
        }
      }
    }
    visit(members, [])
    return result
  }

  /// The scale of a competency.
  func scale(of competency: Competency) -> Scale? {
    competency.scaleID.flatMap { scale(id: $0) }
  }

  /// Every section, subsections included, depth first.
  var allSections: [Section] {
    var result: [Section] = []
    func visit(_ section: Section) {
      result.append(section)
      for case .section(let sub) in section.parts { visit(sub) }
    }
    sections.forEach(visit)
    return result
  }
}
