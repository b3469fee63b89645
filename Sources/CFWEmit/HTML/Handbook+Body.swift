import CFWModel

extension Handbook {
  /// A section of prose with its subsections, one heading level down.
  func section(_ section: Section, path: [Int], level: Int) -> HTMLNode {
    var nodes: [HTMLNode] = [Self.heading(level, [], [.text(section.title)])]
    for (index, part) in section.parts.enumerated() {
      switch part {
      case .prose(let block): nodes.append(ProseWriter.block(block))
      case .section(let subsection):
        nodes.append(self.section(subsection, path: path + [index], level: level + 1))
      }
    }
    return .tag("section", [.class("prose"), .id(anchors.id(.section, path))], nodes)
  }

  /// A named list of values.
  func valueList(_ values: ValueList, path: [Int]) -> HTMLNode {
    .tag(
      "section", [.class("values"), .id(anchors.id(.values, path))],
      [
        .tag("h2", [], text: values.title),
        .tag("ul", [.class("value-list")], values.values.map { .tag("li", [], text: $0) }),
      ])
  }

  /// A scale: its description and a table of its levels.
  func scale(_ scale: Scale, path: [Int]) -> HTMLNode {
    .tag(
      "section", [.class("scale"), .id(anchors.id(.scale, path))],
      [.tag("h2", [], text: scale.title)] + ProseWriter.blocks(scale.description)
        + [Self.levelTable(scale)])
  }

  /// The levels of a scale in order: a table of code, label and description (each column
  /// only when some level has one), a mid-point level marked “rating only”; or, for
  /// levels with codes alone, a sentence listing them.
  static func levelTable(_ scale: Scale) -> HTMLNode {
    let hasLabels = scale.levels.contains { $0.label != nil }
    let hasDescriptions = scale.levels.contains { $0.isMidpoint || !$0.description.isEmpty }
    let order = scale.seniority == .descending ? ", most senior first" : ""
    guard hasLabels || hasDescriptions else {
      let codes = scale.levels.map(\.code).joined(separator: ", ")
      return .tag("p", [.class("levels")], text: "\(scale.title), in order\(order): \(codes).")
    }
    var head: [HTMLNode] = [columnHeader("Code")]
    if hasLabels { head.append(columnHeader("Label")) }
    if hasDescriptions { head.append(columnHeader("Description")) }
    let rows = scale.levels.map { level -> HTMLNode in
      var cells: [HTMLNode] = [.tag("th", [HTMLAttribute("scope", "row")], text: level.code)]
      if hasLabels { cells.append(.tag("td", [], text: level.label ?? "")) }
      if hasDescriptions {
        var description = ProseWriter.blocks(level.description)
        if level.isMidpoint {
          description.insert(.tag("p", [.class("rating-only")], text: "Rating only"), at: 0)
        }
        cells.append(.tag("td", [], description))
      }
      return .tag("tr", level.isMidpoint ? [.class("midpoint")] : [], cells)
    }
    return .tag(
      "table", [.class("levels")],
      [
        .tag("caption", [], text: "\(scale.title): \(scale.term)s in order\(order)"),
        .tag("thead", [], [.tag("tr", [], head)]),
        .tag("tbody", [], rows),
      ])
  }

  /// A header cell of a table's column.
  static func columnHeader(_ text: String) -> HTMLNode {
    .tag("th", [HTMLAttribute("scope", "col")], text: text)
  }

  /// A group: its heading, audience and descriptions, then its members one level down,
  /// each written as soon as it is made.
  func writeGroup(_ group: Group, path: [Int], level: Int, to writer: inout HTMLWriter, depth: Int)
  {
    let attributes: [HTMLAttribute] = [.class("group"), .id(anchors.id(.group, path))]
    writer.block("section", attributes, depth: depth) { writer, depth in
      writer.write(
        Self.labelledHeading(level, label: group.label, title: group.title), depth: depth)
      writer.write(Self.audienceNote(group.audience), depth: depth)
      writer.write(descriptions(group.descriptions), depth: depth)
      for (index, member) in group.members.enumerated() {
        switch member {
        case .group(let child):
          writeGroup(child, path: path + [index], level: level + 1, to: &writer, depth: depth)
        case .competency(let competency):
          writer.write(
            self.competency(competency, path: path + [index], level: level + 1), depth: depth)
        }
      }
    }
  }
}
