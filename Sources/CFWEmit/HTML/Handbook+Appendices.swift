import CFWModel

extension Handbook {
  static let frameworksAppendixTitle = "Appendix: Frameworks cited"
  static let rolesAppendixTitle = "Appendix: Role profiles"

  /// An external framework's heading: its code and title (“CLF: Continuous Learning
  /// Framework”).
  static func externalTitle(_ external: ExternalFramework) -> String {
    "\(external.code): \(external.title)"
  }

  /// The frameworks that indicators cite: each one's publishers, levels and the
  /// competencies cited, with links back to the competencies citing them.
  func frameworksAppendix() -> HTMLNode {
    guard !framework.externals.isEmpty else { return .empty }
    let introduction = HTMLNode.tag(
      "p", [],
      text: "Some indicators in this handbook refer to the frameworks below. A badge after "
        + "the indicator names the framework, the competency and the level; “from” means "
        + "the indicator is taken from there, “closely links to” and “links to” mean a "
        + "looser tie.")
    return .tag(
      "section", [.class("appendix"), .id(HandbookAnchors.frameworksAppendix)],
      [.tag("h2", [], text: Self.frameworksAppendixTitle), introduction]
        + framework.externals.indices.map(externalFramework))
  }

  private func externalFramework(_ index: Int) -> HTMLNode {
    let external = framework.externals[index]
    var nodes: [HTMLNode] = [.tag("h3", [], text: Self.externalTitle(external))]
    if !external.publishers.isEmpty {
      nodes.append(
        .tag(
          "p", [],
          text: "Published by " + external.publishers.joined(separator: ", ") + "."))
    }
    if let uri = external.uri {
      nodes.append(.tag("p", [.class("uri")], text: "Identifier: " + uri))
    }
    nodes += ProseWriter.blocks(external.description)
    nodes += external.scales.map(Self.levelTable)
    nodes.append(.tag("h4", [], text: "Competencies cited"))
    let cited = external.competencies.indices.compactMap { position -> HTMLNode? in
      let competency = external.competencies[position]
      let citing = citingCompetencies(external: external.id, competency: competency.id)
      guard !citing.isEmpty else { return nil }
      var line: [HTMLNode] = [
        .tag("span", [.class("cited-title")], text: competency.title), .text(" – cited in "),
      ]
      for (number, citer) in citing.enumerated() {
        if number > 0 { line.append(.text(", ")) }
        line.append(.tag("a", [.href("#" + citer.anchor)], text: citer.title))
      }
      let id = HTMLAttribute.id(anchors.id(.external, [index, position]))
      guard !competency.description.isEmpty else { return .tag("li", [id], line) }
      return .tag("li", [id], [.tag("p", [], line)] + ProseWriter.blocks(competency.description))
    }
    if cited.isEmpty {
      nodes.append(.tag("p", [], text: "No indicator in this handbook cites it."))
    } else {
      nodes.append(.tag("ul", [.class("cited")], cited))
    }
    return .tag("section", [.class("external"), .id(anchors.id(.external, [index]))], nodes)
  }

  /// The competencies of this framework with an indicator citing an external competency,
  /// in file order.
  private func citingCompetencies(external: String, competency: String) -> [(
    anchor: String, title: String
  )] {
    let key = Handbook.citationKey(external: external, competency: competency)
    return (citers[key] ?? []).compactMap { citer in
      guard let anchor = anchors.competency(id: citer.id) else { return nil }
      return (anchor, citer.title)
    }
  }

  /// The role profiles: each role's description and a table of the competencies it
  /// requires and the level expected of each.
  func rolesAppendix() -> HTMLNode {
    guard !framework.roles.isEmpty else { return .empty }
    let introduction = HTMLNode.tag(
      "p", [],
      text: "Each role profile names the competencies essential to the role and the level "
        + "expected for each.")
    return .tag(
      "section", [.class("appendix"), .id(HandbookAnchors.rolesAppendix)],
      [.tag("h2", [], text: Self.rolesAppendixTitle), introduction]
        + framework.roles.indices.map(role))
  }

  private func role(_ index: Int) -> HTMLNode {
    let role = framework.roles[index]
    let rows = role.requirements.map { requirement -> HTMLNode in
      let competency = requirement.competency.id.flatMap { competencies[$0] }
      let anchor = requirement.competency.id.flatMap { anchors.competency(id: $0) }
      let name = competency?.title ?? requirement.competency.name
      let level =
        competency.flatMap { c in
          requirement.level.id.map {
            levelName($0, code: requirement.level.name, of: c)
          }
        } ?? requirement.level.name
      let link: HTMLNode = anchor.map { .tag("a", [.href("#" + $0)], text: name) } ?? .text(name)
      return .tag(
        "tr", [],
        [.tag("th", [HTMLAttribute("scope", "row")], [link]), .tag("td", [], text: level)])
    }
    return .tag(
      "section", [.class("role"), .id(anchors.id(.role, [index]))],
      [
        Self.labelledHeading(3, label: role.label, title: role.title),
        descriptions(role.descriptions),
        rolePages(index),
        .tag(
          "table", [.class("requirements")],
          [
            .tag("caption", [], text: "\(role.title): competencies and levels expected"),
            .tag(
              "thead", [],
              [
                .tag(
                  "tr", [],
                  [
                    Self.columnHeader("Competency"),
                    Self.columnHeader("Level expected"),
                  ])
              ]),
            .tag("tbody", [], rows),
          ]),
      ])
  }

  /// Links to the role's own handbook and form, when they are written.
  private func rolePages(_ index: Int) -> HTMLNode {
    guard let roleFiles else { return .empty }
    return .tag(
      "p", [.class("role-pages")],
      [
        .text("The "),
        .tag("a", [.href(roleFiles.handbookLink(index))], text: "role handbook"),
        .text(" and the "),
        .tag(
          "a", [.href(roleFiles.formLink(index))], text: "self-assessment and appraisal form"),
        .text(" for this role."),
      ])
  }
}
