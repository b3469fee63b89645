import CFWModel

/// Maps a framework onto a CASE package: the document, the scales and their levels, the
/// groups, and (in `CASEPackageBuilder+Competencies.swift`) the competencies.
///
/// Items come out depth first in file order, each followed by its associations, so the
/// same framework always gives the same package. Sections and value lists are prose for
/// the handbook and role profiles are not part of the framework's tree: neither is written.
struct CASEPackageBuilder {
  let framework: Framework
  /// Scales, competencies and external frameworks by identifier.
  let index: FrameworkIndex
  let names: CASENames
  let dateTime: String
  private(set) var items: [CASEPackage.Item] = []
  private(set) var associations: [CASEPackage.Association] = []
  /// How many associations have each URI so far, to tell repeated ones apart.
  private var associationCounts: [String: Int] = [:]

  private init(_ framework: Framework) {
    self.framework = framework
    index = FrameworkIndex(framework)
    names = CASENames(framework)
    dateTime = CASENames.dateTime(framework.date)
  }

  /// The package of a framework.
  static func build(_ framework: Framework) -> CASEPackage {
    var builder = CASEPackageBuilder(framework)
    let document = builder.documentNode
    var sequence = 0
    for content in framework.contents {
      switch content {
      case .scale(let scale):
        sequence += 1
        builder.addScale(scale, parent: document, sequence: sequence)
      case .group(let group):
        sequence += 1
        builder.addGroup(group, parent: document, sequence: sequence)
      case .competency(let competency):
        sequence += 1
        builder.addCompetency(competency, parent: document, sequence: sequence)
      case .section, .values:
        continue
      }
    }
    let used = Set(builder.items.map(\.type))
    return CASEPackage(
      document: builder.document, items: builder.items, associations: builder.associations,
      itemTypes: CASEItemType.allCases.filter(used.contains), licence: builder.licence)
  }

  var documentNode: CASEPackage.Node { names.node("", title: framework.title) }

  var document: CASEPackage.Document {
    let publishers =
      framework.publishers.isEmpty ? nil : framework.publishers.joined(separator: "; ")
    return CASEPackage.Document(
      node: documentNode, creator: publishers ?? "Unknown", lastChangeDateTime: dateTime,
      publisher: publishers, description: framework.subtitle, language: framework.language,
      version: framework.version)
  }

  /// The licence notes as one `CFLicense`, if there are any.
  var licence: CASEPackage.Licence? {
    guard !framework.licences.isEmpty else { return nil }
    return CASEPackage.Licence(
      node: names.node("licence", title: "Licence: " + framework.title),
      text: framework.licences.joined(separator: "\n"), lastChangeDateTime: dateTime)
  }

  // MARK: - Items and associations

  /// Adds an item at `path` and its `isChildOf` association, and returns its node.
  @discardableResult
  mutating func addItem(
    _ path: String, _ type: CASEItemType, statement: String, code: String? = nil,
    notes: String? = nil, parent: CASEPackage.Node, sequence: Int
  ) -> CASEPackage.Node {
    let node = names.node(path, title: statement)
    items.append(
      CASEPackage.Item(
        node: node, type: type, humanCodingScheme: code, notes: notes,
        language: framework.language, lastChangeDateTime: dateTime))
    associate(.isChildOf, node, parent, sequence: sequence)
    return node
  }

  /// Adds an association. Its URI names its type, origin and destination; a repeat of the
  /// same three gets a number.
  mutating func associate(
    _ type: CASEPackage.AssociationType, _ origin: CASEPackage.Node,
    _ destination: CASEPackage.Node, sequence: Int? = nil, notes: String? = nil
  ) {
    var uri = names.uri(
      "association/\(type.rawValue)/\(origin.identifier)/\(destination.identifier)")
    let count = associationCounts[uri, default: 0] + 1
    associationCounts[uri] = count
    if count > 1 { uri += "/\(count)" }
    associations.append(
      CASEPackage.Association(
        identifier: UUIDv5.make(uri: uri), type: type, sequenceNumber: sequence, uri: uri,
        origin: origin, destination: destination, lastChangeDateTime: dateTime, notes: notes))
  }

  // MARK: - Scales and groups

  /// A scale, its levels as children, and `precedes` from each level to the next more
  /// senior one.
  mutating func addScale(_ scale: Scale, parent: CASEPackage.Node, sequence: Int) {
    let node = addItem(
      "scale/\(scale.id)", .scale, statement: scale.title, notes: Self.text(scale.description),
      parent: parent, sequence: sequence)
    var levels: [CASEPackage.Node] = []
    for (index, level) in scale.levels.enumerated() {
      var notes = Self.text(level.description)
      if level.isMidpoint {
        notes = [
          notes, "A mid-point rating: it is used in ratings and has no indicators of its own.",
        ]
        .compactMap { $0 }.joined(separator: "\n\n")
      }
      levels.append(
        addItem(
          levelPath(scale, level), .level, statement: level.displayName, code: level.code,
          notes: notes, parent: node, sequence: index + 1))
    }
    let progression = scale.seniority == .ascending ? levels : levels.reversed()
    for (earlier, later) in zip(progression, progression.dropFirst()) {
      associate(.precedes, earlier, later)
    }
  }

  func levelPath(_ scale: Scale, _ level: Level) -> String { "scale/\(scale.id)/level/\(level.id)" }

  /// The node of a level of a scale of the framework, if both resolve.
  func levelNode(scaleID: String?, levelID: String?) -> CASEPackage.Node? {
    guard let scale = scaleID.flatMap(index.scale(id:)),
      let level = levelID.flatMap(scale.level(id:))
    else { return nil }
    return names.node(levelPath(scale, level), title: level.displayName)
  }

  mutating func addGroup(_ group: Group, parent: CASEPackage.Node, sequence: Int) {
    let node = addItem(
      "group/\(group.id)", .group, statement: group.title, code: group.label,
      notes: Self.notes(group.descriptions, audience: group.audience), parent: parent,
      sequence: sequence)
    for (index, member) in group.members.enumerated() {
      switch member {
      case .group(let inner): addGroup(inner, parent: node, sequence: index + 1)
      case .competency(let competency): addCompetency(competency, parent: node, sequence: index + 1)
      }
    }
  }

  // MARK: - Text

  /// Descriptions as plain text, a paragraph each; the part for one audience under a line
  /// “For leaders:”.
  static func notes(_ descriptions: [Description], audience: String? = nil) -> String? {
    var paragraphs: [String] = []
    if let audience { paragraphs.append("Audience: " + audience) }
    for description in descriptions {
      guard let text = text(description.blocks) else { continue }
      paragraphs.append(description.audience.map { "For \($0):\n" + text } ?? text)
    }
    return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
  }

  /// Prose as plain text: paragraphs apart by a blank line, list items on lines of their
  /// own starting `- ` or `1. `.
  static func text(_ blocks: [ProseBlock]) -> String? {
    guard !blocks.isEmpty else { return nil }
    return blocks.map { block in
      switch block {
      case .paragraph(let inlines):
        return Inline.plainText(inlines)
      case .list(let ordered, let items):
        return items.enumerated().map { index, item in
          (ordered ? "\(index + 1). " : "- ") + (text(item) ?? "")
        }.joined(separator: "\n")
      }
    }.joined(separator: "\n\n")
  }
}
