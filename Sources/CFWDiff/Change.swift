/// One difference between two versions of a framework.
///
/// Entities (scales, levels, groups, competencies, themes, roles) are matched by
/// identifier; statements (indicators, behaviours, negative indicators) by text and place.
/// Each case names where the change stands in the newer version when it still exists
/// there.
public enum Change: Sendable, Hashable {
  /// A metadata field changed; a single field has at most one value.
  case metadataChanged(MetadataField, old: [String], new: [String])
  /// An entity was added. `container` is where: the scale of a level, the competency of a
  /// theme, the group of a group or competency (nil at the top level).
  case added(Entity, in: Entity?)
  /// An entity was removed (and its identifier with it).
  case removed(Entity, in: Entity?)
  /// An entity kept its identifier and changed its title.
  case renamed(Entity, oldTitle: String, in: Entity?)
  /// An entity was recognised (by its title or its content) under a new identifier: an
  /// explicit `{#id}` changed, or a title change changed the derived identifier.
  case identifierChanged(Entity, oldID: String, oldTitle: String, in: Entity?)
  /// A competency or group moved to another group, or a theme to another competency.
  case moved(Entity, from: Entity?, to: Entity?)
  /// A statement was added.
  case statementAdded(Statement)
  /// A statement was removed. Its place is named as in the newer version.
  case statementRemoved(Statement)
  /// A statement with the same text stands somewhere else: another level, theme or
  /// competency.
  case statementMoved(Statement, from: Place)
  /// A statement in the same place was reworded; `words` compares the old text with the
  /// new one word by word.
  case statementReworded(Statement, oldText: String, words: [WordDiff.Run])
  /// A role requires one more competency.
  case requirementAdded(role: Entity, competency: Entity, level: String)
  /// A role no longer requires a competency.
  case requirementRemoved(role: Entity, competency: Entity, level: String)
  /// A role requires a competency at another level.
  case requirementChanged(role: Entity, competency: Entity, oldLevel: String, newLevel: String)

  /// How a change is counted in a summary.
  public enum Category: String, Sendable, Hashable, CaseIterable {
    case added, removed, moved, reworded, renamed, changed
  }

  public var category: Category {
    switch self {
    case .metadataChanged, .requirementChanged: .changed
    case .added, .statementAdded, .requirementAdded: .added
    case .removed, .statementRemoved, .requirementRemoved: .removed
    case .renamed, .identifierChanged: .renamed
    case .moved, .statementMoved: .moved
    case .statementReworded: .reworded
    }
  }

  /// Whether the change breaks readers that store identifiers: an identifier removed or
  /// changed (a scale, level, group, competency, theme or role). Additions, moves,
  /// renames that keep the identifier and every statement change are not breaking.
  public var isBreaking: Bool {
    switch self {
    case .removed, .identifierChanged: true
    default: false
    }
  }

  /// The kind of change as one word pair, the `kind` of the JSON output:
  /// `competency-renamed`, `indicator-moved`, `negative-indicator-added`.
  public var kind: String {
    switch self {
    case .metadataChanged: "metadata-changed"
    case .added(let entity, _): "\(entity.kind.rawValue)-added"
    case .removed(let entity, _): "\(entity.kind.rawValue)-removed"
    case .renamed(let entity, _, _): "\(entity.kind.rawValue)-renamed"
    case .identifierChanged(let entity, _, _, _): "\(entity.kind.rawValue)-identifier-changed"
    case .moved(let entity, _, _): "\(entity.kind.rawValue)-moved"
    case .statementAdded(let statement): "\(statement.kind.rawValue)-added"
    case .statementRemoved(let statement): "\(statement.kind.rawValue)-removed"
    case .statementMoved(let statement, _): "\(statement.kind.rawValue)-moved"
    case .statementReworded(let statement, _, _): "\(statement.kind.rawValue)-reworded"
    case .requirementAdded: "requirement-added"
    case .requirementRemoved: "requirement-removed"
    case .requirementChanged: "requirement-changed"
    }
  }

  /// The part of a report the change belongs to.
  public var section: Section {
    switch self {
    case .metadataChanged: return .framework
    case .added(let entity, let container), .removed(let entity, let container),
      .renamed(let entity, _, let container), .identifierChanged(let entity, _, _, let container):
      return Self.section(of: entity, in: container)
    case .moved(let entity, _, let to): return Self.section(of: entity, in: to)
    case .statementAdded(let statement), .statementRemoved(let statement),
      .statementMoved(let statement, _), .statementReworded(let statement, _, _):
      return .competency(statement.place.competency)
    case .requirementAdded, .requirementRemoved, .requirementChanged: return .roles
    }
  }

  static func section(of entity: Entity, in container: Entity?) -> Section {
    switch entity.kind {
    case .scale, .level, .group: return .framework
    case .role: return .roles
    case .competency: return .competency(entity)
    case .theme: return container.map { .competency($0) } ?? .framework
    }
  }

  /// A part of a report: the framework as a whole, one competency, or the roles.
  public enum Section: Sendable, Hashable {
    /// Metadata, scales, levels and groups.
    case framework
    case competency(Entity)
    case roles
  }
}

/// A metadata field of a framework.
public enum MetadataField: String, Sendable, Hashable, CaseIterable {
  case title, subtitle, publishers, date, version, licences, uri, language

  /// Whether the field holds a list (publishers, licences) rather than one value.
  public var isList: Bool { self == .publishers || self == .licences }
}
