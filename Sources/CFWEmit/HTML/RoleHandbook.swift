import CFWModel

/// The handbook of one role, a page beside the framework's handbook
/// (`<name>/<role>.html`): the competencies essential to the role, each at the level
/// expected, with the level above to develop towards and the level below, and links back
/// to the framework's handbook and on to the role's form.
///
/// Like the framework's handbook, it is self-contained and has no scripts.
struct RoleHandbook {
  static let summaryAnchor = "role-summary"

  let context: RoleContext
  let profile: RoleProfile
  /// The role's position in the framework's roles.
  let index: Int

  init(_ context: RoleContext, role index: Int) {
    self.context = context
    self.profile = RoleProfile(context.framework.roles[index], in: context)
    self.index = index
  }

  var role: Role { profile.role }
  var framework: Framework { context.framework }
  var files: RoleFiles { context.files }
  /// The framework's handbook, whose helpers write the indicators.
  var handbook: Handbook { context.handbook }

  /// The document's markup.
  func html() -> [UInt8] {
    let heading = "\(role.title) – role profile"
    return HTMLDocument.markup(
      language: framework.language, title: "\(heading) – \(framework.title)",
      style: HandbookStyle.css + RoleStyle.css + HandbookStyle.pageTitleRule(heading),
      body: .tag("body", [.class("role-page")], [cover(), contents(), main()]))
  }

  /// The cover: what the page is, the role, and the framework it comes from.
  func cover() -> HTMLNode {
    RoleHandbook.cover(kind: "Role profile", role: role, framework: framework, files: files)
  }

  /// The cover of a role's page: the kind of page, the role as the `h1`, and the
  /// framework linked to its handbook, with its publishers and date.
  static func cover(kind: String, role: Role, framework: Framework, files: RoleFiles) -> HTMLNode {
    var publication: [HTMLNode] = [
      .tag(
        "p", [.class("framework-title")],
        [.tag("a", [.href(files.frameworkLink)], text: framework.title)])
    ]
    if !framework.publishers.isEmpty {
      publication.append(
        .tag("p", [.class("publisher")], text: framework.publishers.joined(separator: ", ")))
    }
    if let date = framework.date {
      publication.append(.tag("p", [.class("date")], text: HandbookText.date(date)))
    }
    return .tag(
      "header", [.class("cover role-cover")],
      [
        .tag("p", [.class("kind")], text: kind),
        Handbook.labelledHeading(1, label: role.label, title: role.title),
        .tag("div", [.class("publication")], publication),
      ])
  }

  /// The contents: the summary, each competency with its level, and the form.
  func contents() -> HTMLNode {
    var entries: [HTMLNode] = [
      .tag("li", [], [.tag("a", [.href("#" + Self.summaryAnchor)], text: "About this role")])
    ]
    for entry in profile.entries {
      entries.append(
        .tag(
          "li", [],
          [.tag("a", [.href("#" + entry.anchor)], text: "\(entry.title) – \(entry.expected.name)")])
      )
    }
    entries.append(
      .tag(
        "li", [],
        [
          .tag(
            "a", [.href(RoleFiles.formFile(files.names[index]))],
            text: "Self-assessment and appraisal form")
        ]))
    return .tag(
      "nav",
      [
        .class("contents"), .id(HandbookAnchors.contents),
        HTMLAttribute("aria-labelledby", HandbookAnchors.contentsTitle),
      ],
      [
        .tag("h2", [.id(HandbookAnchors.contentsTitle)], text: "Contents"),
        .tag("ol", [], entries),
      ])
  }

  /// The summary, then a section per competency.
  func main() -> HTMLNode {
    .tag("main", [], [summary()] + profile.entries.map(competency))
  }

  /// What the role is, what the page shows and how levels run, and a table of the
  /// competencies and levels.
  func summary() -> HTMLNode {
    let count = profile.entries.count
    var nodes: [HTMLNode] = [
      .tag("h2", [], text: "About this role"),
      handbook.descriptions(role.descriptions),
      .tag(
        "p", [],
        text: "This profile sets out the \(count == 1 ? "competency" : "\(count) competencies") "
          + "essential to the role and the level expected for each. Under each competency come "
          + "the indicators at the level expected, then, for development, those of the level "
          + "above and of the level below."),
    ]
    nodes += seniorityNotes()
    nodes.append(requirementsTable())
    nodes.append(
      .tag(
        "p", [],
        [
          .text("To record a self-assessment or an appraisal, print the "),
          .tag(
            "a", [.href(RoleFiles.formFile(files.names[index]))],
            text: "self-assessment and appraisal form"),
          .text(". Every competency, at every level, is in the "),
          .tag("a", [.href(files.frameworkLink)], text: "framework’s handbook"),
          .text("."),
        ]))
    return .tag("section", [.class("role-summary"), .id(Self.summaryAnchor)], nodes)
  }

  /// Which end of each scale is the senior one, and that mid-points are passed over.
  func seniorityNotes() -> [HTMLNode] {
    let scales = profile.scales
    return scales.map { scale in
      .tag("p", [], text: Self.seniorityNote(scale, named: scales.count > 1))
    }
  }

  /// “Level 1 is the most senior level: the level above is the next one towards it.”,
  /// naming the scale when the role uses several, and listing the mid-points.
  static func seniorityNote(_ scale: Scale, named: Bool) -> String {
    var sentences: [String] = []
    let described = scale.levels.filter { !$0.isMidpoint }
    let senior = scale.seniority == .descending ? described.first : described.last
    if let senior, let name = scale.name(ofLevel: senior.id) {
      let of = named ? " of the scale ‘\(scale.title)’" : ""
      sentences.append(
        "\(name) is the most senior \(scale.term)\(of): the \(scale.term) above is the next "
          + "one towards it.")
    }
    let midpoints = scale.levels.filter(\.isMidpoint).map(\.code)
    if !midpoints.isEmpty {
      sentences.append(
        "Mid-point ratings (\(midpoints.joined(separator: ", "))) carry no indicators and are "
          + "passed over.")
    }
    return sentences.joined(separator: " ")
  }

  /// The competencies, each linked to its section, with its group (when the framework has
  /// groups) and the level expected.
  func requirementsTable() -> HTMLNode {
    let groups = profile.entries.map { entry in
      entry.competency.flatMap { context.groupTitles[$0.id] }
    }
    let hasGroups = groups.contains { $0 != nil }
    let rows = profile.entries.indices.map { position -> HTMLNode in
      let entry = profile.entries[position]
      var cells: [HTMLNode] = [
        .tag(
          "th", [HTMLAttribute("scope", "row")],
          [.tag("a", [.href("#" + entry.anchor)], text: entry.title)])
      ]
      if hasGroups { cells.append(.tag("td", [], text: groups[position] ?? "")) }
      cells.append(.tag("td", [], text: entry.expected.name))
      return .tag("tr", [], cells)
    }
    var head = [Handbook.columnHeader("Competency")]
    if hasGroups { head.append(Handbook.columnHeader("Group")) }
    head.append(Handbook.columnHeader("Level expected"))
    return .tag(
      "table", [.class("requirements")],
      [
        .tag("caption", [], text: "\(role.title): competencies and levels expected"),
        .tag("thead", [], [.tag("tr", [], head)]),
        .tag("tbody", [], rows),
      ])
  }
}
