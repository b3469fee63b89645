import CFWModel

/// Writes a framework as the CSV file that Moodle imports as a competency framework
/// (Site administration › Competencies › Import competency framework, the
/// `tool_lpimportcsv` plugin), `<name>.csv`.
///
/// The first row is the framework, with its scale; then the groups, competencies and
/// indicators follow as a tree of Moodle competencies, each naming its parent's ID
/// number. See `docs/interop.md`.
public struct MoodleEmitter: Emitter {
  /// The columns, in the order and with the English headings of Moodle's own export.
  /// Moodle reads the columns by position.
  public static let header = [
    "Parent ID number", "ID number", "Short name", "Description", "Description format",
    "Scale values", "Scale configuration", "Rule type (optional)", "Rule outcome (optional)",
    "Rule config (optional)", "Cross-referenced competency ID numbers", "Exported ID (optional)",
    "Is framework", "Taxonomy",
  ]

  /// The longest short name and ID number Moodle keeps, in characters.
  public static let maximumLength = 100

  public init() {}

  /// Always `.moodle`.
  public var format: OutputFormat { .moodle }

  /// One file, `<name>.csv`.
  public func emit(_ framework: Framework, name: String) -> [OutputFile] {
    [OutputFile(path: name + ".csv", contents: table(framework).bytes())]
  }

  /// The framework as Moodle's import table.
  package func table(_ framework: Framework) -> CSVTable {
    var writer = MoodleRows(framework: framework)
    writer.addMembers(framework.members, parent: "", depth: 1)
    let scale = framework.scales.first.map(MoodleScale.init) ?? .fallback
    let frameworkRow = [
      "", Self.idNumber(framework.id), Self.shorten(framework.title),
      MoodleDescription.framework(framework), "1", scale.valuesText, scale.configuration, "", "",
      "", "", "", "1", writer.taxonomies.joined(separator: ","),
    ]
    return CSVTable(header: Self.header, rows: [frameworkRow] + writer.rows)
  }

  /// An ID number of at most ``maximumLength`` characters. An identifier that is too long
  /// is cut before its suffix (an indicator's number), so that ID numbers stay apart.
  static func idNumber(_ id: String, suffix: String = "") -> String {
    String(id.prefix(maximumLength - suffix.count)) + suffix
  }

  /// Text cut to ``maximumLength`` characters at a space, ending in “…”, if it is longer.
  static func shorten(_ text: String) -> String {
    guard text.count > maximumLength else { return text }
    let kept = text.prefix(maximumLength - 1)
    let cut = kept.lastIndex(of: " ").map { kept[..<$0] } ?? kept
    return cut.trimmingSuffix { $0 == " " || $0 == "," || $0 == ";" } + "…"
  }
}

/// The rows below the framework row, built depth first.
private struct MoodleRows {
  let framework: Framework
  /// Scales, competencies and external frameworks by identifier.
  let index: FrameworkIndex
  let firstScaleID: String?
  /// The framework's indicators by competency identifier.
  let indicators: [String: [LocatedIndicator]]
  var rows: [[String]] = []
  /// Moodle's term for each depth of the tree, from the first node met at that depth.
  var taxonomies: [String] = []

  init(framework: Framework) {
    self.framework = framework
    index = FrameworkIndex(framework)
    firstScaleID = framework.scales.first?.id
    indicators = Dictionary(grouping: LocatedIndicator.all(in: framework), by: \.competency.id)
  }

  /// Adds a row. `id`, `parent` and `related` are ID numbers (see `MoodleEmitter.idNumber`).
  mutating func add(
    parent: String, id: String, name: String, description: [HTMLNode], scale: MoodleScale? = nil,
    related: [String] = [], depth: Int, term: String
  ) {
    if taxonomies.count < depth { taxonomies.append(term) }
    var unique: [String] = []
    for id in related where !unique.contains(id) { unique.append(id) }
    rows.append([
      parent, id, MoodleEmitter.shorten(name),
      MoodleDescription.render(description), "1", scale?.valuesText ?? "",
      scale?.configuration ?? "",
      "", "0", "null", unique.joined(separator: ","), "", "", "",
    ])
  }

  mutating func addMembers(_ members: [Member], parent: String, depth: Int) {
    for member in members {
      switch member {
      case .group(let group):
        let id = MoodleEmitter.idNumber(group.id)
        add(
          parent: parent, id: id, name: group.title,
          description: MoodleDescription.descriptions(group.descriptions, audience: group.audience),
          depth: depth, term: "domain")
        addMembers(group.members, parent: id, depth: depth + 1)
      case .competency(let competency):
        addCompetency(competency, parent: parent, depth: depth)
      }
    }
  }

  mutating func addCompetency(_ competency: Competency, parent: String, depth: Int) {
    var description = MoodleDescription.descriptions(
      competency.descriptions, audience: competency.audience)
    for list in competency.behaviours {
      description += MoodleDescription.list(list.title, list.items.map(\.text))
    }
    // Moodle gives a competency the framework's scale unless it names another.
    let scale =
      competency.scaleID == firstScaleID
      ? nil : competency.scaleID.flatMap(index.scale(id:)).map(MoodleScale.init)
    let id = MoodleEmitter.idNumber(competency.id)
    add(
      parent: parent, id: id, name: competency.title, description: description, scale: scale,
      related: competency.related.compactMap(\.id).map { MoodleEmitter.idNumber($0) },
      depth: depth, term: "competency")
    for located in indicators[competency.id] ?? [] {
      let references = located.indicator.references.filter { $0.framework == nil }
      add(
        parent: id, id: MoodleEmitter.idNumber(competency.id, suffix: ".\(located.number)"),
        name: located.indicator.text, description: indicatorDescription(located),
        related: references.compactMap(\.competency.id).map { MoodleEmitter.idNumber($0) },
        depth: depth + 1, term: "indicator")
    }
  }

  /// The indicator's text, then its level, theme, list and references.
  func indicatorDescription(_ located: LocatedIndicator) -> [HTMLNode] {
    var details: [String] = []
    if let level = located.level {
      details.append("Level: " + level.displayName + (located.levelTitle.map { " – " + $0 } ?? ""))
    }
    if let theme = located.theme { details.append("Theme: " + theme.title) }
    if located.indicator.polarity == .negative {
      details.append("Negative indicator" + (located.listTitle.map { ": " + $0 } ?? ""))
    } else if let list = located.listTitle {
      details.append("At every level: " + list)
    } else if located.level == nil {
      details.append("At every level")
    }
    if !located.indicator.references.isEmpty {
      details.append(
        "References: " + ReferenceText.describe(located.indicator.references, in: index))
    }
    return [.tag("p", text: located.indicator.text)] + MoodleDescription.list(nil, details)
  }
}

extension Substring {
  /// The text without the trailing characters that match.
  fileprivate func trimmingSuffix(while matches: (Character) -> Bool) -> String {
    var end = endIndex
    while end > startIndex, matches(self[index(before: end)]) { end = index(before: end) }
    return String(self[..<end])
  }
}
