import CFWModel

extension RoleForm {
  /// A table of labelled boxes to write in, a value printed where it is known.
  static func fieldTable(caption: String, rows: [(label: String, value: String?)]) -> HTMLNode {
    .tag(
      "table", [.class("fields")],
      [
        .tag("caption", [], text: caption),
        .tag(
          "tbody", [],
          rows.map { row in
            .tag(
              "tr", [],
              [
                .tag("th", [HTMLAttribute("scope", "row")], text: row.label),
                .tag("td", [], row.value.map { [.text($0)] } ?? []),
              ])
          }),
      ])
  }

  /// A ruled box to write in, under its heading. `size` is `short`, `medium` or `tall`.
  static func writeIn(_ label: String, size: String) -> HTMLNode {
    .tag(
      "div", [.class("field")],
      [
        .tag("h3", [], text: label),
        .tag("div", [.class("write-in " + size)]),
      ])
  }

  /// Lines for the employee's and the manager's name, signature and date.
  func signatures() -> HTMLNode {
    let columns = ["Name", "Signature", "Date"]
    return .tag(
      "table", [.class("signatures")],
      [
        .tag("caption", [], text: "Signatures"),
        .tag(
          "thead", [],
          [
            .tag(
              "tr", [], [Handbook.columnHeader("Signed by")] + columns.map(Handbook.columnHeader))
          ]),
        .tag(
          "tbody", [],
          ["Employee", "Manager"].map { signer in
            .tag(
              "tr", [],
              [.tag("th", [HTMLAttribute("scope", "row")], text: signer)]
                + columns.map { _ in .tag("td", []) })
          }),
      ])
  }

  /// What each rating of a scale means: a level's label and description, or, for one
  /// that has none, that it matches the indicators at that level; a mid-point, the levels
  /// it falls between.
  func ratingKey(_ scale: Scale) -> HTMLNode {
    let rows = scale.levels.indices.map { position -> HTMLNode in
      let level = scale.levels[position]
      var meaning: [HTMLNode]
      if level.isMidpoint {
        meaning = [.tag("p", [], text: Self.midpointMeaning(scale, at: position))]
      } else {
        meaning = []
        if let label = level.label, label != scale.name(ofLevel: level.id) ?? level.code {
          meaning.append(.tag("p", [.class("cell-title")], text: label))
        }
        meaning += ProseWriter.blocks(level.description)
        let name = scale.name(ofLevel: level.id) ?? level.code
        meaning.append(.tag("p", [], text: "Shows the behaviours of \(name)."))
      }
      return .tag(
        "tr", level.isMidpoint ? [.class("midpoint")] : [],
        [
          .tag("th", [HTMLAttribute("scope", "row")], text: level.code),
          .tag("td", [], meaning),
        ])
    }
    return .tag(
      "table", [.class("rating-key")],
      [
        .tag("caption", [], text: "\(scale.title): what each rating means"),
        .tag(
          "thead", [],
          [.tag("tr", [], [Handbook.columnHeader("Rating"), Handbook.columnHeader("Meaning")])]),
        .tag("tbody", [], rows),
      ])
  }

  /// “Mid-point rating, between Level B and Level D”; at an end of the scale, “above” or
  /// “below” the level next to it, by seniority.
  static func midpointMeaning(_ scale: Scale, at position: Int) -> String {
    let before = scale.levels[..<position].last { !$0.isMidpoint }
    let after = scale.levels[(position + 1)...].first { !$0.isMidpoint }
    func name(_ level: Level) -> String { scale.name(ofLevel: level.id) ?? level.code }
    switch (before, after) {
    case (let before?, let after?):
      return "Mid-point rating, between \(name(before)) and \(name(after))."
    case (nil, let after?):
      let side = scale.seniority == .descending ? "above" : "below"
      return "Mid-point rating, \(side) \(name(after))."
    case (let before?, nil):
      let side = scale.seniority == .descending ? "below" : "above"
      return "Mid-point rating, \(side) \(name(before))."
    case (nil, nil):
      return "Mid-point rating."
    }
  }
}
