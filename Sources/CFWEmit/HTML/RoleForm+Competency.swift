import CFWModel

extension RoleForm {
  /// Who rates: the employee, then the manager.
  static let raters = ["Employee’s rating", "Manager’s rating"]

  /// A competency's block: its heading and the level expected; its behaviours and
  /// indicators at every level; its indicators at the level expected (by theme when it has
  /// themes); its negative indicators; a rating on its scale; and boxes for evidence and
  /// comments. Printed whole on one page where it fits.
  func competency(_ entry: RoleProfile.Entry) -> HTMLNode {
    var nodes: [HTMLNode] = [
      Handbook.labelledHeading(2, label: entry.competency?.label, title: entry.title),
      .tag(
        "p", [.class("expected-level")],
        [.text("Level expected for this role: "), .tag("strong", [], text: entry.expected.name)]),
    ]
    if let competency = entry.competency {
      for list in competency.behaviours {
        nodes.append(
          Self.indicatorList(list.title ?? "Behaviours", list.items, className: "behaviours"))
      }
      for list in competency.indicators {
        nodes.append(
          Self.indicatorList(list.title ?? "At every level", list.items, className: "every-level"))
      }
      nodes.append(expectedIndicators(entry, competency))
      for list in competency.negatives {
        nodes.append(
          .tag(
            "section", [.class("negative")],
            [.tag("h3", [], Handbook.negativeHeading(list)), Self.indicatorItems(list.items)]))
      }
    }
    // The rating and the boxes stay together: a block too long for a page breaks before
    // them.
    nodes.append(
      .tag(
        "div", [.class("assessment")],
        [
          ratingTable(entry),
          .tag(
            "div", [.class("field-pair")],
            [Self.writeIn("Evidence", size: "medium"), Self.writeIn("Comments", size: "medium")]),
        ]))
    return .tag("section", [.class("form-competency"), .id(entry.anchor)], nodes)
  }

  /// The indicators at the level expected: the competency's own, then each theme's.
  private func expectedIndicators(_ entry: RoleProfile.Entry, _ competency: Competency) -> HTMLNode
  {
    let (own, themes) = competency.blocks(atLevel: entry.expected.id)
    var nodes: [HTMLNode] = [.tag("h3", [], text: "Indicators at \(entry.expected.name)")]
    for block in own { nodes += Self.blockNodes(block) }
    for (theme, blocks) in themes {
      nodes.append(.tag("h4", [], text: theme.title))
      for block in blocks { nodes += Self.blockNodes(block) }
    }
    if own.isEmpty && themes.isEmpty {
      nodes.append(.tag("p", [], text: "The framework gives no indicators at this level."))
    }
    return .tag("section", [.class("level expected")], nodes)
  }

  private static func blockNodes(_ block: LevelBlock) -> [HTMLNode] {
    var nodes: [HTMLNode] = []
    if let title = block.title { nodes.append(.tag("p", [.class("cell-title")], text: title)) }
    nodes.append(indicatorItems(block.indicators))
    return nodes
  }

  private static func indicatorList(_ title: String, _ items: [Indicator], className: String)
    -> HTMLNode
  {
    .tag("section", [.class(className)], [.tag("h3", [], text: title), indicatorItems(items)])
  }

  /// Indicators as a plain list: on a form, their cross-references would be noise.
  private static func indicatorItems(_ indicators: [Indicator]) -> HTMLNode {
    .tag("ul", [.class("indicators")], indicators.map { .tag("li", [], text: $0.text) })
  }

  /// The levels a competency is rated on: every level of its scale, mid-points included;
  /// without a scale, the levels it describes.
  static func ratingLevels(_ entry: RoleProfile.Entry) -> [(
    id: String, code: String, isMidpoint: Bool
  )] {
    if let scale = entry.scale {
      return scale.levels.map { ($0.id, $0.code, $0.isMidpoint) }
    }
    let competency = entry.competency
    let blocks = (competency?.levels ?? []) + (competency?.themes.flatMap(\.levels) ?? [])
    return (competency?.describedLevelIDs ?? []).map { id in
      (id, blocks.first { $0.levelID == id }?.code ?? id, false)
    }
  }

  /// A table with a column per rater, in which every rating of the scale is a box to tick
  /// or circle, the level expected marked; a row per theme for a competency with themes,
  /// as the framework rates each theme, else one row for the competency.
  func ratingTable(_ entry: RoleProfile.Entry) -> HTMLNode {
    let levels = Self.ratingLevels(entry)
    let choices = HTMLNode.fragment(
      levels.enumerated().flatMap { number, level -> [HTMLNode] in
        var classes = ["choice"]
        var content: [HTMLNode] = [.text(level.code)]
        if level.isMidpoint {
          classes.append("midpoint")
          content.append(.tag("span", [.class("visually-hidden")], text: " (mid-point)"))
        }
        if level.id == entry.expected.id {
          classes.append("expected")
          content.append(.tag("span", [.class("visually-hidden")], text: " (expected)"))
        }
        // Spaces between the boxes, so that the codes are read as separate words.
        let box = HTMLNode.tag("span", [.class(classes.joined(separator: " "))], content)
        return number == 0 ? [box] : [.text(" "), box]
      })
    let themes = entry.competency?.themes.map(\.title) ?? []
    let rows = (themes.isEmpty ? [entry.title] : themes).map { title -> HTMLNode in
      .tag(
        "tr", [],
        [.tag("th", [HTMLAttribute("scope", "row")], text: title)]
          + Self.raters.map { _ in .tag("td", [], [choices]) })
    }
    let head =
      [Handbook.columnHeader(themes.isEmpty ? "Competency" : "Theme")]
      + Self.raters.map(Handbook.columnHeader)
    return .tag(
      "table", [.class("rating")],
      [
        .tag("caption", [], text: "\(entry.title): ratings"),
        .tag("thead", [], [.tag("tr", [], head)]),
        .tag("tbody", [], rows),
      ])
  }
}
