import CFWModel

/// CFW305–CFW307, CFW312: a competency with nothing to observe, a list or level with no
/// bullets, a group with no competencies, a band with no levels.
struct EmptyContentRule: Rule {
  func check(_ context: inout CheckContext) {
    guard context.framework != nil else { return }
    let index = context.index
    for competency in index.competencies {
      if !competency.hasIndicators && competency.behaviours.allSatisfy({ $0.items.isEmpty }) {
        context.report(
          .emptyCompetency, "competency ‘\(competency.title)’ has no indicators",
          at: competency.origin,
          help: "add indicators under a level, a theme, ‘behaviours’ or ‘indicators’")
      }
      checkLists(competency.behaviours, &context, kind: "list of behaviours")
      checkLists(competency.indicators, &context, kind: "list of indicators")
      checkLists(competency.negatives, &context, kind: "list of negative indicators")
      checkLists(competency.lists, &context)
      competency.forEachLevelBlock { block in
        checkLists(block.negatives, &context, kind: "list of negative indicators")
        checkLists(block.lists, &context)
      }
      for theme in competency.themes { checkLists(theme.lists, &context) }
      for block in competency.levels where block.isEmpty {
        context.report(
          .emptyList, "level \(block.code) of ‘\(competency.title)’ has no indicators",
          at: block.origin,
          help: "add bullets (‘- …’) under it, or remove it")
      }
      for theme in competency.themes {
        if theme.levels.isEmpty {
          context.report(
            .emptyList, "theme ‘\(theme.title)’ has no indicators", at: theme.origin,
            help: "add level blocks with bullets under the theme")
        }
        for block in theme.levels where block.isEmpty {
          context.report(
            .emptyList, "level \(block.code) of theme ‘\(theme.title)’ has no indicators",
            at: block.origin, help: "add bullets (‘- …’) under it, or remove it")
        }
      }
    }
    for group in index.groups {
      checkLists(group.lists, &context)
      guard !containsCompetency(group) else { continue }
      context.report(
        .emptyGroup, "group ‘\(group.title)’ has no competencies", at: group.origin,
        help: "add competencies to it, or remove it")
    }
    for scale in index.scales {
      for band in scale.bands where band.levelIDs.isEmpty {
        context.report(
          .emptyBand, "band ‘\(band.title)’ of scale ‘\(scale.title)’ has no levels",
          at: band.origin,
          help: "indent the levels that belong to the band under it, or remove the band")
      }
    }
    guard let framework = context.framework else { return }
    for family in framework.families { checkLists(family.lists, &context) }
    for role in framework.roles {
      checkLists(role.lists, &context)
      for level in role.levels { checkLists(level.lists, &context) }
    }
  }

  /// Reports lists without bullets; `kind` names a list that has no title of its own.
  func checkLists(
    _ lists: [IndicatorList], _ context: inout CheckContext, kind: String = "list"
  ) {
    for list in lists where list.items.isEmpty {
      context.report(
        .emptyList, list.title.map { "‘\($0)’ has no bullets" } ?? "this \(kind) has no bullets",
        at: list.origin, help: "add bullets (‘- …’) under it, or remove it")
    }
  }

  /// Whether a group has a competency, directly or in a subgroup.
  func containsCompetency(_ group: Group) -> Bool {
    group.members.contains { member in
      switch member {
      case .competency: return true
      case .group(let subgroup): return containsCompetency(subgroup)
      }
    }
  }
}
