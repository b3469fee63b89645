import CFWModel
import CFWSyntax

/// What the diff compares, gathered from one framework in document order, each item with
/// its position in the document (for ordering the changes).
struct Inventory {
  /// A scale, level, group, competency, theme or role.
  struct Item {
    var entity: Entity
    /// The scale of a level, the competency of a theme, the group of a group or
    /// competency.
    var container: Entity?
    var position: Int
    /// What the item holds, for recognising it under a new identifier: a competency's or
    /// theme's statement texts, a group's member identifiers, a role's requirements, a
    /// scale's levels.
    var content: [String]
  }

  struct StatementItem {
    var statement: Statement
    var position: Int
    /// The statement's words, normalised for comparing.
    var words: [String]
  }

  struct RequirementItem {
    var role: Entity
    var competency: Entity
    var levelID: String
    /// The level as written.
    var level: String
    var position: Int
  }

  var metadata: [(field: MetadataField, values: [String])]
  var scales: [Item] = []
  var levels: [Item] = []
  var groups: [Item] = []
  var competencies: [Item] = []
  var themes: [Item] = []
  var roles: [Item] = []
  var statements: [StatementItem] = []
  var requirements: [RequirementItem] = []
  private var position = 0
  private var terms: [String: String] = [:]

  init(_ framework: Framework) {
    metadata = [
      (.title, [framework.title]), (.subtitle, framework.subtitle.map { [$0] } ?? []),
      (.publishers, framework.publishers), (.date, framework.date.map { [$0] } ?? []),
      (.version, framework.version.map { [$0] } ?? []), (.licences, framework.licences),
      (.uri, framework.uri.map { [$0] } ?? []), (.language, [framework.language]),
    ]
    for scale in framework.scales { terms[scale.id] = scale.term }
    for content in framework.contents {
      switch content {
      case .scale(let scale): add(scale)
      case .group(let group): add(group, in: nil)
      case .competency(let competency): add(competency, in: nil)
      case .section, .values: break
      }
    }
    var competencyTitles: [String: String] = [:]
    for item in competencies { competencyTitles[item.entity.id] = item.entity.title }
    for role in framework.roles {
      let entity = Entity(kind: .role, id: role.id, title: role.title)
      var content: [String] = []
      let rolePosition = next()
      for requirement in role.requirements {
        let competencyID = requirement.competency.id ?? Identifier.slug(requirement.competency.name)
        let levelID = requirement.level.id ?? Identifier.slug(requirement.level.name)
        requirements.append(
          RequirementItem(
            role: entity,
            competency: Entity(
              kind: .competency, id: competencyID,
              title: competencyTitles[competencyID] ?? requirement.competency.name),
            levelID: levelID, level: requirement.level.name, position: next()))
        content.append(competencyID + " " + levelID)
      }
      roles.append(Item(entity: entity, container: nil, position: rolePosition, content: content))
    }
  }

  private mutating func next() -> Int {
    position += 1
    return position
  }

  private mutating func add(_ scale: Scale) {
    let entity = Entity(kind: .scale, id: scale.id, title: scale.title)
    scales.append(
      Item(entity: entity, container: nil, position: next(), content: scale.levels.map(\.id)))
    for level in scale.levels {
      levels.append(
        Item(
          entity: Entity(kind: .level, id: level.id, title: level.label ?? level.code),
          container: entity, position: next(), content: []))
    }
  }

  private mutating func add(_ group: Group, in container: Entity?) {
    let entity = Entity(kind: .group, id: group.id, title: group.title)
    let content = group.members.map { member -> String in
      switch member {
      case .group(let inner): "group " + inner.id
      case .competency(let competency): "competency " + competency.id
      }
    }
    groups.append(Item(entity: entity, container: container, position: next(), content: content))
    for member in group.members {
      switch member {
      case .group(let inner): add(inner, in: entity)
      case .competency(let competency): add(competency, in: entity)
      }
    }
  }

  private mutating func add(_ competency: Competency, in container: Entity?) {
    let entity = Entity(kind: .competency, id: competency.id, title: competency.title)
    let term = competency.scaleID.flatMap { terms[$0] } ?? "level"
    let index = competencies.count
    competencies.append(Item(entity: entity, container: container, position: next(), content: []))
    let first = statements.count
    func add(_ kind: Statement.Kind, _ items: [Indicator], theme: Entity?, level: LevelBlock?) {
      for indicator in items {
        let place = Place(
          competency: entity, theme: theme, levelID: level?.levelID, levelCode: level?.code,
          term: term)
        statements.append(
          StatementItem(
            statement: Statement(kind: kind, text: indicator.text, place: place),
            position: next(), words: WordDiff.comparableWords(indicator.text)))
      }
    }
    for list in competency.behaviours { add(.behaviour, list.items, theme: nil, level: nil) }
    for list in competency.indicators { add(.indicator, list.items, theme: nil, level: nil) }
    for block in competency.levels { add(.indicator, block.indicators, theme: nil, level: block) }
    for theme in competency.themes {
      let themeEntity = Entity(kind: .theme, id: theme.id, title: theme.title)
      let themeIndex = themes.count
      let themeFirst = statements.count
      themes.append(Item(entity: themeEntity, container: entity, position: next(), content: []))
      for block in theme.levels {
        add(.indicator, block.indicators, theme: themeEntity, level: block)
      }
      themes[themeIndex].content = statements[themeFirst...].map(\.statement.text)
    }
    for list in competency.negatives { add(.negative, list.items, theme: nil, level: nil) }
    competencies[index].content = statements[first...].map {
      $0.statement.kind.rawValue + " " + $0.statement.text
    }
  }
}
