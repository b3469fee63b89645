import CFWModel

/// The printable self-assessment and appraisal form of one role
/// (`<name>/<role>-form.html`): the review's details, how to rate, then a block per
/// competency the role requires (its indicators at the level expected, a rating on the
/// framework's scale by employee and manager, and boxes for evidence and comments), and
/// a summary with signature lines.
///
/// Fields are ruled boxes to write in by hand, not form controls: the form is for paper,
/// and it has no scripts.
struct RoleForm {
  static let title = "Self-assessment and appraisal form"

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

  /// The document's markup.
  func html() -> [UInt8] {
    let heading = "\(role.title): \(Self.title.lowercased())"
    return HTMLDocument.markup(
      language: framework.language, title: "\(heading) – \(framework.title)",
      style: HandbookStyle.css + RoleStyle.css + HandbookStyle.pageTitleRule(heading),
      body: .tag(
        "body", [.class("role-page role-form")],
        [
          RoleHandbook.cover(
            kind: Self.title, role: role, framework: framework, files: context.files),
          main(),
        ]))
  }

  /// The details, the guide, a block per competency and the summary.
  func main() -> HTMLNode {
    .tag(
      "main", [],
      [details(), guide()] + profile.entries.map(competency) + [summary()])
  }

  /// Who is reviewed, by whom, and when.
  func details() -> HTMLNode {
    .tag(
      "section", [.class("form-details"), .id("review-details")],
      [
        .tag("h2", [], text: "Review details"),
        Self.fieldTable(
          caption: "Employee, manager and review period",
          rows: [
            ("Employee", nil), ("Job title", role.title), ("Manager", nil),
            ("Review period", nil), ("Date of review meeting", nil),
          ]),
      ])
  }

  /// How to fill the form in, and what each rating means.
  func guide() -> HTMLNode {
    let steps = [
      "Before the review meeting, read the indicators of each competency at the level "
        + "expected for the role. Tick or circle the rating that best matches your work over "
        + "the review period, and write down examples as evidence.",
      "Your manager rates each competency too, on the same scale.",
      "At the meeting, talk through the ratings and the evidence, and note comments on "
        + "each competency and the development you agree.",
      "Both of you sign and date the form.",
    ]
    var nodes: [HTMLNode] = [
      .tag("h2", [], text: "How to use this form"),
      .tag("ol", [], steps.map { .tag("li", [], text: $0) }),
    ]
    nodes += profile.scales.map(ratingKey)
    return .tag("section", [.class("form-guide"), .id("guide")], nodes)
  }

  /// The development agreed, both parties' comments and the signatures.
  func summary() -> HTMLNode {
    .tag(
      "section", [.class("form-summary"), .id("summary")],
      [
        .tag("h2", [], text: "Summary and development plan"),
        Self.writeIn("Development agreed", size: "tall"),
        .tag(
          "div", [.class("field-pair")],
          [
            Self.writeIn("Employee’s comments", size: "short"),
            Self.writeIn("Manager’s comments", size: "short"),
          ]),
        signatures(),
      ])
  }
}
