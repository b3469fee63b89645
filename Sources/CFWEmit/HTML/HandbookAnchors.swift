import CFWModel

/// The `id` of every part of a handbook that can be linked to.
///
/// Each id is the part's identifier with a prefix naming its kind (`competency-self-belief`,
/// `group-personal-qualities`), so that a group and a competency of the same title never
/// collide. Parts are numbered by their position in the framework, so the table of contents
/// and the body agree; should two parts of one kind share an identifier, the later gets
/// `-2`, `-3`, ….
struct HandbookAnchors {
  /// What an anchor belongs to: a kind and the part's position in the framework.
  struct Key: Hashable {
    enum Kind: String {
      case section, values, scale, group, competency, role, external
    }
    var kind: Kind
    /// Indexes: in `contents`, then in a section's parts or a group's members; in `roles`;
    /// in `externals`, then in its competencies.
    var path: [Int]
  }

  /// Fixed ids, none starting with a kind prefix.
  static let contents = "contents"
  static let contentsTitle = "contents-title"
  static let frameworksAppendix = "appendix-frameworks"
  static let rolesAppendix = "appendix-roles"

  private var ids: [Key: String] = [:]
  private var used: Set<String> = [
    contents, contentsTitle, frameworksAppendix, rolesAppendix,
  ]
  /// The anchor of the first competency with each identifier, for links.
  private var competencyIDs: [String: String] = [:]
  private var externalCompetencyIDs: [String: String] = [:]

  init(_ framework: Framework) {
    for (index, content) in framework.contents.enumerated() {
      switch content {
      case .section(let section): addSection(section, path: [index])
      case .values(let values): add(.values, values.id, path: [index])
      case .scale(let scale): add(.scale, scale.id, path: [index])
      case .group(let group): addMember(.group(group), path: [index])
      case .competency(let competency): addMember(.competency(competency), path: [index])
      }
    }
    for (index, role) in framework.roles.enumerated() { add(.role, role.id, path: [index]) }
    for (index, external) in framework.externals.enumerated() {
      add(.external, external.id, path: [index])
      for (position, competency) in external.competencies.enumerated() {
        // `_` never occurs in an identifier, so framework and competency stay apart.
        let id = add(.external, external.id + "_" + competency.id, path: [index, position])
        let key = external.id + "_" + competency.id
        if externalCompetencyIDs[key] == nil { externalCompetencyIDs[key] = id }
      }
    }
  }

  /// The anchor of the part of this kind at this position.
  func id(_ kind: Key.Kind, _ path: [Int]) -> String {
    guard let id = ids[Key(kind: kind, path: path)] else {
      preconditionFailure("no anchor for \(kind) at \(path)")
    }
    return id
  }

  /// The anchor of the competency with this identifier, if the framework has it.
  func competency(id: String) -> String? { competencyIDs[id] }

  /// The anchor of an external framework's competency, if it is declared.
  func externalCompetency(framework: String, competency: String) -> String? {
    externalCompetencyIDs[framework + "_" + competency]
  }

  private mutating func addSection(_ section: Section, path: [Int]) {
    add(.section, section.id, path: path)
    for (index, part) in section.parts.enumerated() {
      if case .section(let subsection) = part { addSection(subsection, path: path + [index]) }
    }
  }

  private mutating func addMember(_ member: Member, path: [Int]) {
    switch member {
    case .competency(let competency):
      let id = add(.competency, competency.id, path: path)
      if competencyIDs[competency.id] == nil { competencyIDs[competency.id] = id }
    case .group(let group):
      add(.group, group.id, path: path)
      for (index, child) in group.members.enumerated() { addMember(child, path: path + [index]) }
    }
  }

  @discardableResult
  private mutating func add(_ kind: Key.Kind, _ identifier: String, path: [Int]) -> String {
    let base = kind.rawValue + "-" + identifier
    var id = base
    var counter = 2
    while used.contains(id) {
      id = base + "-\(counter)"
      counter += 1
    }
    used.insert(id)
    ids[Key(kind: kind, path: path)] = id
    return id
  }
}
