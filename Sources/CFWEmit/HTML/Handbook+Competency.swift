import CFWModel

extension Handbook {
  /// A competency: heading, audience, descriptions, behaviours, indicators (at every
  /// level, by level, by theme and level), negative indicators and related competencies.
  func competency(_ competency: Competency, path: [Int], level: Int) -> HTMLNode {
    let anchor = anchors.id(.competency, path)
    var nodes: [HTMLNode] = [
      Self.labelledHeading(level, label: competency.label, title: competency.title),
      Self.audienceNote(competency.audience),
      descriptions(competency.descriptions),
    ]
    for list in competency.behaviours {
      nodes.append(
        indicatorList(
          list, defaultTitle: "Behaviours", className: "behaviours", of: competency,
          level: level + 1))
    }
    for list in competency.indicators {
      nodes.append(
        indicatorList(
          list, defaultTitle: "At every level", className: "every-level", of: competency,
          level: level + 1))
    }
    for block in competency.levels {
      nodes.append(levelBlock(block, of: competency, level: level + 1))
    }
    if !competency.themes.isEmpty {
      nodes.append(levelGrid(competency, anchor: anchor))
    }
    for list in competency.negatives {
      nodes.append(negativeList(list, of: competency, level: level + 1))
    }
    nodes.append(related(competency))
    return .tag("section", [.class("competency"), .id(anchor)], nodes)
  }

  /// A titled list of behaviours or level-independent indicators.
  func indicatorList(
    _ list: IndicatorList, defaultTitle: String, className: String, of competency: Competency,
    level: Int
  ) -> HTMLNode {
    .tag(
      "section", [.class(className)],
      [
        Self.heading(level, [], [.text(list.title ?? defaultTitle)]),
        indicatorItems(list.items, of: competency),
      ])
  }

  /// The indicators at one level, headed by the level and the competency's own title for
  /// it (“Stage 1 – Acts with confidence”).
  private func levelBlock(_ block: LevelBlock, of competency: Competency, level: Int)
    -> HTMLNode
  {
    let name = levelName(block.levelID, code: block.code, of: competency)
    let title = block.title.map { "\(name) – \($0)" } ?? name
    return .tag(
      "section", [.class("level")],
      [
        Self.heading(level, [], [.text(title)]),
        indicatorItems(block.indicators, of: competency),
      ])
  }

  /// Negative indicators, set apart by a border and a heading that says what they are, so
  /// that colour is not the only sign.
  func negativeList(_ list: IndicatorList, of competency: Competency, level: Int)
    -> HTMLNode
  {
    .tag(
      "section", [.class("negative")],
      [
        Self.heading(level, [], Self.negativeHeading(list)),
        indicatorItems(list.items, of: competency),
      ])
  }

  /// The heading of a list of negative indicators: what they are, then the list's title.
  static func negativeHeading(_ list: IndicatorList) -> [HTMLNode] {
    var heading: [HTMLNode] = [.tag("span", [.class("negative-tag")], text: "Negative indicators")]
    if let title = list.title {
      heading += [.tag("span", [.class("visually-hidden")], text: ": "), .text(title)]
    }
    return heading
  }

  /// A list of indicators, each followed by its cross-reference badges.
  func indicatorItems(_ indicators: [Indicator], of competency: Competency) -> HTMLNode {
    .tag(
      "ul", [.class("indicators")],
      indicators.map { indicator in
        .tag(
          "li", [],
          [.text(indicator.text)]
            + indicator.references.flatMap { [.text(" "), referenceBadge($0)] })
      })
  }

  /// Links to the competencies this one relates to.
  private func related(_ competency: Competency) -> HTMLNode {
    guard !competency.related.isEmpty else { return .empty }
    var nodes: [HTMLNode] = [.tag("span", [.class("related-title")], text: "Related competencies:")]
    for (index, target) in competency.related.enumerated() {
      nodes.append(.text(index == 0 ? " " : ", "))
      if let id = target.id, let anchor = anchors.competency(id: id) {
        let title = competencies[id]?.title ?? target.name
        nodes.append(.tag("a", [link(anchor)], text: title))
      } else {
        nodes.append(.text(target.name))
      }
    }
    return .tag("p", [.class("related")], nodes)
  }
}
