import CFWModel

extension Handbook {
  /// A competency's themes as a table: a row per theme, a column per level the themes
  /// describe, in scale order. Mid-point levels carry no indicators, so they have no
  /// column. The table scrolls within its own box, or stacks on a phone.
  func levelGrid(_ competency: Competency, anchor: String) -> HTMLNode {
    let scale = scale(of: competency)
    let columns = gridLevels(competency, scale: scale)
    let captionID = "grid-" + anchor
    let term = scale?.term ?? "level"
    var head: [HTMLNode] = [Self.columnHeader("Theme")]
    for column in columns {
      head.append(Self.columnHeader(column.name))
    }
    let rows = competency.themes.map { theme -> HTMLNode in
      let header: [HTMLNode] = [.text(theme.title), descriptions(theme.descriptions)]
      var cells: [HTMLNode] = [.tag("th", [HTMLAttribute("scope", "row")], header)]
      for column in columns {
        let blocks = theme.levels.filter { $0.levelID == column.id }
        // The level's name, for the stacked layout of a narrow screen.
        let label = blocks.isEmpty ? [] : [HTMLAttribute("data-level", column.name)]
        cells.append(.tag("td", label, blocks.map { gridCell($0, of: competency) }))
      }
      return .tag("tr", [], cells)
    }
    return .tag(
      "div",
      [
        .class("grid-scroll"), HTMLAttribute("role", "region"),
        HTMLAttribute("aria-labelledby", captionID), HTMLAttribute("tabindex", "0"),
      ],
      [
        .tag(
          "table", [.class("grid")],
          [
            .tag(
              "caption", [.id(captionID)],
              text: "\(competency.title): indicators by theme and \(term)"),
            .tag("thead", [], [.tag("tr", [], head)]),
            .tag("tbody", [], rows),
          ])
      ])
  }

  /// The indicators of one theme at one level, under the level's own title if it has one.
  private func gridCell(_ block: LevelBlock, of competency: Competency) -> HTMLNode {
    guard let title = block.title else { return indicatorItems(block.indicators, of: competency) }
    return .fragment([
      .tag("p", [.class("cell-title")], text: title),
      indicatorItems(block.indicators, of: competency),
    ])
  }

  /// The levels the themes describe, in scale order, mid-points left out (they may carry no
  /// indicators); levels missing from the scale follow in the order first used.
  private func gridLevels(_ competency: Competency, scale: Scale?) -> [(id: String, name: String)] {
    var used: [(id: String, code: String)] = []
    for block in competency.themes.flatMap(\.levels)
    where !used.contains(where: { $0.id == block.levelID }) {
      used.append((block.levelID, block.code))
    }
    let inScale = (scale?.levels ?? []).filter { level in
      !level.isMidpoint && used.contains { $0.id == level.id }
    }
    let others = used.filter { scale?.level(id: $0.id) == nil }
    return inScale.map { ($0.id, scale?.name(ofLevel: $0.id) ?? $0.code) }
      + others.map { ($0.id, $0.code) }
  }
}
