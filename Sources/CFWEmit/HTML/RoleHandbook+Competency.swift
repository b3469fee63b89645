import CFWModel

extension RoleHandbook {
  /// Where a level stands for the role: expected, above it or below it.
  enum Standing: String {
    case expected, above, below

    /// The heading before the level's name.
    var heading: String {
      switch self {
      case .expected: return "Level expected"
      case .above: return "Level above, to develop towards"
      case .below: return "Level below"
      }
    }
  }

  /// A competency of the role: its heading, group, level expected and descriptions; its
  /// behaviours and indicators at every level; its indicators at the level expected, the
  /// level above and the level below; its negative indicators; and a link to it in the
  /// framework's handbook.
  func competency(_ entry: RoleProfile.Entry) -> HTMLNode {
    guard let competency = entry.competency else {
      return .tag(
        "section", [.class("competency role-competency"), .id(entry.anchor)],
        [
          .tag("h2", [], text: entry.title),
          .tag("p", [], text: "The framework has no competency of this name."),
        ])
    }
    var nodes: [HTMLNode] = [
      Handbook.labelledHeading(2, label: competency.label, title: competency.title)
    ]
    if let group = context.groupTitles[competency.id] {
      nodes.append(.tag("p", [.class("group-name")], text: group))
    }
    nodes += [
      .tag(
        "p", [.class("expected-level")],
        [.text("Level expected for this role: "), .tag("strong", [], text: entry.expected.name)]),
      Handbook.audienceNote(competency.audience),
      handbook.descriptions(competency.descriptions),
    ]
    for list in competency.behaviours {
      nodes.append(
        handbook.indicatorList(
          list, defaultTitle: "Behaviours", className: "behaviours", of: competency, level: 3))
    }
    for list in competency.indicators {
      nodes.append(
        handbook.indicatorList(
          list, defaultTitle: "At every level", className: "every-level", of: competency, level: 3))
    }
    nodes.append(level(entry.expected, .expected, of: competency))
    if let above = entry.above {
      nodes.append(level(above, .above, of: competency))
    } else if !competency.describedLevelIDs.isEmpty {
      nodes.append(
        .tag(
          "p", [.class("ladder-note")],
          text: "\(entry.expected.name) is the most senior level this competency describes."))
    }
    if let below = entry.below {
      nodes.append(level(below, .below, of: competency))
    }
    for list in competency.negatives {
      nodes.append(handbook.negativeList(list, of: competency, level: 3))
    }
    if let anchor = handbook.anchors.competency(id: competency.id) {
      nodes.append(
        .tag(
          "p", [.class("full-entry")],
          [
            .tag(
              "a", [handbook.link(anchor)],
              text: "\(competency.title) at every level, in the framework’s handbook")
          ]))
    }
    return .tag("section", [.class("competency role-competency"), .id(entry.anchor)], nodes)
  }

  /// The indicators of a competency at one level: its own, then each theme's under the
  /// theme's name.
  func level(_ choice: RoleProfile.LevelChoice, _ standing: Standing, of competency: Competency)
    -> HTMLNode
  {
    let (own, themes) = competency.blocks(atLevel: choice.id)
    var nodes: [HTMLNode] = [
      .tag(
        "h3", [],
        [.tag("span", [.class("standing")], text: standing.heading + ": "), .text(choice.name)])
    ]
    for block in own { nodes += blockNodes(block, of: competency) }
    for (theme, blocks) in themes {
      nodes.append(.tag("h4", [], text: theme.title))
      for block in blocks { nodes += blockNodes(block, of: competency) }
    }
    if own.isEmpty && themes.isEmpty {
      nodes.append(.tag("p", [], text: "The framework gives no indicators at this level."))
    }
    return .tag("section", [.class("level " + standing.rawValue)], nodes)
  }

  /// A block's own title for the level, if any, and its indicators.
  private func blockNodes(_ block: LevelBlock, of competency: Competency) -> [HTMLNode] {
    var nodes: [HTMLNode] = []
    if let title = block.title { nodes.append(.tag("p", [.class("cell-title")], text: title)) }
    nodes.append(handbook.indicatorItems(block.indicators, of: competency))
    return nodes
  }
}
