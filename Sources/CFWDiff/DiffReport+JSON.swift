import CFWSyntax

extension DiffReport {
  /// The JSON format: the two versions' names, a summary, and `changes`, each an object
  /// with `kind` first, then `breaking`, then the members of its kind in a fixed order.
  /// Every member is always there (`null` when it does not apply).
  public func json() -> String {
    var summary: [(String, JSONValue)] = Change.Category.allCases.map {
      ($0.rawValue, .integer(diff.count($0)))
    }
    summary.append(("breaking", .integer(diff.breakingCount)))
    let document = JSONValue.object([
      ("old", .string(oldName)),
      ("new", .string(newName)),
      ("summary", .object(summary)),
      ("changes", .array(diff.changes.map(Self.json))),
    ])
    return document.pretty + "\n"
  }

  static func json(_ change: Change) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("kind", .string(change.kind)), ("breaking", .bool(change.isBreaking)),
    ]
    switch change {
    case .metadataChanged(let field, let old, let new):
      func value(_ values: [String]) -> JSONValue {
        field.isList ? .array(values.map { .string($0) }) : .string(values.first)
      }
      members += [("field", .string(field.rawValue)), ("old", value(old)), ("new", value(new))]
    case .added(let entity, let container), .removed(let entity, let container):
      members += entityMembers(entity) + containerMembers(entity, container)
    case .renamed(let entity, let oldTitle, let container):
      members +=
        entityMembers(entity) + [("oldTitle", .string(oldTitle))]
        + containerMembers(entity, container)
    case .identifierChanged(let entity, let oldID, let oldTitle, let container):
      members +=
        entityMembers(entity) + [("oldId", .string(oldID)), ("oldTitle", .string(oldTitle))]
        + containerMembers(entity, container)
    case .moved(let entity, let from, let to):
      members += entityMembers(entity) + [("from", .string(from?.id)), ("to", .string(to?.id))]
    case .statementAdded(let statement), .statementRemoved(let statement):
      members += [("text", .string(statement.text))] + placeMembers(statement.place)
    case .statementMoved(let statement, let from):
      members += [
        ("text", .string(statement.text)), ("from", .object(placeMembers(from))),
        ("to", .object(placeMembers(statement.place))),
      ]
    case .statementReworded(let statement, let oldText, let words):
      members +=
        [
          ("text", .string(statement.text)), ("oldText", .string(oldText)),
          ("diff", .string(wordDiff(words))),
        ] + placeMembers(statement.place)
    case .requirementAdded(let role, let competency, let level),
      .requirementRemoved(let role, let competency, let level):
      members += [
        ("role", .string(role.id)), ("competency", .string(competency.id)),
        ("level", .string(level)),
      ]
    case .requirementChanged(let role, let competency, let oldLevel, let newLevel):
      members += [
        ("role", .string(role.id)), ("competency", .string(competency.id)),
        ("oldLevel", .string(oldLevel)), ("level", .string(newLevel)),
      ]
    }
    return .object(members)
  }

  static func entityMembers(_ entity: Entity) -> [(String, JSONValue)] {
    [("id", .string(entity.id)), ("title", .string(entity.title))]
  }

  /// Where an entity stands: `scale` for a level, `competency` for a theme, `group` for
  /// a group or competency (null at the top level); nothing for scales and roles.
  static func containerMembers(_ entity: Entity, _ container: Entity?) -> [(String, JSONValue)] {
    switch entity.kind {
    case .level: [("scale", .string(container?.id))]
    case .theme: [("competency", .string(container?.id))]
    case .group, .competency: [("group", .string(container?.id))]
    case .scale, .role: []
    }
  }

  static func placeMembers(_ place: Place) -> [(String, JSONValue)] {
    [
      ("competency", .string(place.competency.id)), ("theme", .string(place.theme?.id)),
      ("level", .string(place.levelID)),
    ]
  }
}
