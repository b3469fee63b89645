import CFWModel

/// An indicator with what surrounds it — its groups, competency, theme, level and list —
/// for writers that put one indicator on a row.
struct LocatedIndicator: Sendable, Hashable {
  /// The groups the competency is in, outermost first.
  var groups: [Group]
  var competency: Competency
  var theme: Theme?
  /// The indicator's level, resolved in the competency's scale.
  var level: Level?
  /// The competency's own title for the level (“Acts with confidence”).
  var levelTitle: String?
  /// The title of the indicator's list (“Ineffective behaviours”), if any.
  var listTitle: String?
  var indicator: Indicator
  /// The indicator's position among the competency's indicators, from 1.
  var number: Int

  /// Every indicator of the framework, competency by competency in file order, and within
  /// a competency in the order of `Competency.allIndicators`. Behaviours are not indicators.
  static func all(in framework: Framework) -> [LocatedIndicator] {
    let index = FrameworkIndex(framework)
    var result: [LocatedIndicator] = []
    func visit(_ members: [Member], groups: [Group]) {
      for member in members {
        switch member {
        case .group(let group): visit(group.members, groups: groups + [group])
        case .competency(let competency):
          result += located(competency, groups: groups, in: index)
        }
      }
    }
    visit(framework.members, groups: [])
    return result
  }

  private static func located(_ competency: Competency, groups: [Group], in index: FrameworkIndex)
    -> [LocatedIndicator]
  {
    let scale = competency.scaleID.flatMap(index.scale(id:))
    var result: [LocatedIndicator] = []
    func add(
      _ indicator: Indicator, theme: Theme? = nil, levelTitle: String? = nil, list: String? = nil
    ) {
      result.append(
        LocatedIndicator(
          groups: groups, competency: competency, theme: theme,
          level: indicator.levelID.flatMap { scale?.level(id: $0) }, levelTitle: levelTitle,
          listTitle: list, indicator: indicator, number: result.count + 1))
    }
    for list in competency.indicators {
      for indicator in list.items { add(indicator, list: list.title) }
    }
    for block in competency.levels {
      for indicator in block.indicators { add(indicator, levelTitle: block.title) }
    }
    for theme in competency.themes {
      for block in theme.levels {
        for indicator in block.indicators { add(indicator, theme: theme, levelTitle: block.title) }
      }
    }
    for list in competency.negatives {
      for indicator in list.items { add(indicator, list: list.title) }
    }
    return result
  }
}
