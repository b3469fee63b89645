import CFWModel

/// The printable handbook of one framework, as an HTML document: a cover, a table of
/// contents, the framework's contents in file order, then appendices describing the
/// frameworks its indicators cite and its role profiles.
///
/// The document is self-contained: its style sheet is inline, and it has no scripts,
/// images or fonts to fetch.
struct Handbook {
  let framework: Framework
  let anchors: HandbookAnchors
  /// The pages of the framework's roles, linked from the roles appendix; nil for none.
  let roleFiles: RoleFiles?
  /// What links to the handbook's anchors start with: empty in the handbook itself, the
  /// handbook's file on a role's page that shows its indicators.
  private(set) var linkBase: String
  /// The first competency with each identifier, so that a reference is looked up once,
  /// not by walking the framework.
  let competencies: [String: Competency]
  /// For each cited external competency (`framework-id competency-id`), the competencies
  /// of this framework whose indicators cite it, in file order.
  let citers: [String: [Competency]]
  /// The first scale with each identifier: the framework's scales are not stored but
  /// gathered from its contents each time they are asked for.
  let scales: [String: Scale]
  /// For each scale, the name of each of its levels (“Stage 1”), by the level's identifier.
  let levelNames: [String: [String: String]]

  init(_ framework: Framework, roleFiles: RoleFiles? = nil, linkBase: String = "") {
    self.framework = framework
    self.anchors = HandbookAnchors(framework)
    self.roleFiles = roleFiles
    self.linkBase = linkBase
    var scales: [String: Scale] = [:]
    var levelNames: [String: [String: String]] = [:]
    for scale in framework.scales where scales[scale.id] == nil {
      scales[scale.id] = scale
      var names: [String: String] = [:]
      for level in scale.levels where names[level.id] == nil {
        names[level.id] = scale.name(ofLevel: level.id)
      }
      levelNames[scale.id] = names
    }
    self.scales = scales
    self.levelNames = levelNames
    var competencies: [String: Competency] = [:]
    var citers: [String: [Competency]] = [:]
    for competency in framework.allCompetencies {
      if competencies[competency.id] == nil { competencies[competency.id] = competency }
      var cited = Set<String>()
      for indicator in competency.allIndicators {
        for reference in indicator.references {
          guard let external = reference.framework?.id, let target = reference.competency.id
          else { continue }
          let key = Handbook.citationKey(external: external, competency: target)
          if cited.insert(key).inserted { citers[key, default: []].append(competency) }
        }
      }
    }
    self.competencies = competencies
    self.citers = citers
  }

  static func citationKey(external: String, competency: String) -> String {
    external + " " + competency
  }

  /// The same handbook with links that lead into its file from a page elsewhere.
  func linked(from linkBase: String) -> Handbook {
    var handbook = self
    handbook.linkBase = linkBase
    return handbook
  }

  /// The scale a competency's levels belong to.
  func scale(of competency: Competency) -> Scale? {
    competency.scaleID.flatMap { scales[$0] }
  }

  /// A level of a competency's scale by name (“Stage 1”), or the code as written when the
  /// level is not in the scale.
  func levelName(_ levelID: String, code: String, of competency: Competency) -> String {
    competency.scaleID.flatMap { levelNames[$0]?[levelID] } ?? code
  }

  /// A link to an anchor of the handbook.
  func link(_ anchor: String) -> HTMLAttribute { .href(linkBase + "#" + anchor) }

  /// The whole document's markup: a head with the metadata and the inline style sheet, and
  /// a body of cover, contents and main text.
  func html() -> [UInt8] {
    // The handbook is about one and a half times the framework's source; pages reserved
    // but not written cost no memory.
    HTMLDocument.markup(
      language: framework.language, title: framework.title,
      style: HandbookStyle.css + HandbookStyle.pageTitleRule(framework.title),
      capacity: max(1 << 16, 2 * (framework.origin.file?.bytes.count ?? 0))
    ) { writer, depth in
      writer.block("body", depth: depth) { writer, depth in
        writer.write(cover(), depth: depth)
        writer.write(contents(), depth: depth)
        writeMain(to: &writer, depth: depth)
      }
    }
  }

  /// The framework's contents in file order, then the appendices. Groups are written a
  /// member at a time, so that the markup of a large framework is never held as one tree.
  func writeMain(to writer: inout HTMLWriter, depth: Int) {
    writer.block("main", depth: depth) { writer, depth in
      for (index, content) in framework.contents.enumerated() {
        switch content {
        case .section(let section):
          writer.write(self.section(section, path: [index], level: 2), depth: depth)
        case .values(let values): writer.write(valueList(values, path: [index]), depth: depth)
        case .scale(let scale): writer.write(self.scale(scale, path: [index]), depth: depth)
        case .group(let group):
          writeGroup(group, path: [index], level: 2, to: &writer, depth: depth)
        case .competency(let competency):
          writer.write(self.competency(competency, path: [index], level: 2), depth: depth)
        }
      }
      writer.write(frameworksAppendix(), depth: depth)
      writer.write(rolesAppendix(), depth: depth)
    }
  }

  /// A heading element at a level from 1 to 6; deeper levels stay at 6.
  static func heading(_ level: Int, _ attributes: [HTMLAttribute] = [], _ children: [HTMLNode])
    -> HTMLNode
  {
    .tag("h\(min(max(level, 1), 6))", attributes, children)
  }

  /// A heading with its label: a number before the title (“1 Seeing the big picture”), a
  /// name above it, with a separator that only assistive technology reads (“Dimension 6:
  /// Creating the vision”).
  static func labelledHeading(_ level: Int, label: String?, title: String) -> HTMLNode {
    guard let label, !label.isEmpty else { return heading(level, [], [.text(title)]) }
    let separator = HandbookText.labelSeparator(label)
    guard separator == ": " else {
      return heading(
        level, [], [.tag("span", [.class("number")], text: label), .text(separator + title)])
    }
    return heading(
      level, [],
      [
        .tag("span", [.class("label")], text: label),
        .tag("span", [.class("visually-hidden")], text: separator),
        .text(title),
      ])
  }

  /// Descriptions, those for one audience tagged with it (“For leaders”).
  func descriptions(_ descriptions: [Description]) -> HTMLNode {
    .fragment(
      descriptions.map { description in
        guard let audience = description.audience else {
          return .tag("div", [.class("description")], ProseWriter.blocks(description.blocks))
        }
        return .tag(
          "div", [.class("description for-audience")],
          [.tag("p", [.class("audience-tag")], text: HandbookText.audience(audience))]
            + ProseWriter.blocks(description.blocks))
      })
  }

  /// A note of who a group or competency is for.
  static func audienceNote(_ audience: String?) -> HTMLNode {
    guard let audience else { return .empty }
    return .tag("p", [.class("audience")], text: HandbookText.audience(audience))
  }
}
