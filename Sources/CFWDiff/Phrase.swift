/// A change in words, as fragments that each output format styles its own way: names in
/// quotes, identifiers as code, a word diff with its marks.
struct Phrase {
  enum Fragment: Equatable {
    /// Words of the sentence.
    case plain(String)
    /// A title: ‘Seeing the big picture’.
    case name(String)
    /// An identifier: `seeing-the-big-picture`.
    case identifier(String)
    /// A statement's text, as it is.
    case text(String)
    /// A reworded text, word by word.
    case words([WordDiff.Run])
  }

  var fragments: [Fragment] = []

  init(_ change: Change) {
    switch change {
    case .metadataChanged(let field, let old, let new):
      metadata(field, old: old, new: new)
    case .added(let entity, let container):
      entityName(entity)
      plain(" added")
      containerName(entity, container, preposition: entity.kind == .level ? "to" : "in")
    case .removed(let entity, let container):
      entityName(entity)
      plain(" removed")
      containerName(entity, container, preposition: "from")
    case .renamed(let entity, let oldTitle, _):
      plain("\(entity.kind.rawValue) ")
      fragments.append(.name(oldTitle))
      plain(" renamed to ")
      fragments.append(.name(entity.title))
      plain(", identifier ")
      fragments.append(.identifier(entity.id))
      plain(" kept")
    case .identifierChanged(let entity, let oldID, let oldTitle, _):
      plain("\(entity.kind.rawValue) ")
      fragments.append(.name(oldTitle))
      if oldTitle != entity.title {
        plain(" renamed to ")
        fragments.append(.name(entity.title))
        plain(",")
      }
      plain(" identifier changed from ")
      fragments.append(.identifier(oldID))
      plain(" to ")
      fragments.append(.identifier(entity.id))
    case .moved(let entity, let from, let to):
      entityName(entity)
      plain(" moved from ")
      location(from)
      plain(" to ")
      location(to)
    case .statementAdded(let statement):
      plain("\(statement.kind.noun) added")
      place(statement.place, preposition: "at", competency: false)
      text(statement.text)
    case .statementRemoved(let statement):
      plain("\(statement.kind.noun) removed")
      place(statement.place, preposition: "from", competency: false)
      text(statement.text)
    case .statementMoved(let statement, let from):
      let elsewhere = from.competency.id != statement.place.competency.id
      plain("\(statement.kind.noun) moved from ")
      placeWords(from, competency: elsewhere)
      plain(" to ")
      placeWords(statement.place, competency: elsewhere)
      text(statement.text)
    case .statementReworded(let statement, _, let words):
      plain("\(statement.kind.noun) reworded")
      place(statement.place, preposition: "at", competency: false)
      plain(": ")
      fragments.append(.words(words))
    case .requirementAdded(let role, let competency, let level):
      requirement(role, "now requires", competency, level)
    case .requirementRemoved(let role, let competency, let level):
      requirement(role, "no longer requires", competency, level)
    case .requirementChanged(let role, let competency, let oldLevel, let newLevel):
      requirement(role, "requires", competency, newLevel)
      plain(" instead of level \(oldLevel)")
    }
  }

  private mutating func plain(_ words: String) { fragments.append(.plain(words)) }

  private mutating func text(_ text: String) {
    plain(": ")
    fragments.append(.text(text))
  }

  /// `competency ‘Seeing the big picture’ (seeing-the-big-picture)`.
  private mutating func entityName(_ entity: Entity) {
    plain("\(entity.kind.rawValue) ")
    fragments.append(.name(entity.title))
    plain(" (")
    fragments.append(.identifier(entity.id))
    plain(")")
  }

  /// Where an added or removed entity stands, when the section does not say it already.
  private mutating func containerName(_ entity: Entity, _ container: Entity?, preposition: String) {
    guard let container, entity.kind != .theme else { return }
    plain(" \(preposition) \(container.kind.rawValue) ")
    fragments.append(.name(container.title))
  }

  private mutating func location(_ container: Entity?) {
    guard let container else { return plain("the top level") }
    plain("\(container.kind.rawValue) ")
    fragments.append(.name(container.title))
  }

  /// ` at level 2`, ` in theme ‘Style’ at level B`, or nothing for a statement at every
  /// level.
  private mutating func place(_ place: Place, preposition: String, competency: Bool) {
    guard place.theme != nil || place.levelCode != nil else { return }
    plain(
      place.theme == nil ? " \(preposition) " : preposition == "at" ? " in " : " \(preposition) ")
    placeWords(place, competency: competency)
  }

  /// `level 2`, `theme ‘Style’ at level B`, `competency ‘X’ at level 2`, `every level`.
  private mutating func placeWords(_ place: Place, competency: Bool) {
    if competency {
      plain("competency ")
      fragments.append(.name(place.competency.title))
    }
    if let theme = place.theme {
      if competency { plain(", ") }
      plain("theme ")
      fragments.append(.name(theme.title))
    }
    if let code = place.levelCode {
      if competency || place.theme != nil { plain(" at ") }
      plain("\(place.term) \(code)")
    } else if !competency && place.theme == nil {
      plain("every \(place.term)")
    }
  }

  private mutating func requirement(
    _ role: Entity, _ verb: String, _ competency: Entity, _ level: String
  ) {
    plain("role ")
    fragments.append(.name(role.title))
    plain(" \(verb) ")
    fragments.append(.name(competency.title))
    plain(" at level \(level)")
  }

  private mutating func metadata(_ field: MetadataField, old: [String], new: [String]) {
    func values(_ values: [String], _ phrase: inout Phrase) {
      for (index, value) in values.enumerated() {
        if index > 0 { phrase.plain(", ") }
        phrase.fragments.append(.name(value))
      }
    }
    plain(field.rawValue)
    if old.isEmpty {
      plain(" set to ")
      values(new, &self)
    } else if new.isEmpty {
      plain(" removed (was ")
      values(old, &self)
      plain(")")
    } else {
      plain(" changed from ")
      values(old, &self)
      plain(" to ")
      values(new, &self)
    }
  }
}
