extension Differ {
  /// Where a statement stands, in the identifiers of the new version. An old competency
  /// or theme without counterpart keeps its old identifier, marked so that it equals no
  /// new one.
  struct PlaceKey: Hashable {
    var kind: Statement.Kind
    var competency: String
    var theme: String?
    var level: String?
  }

  struct TextKey: Hashable {
    var place: PlaceKey
    var text: String
  }

  /// The least similarity (see `WordDiff.similarity`) for two texts in the same place to
  /// count as one text reworded.
  static let rewordingThreshold = 0.5

  /// The place of an old statement, named as in the new version where it still exists.
  /// A statement of a theme that moved stands in the theme's new competency.
  func translatedPlace(_ place: Place) -> Place {
    var result = place
    result.competency = competencies[place.competency.id] ?? place.competency
    if let theme = place.theme,
      let counterpart = themes[ThemeKey(competency: place.competency.id, theme: theme.id)]
    {
      result.competency = counterpart.competency
      result.theme = counterpart.theme
    }
    return result
  }

  func oldKey(_ statement: Statement) -> PlaceKey {
    let place = statement.place
    var competency = competencies[place.competency.id]?.id ?? "\u{1}" + place.competency.id
    var theme: String?
    if let oldTheme = place.theme {
      if let counterpart = themes[ThemeKey(competency: place.competency.id, theme: oldTheme.id)] {
        competency = counterpart.competency.id
        theme = counterpart.theme.id
      } else {
        theme = "\u{1}" + oldTheme.id
      }
    }
    return PlaceKey(
      kind: statement.kind, competency: competency, theme: theme, level: place.levelID)
  }

  static func newKey(_ statement: Statement) -> PlaceKey {
    PlaceKey(
      kind: statement.kind, competency: statement.place.competency.id,
      theme: statement.place.theme?.id, level: statement.place.levelID)
  }

  /// Pairs statements: the same text in the same place (unchanged), the same text in
  /// the same competency and then anywhere (moved), then similar texts in the same place
  /// (reworded). The first three are hash look-ups; only the last compares texts, and
  /// only those left over in one place.
  mutating func compareStatements() {
    let before = old.statements
    let after = new.statements
    let oldKeys = before.map { oldKey($0.statement) }
    let newKeys = after.map { Self.newKey($0.statement) }
    var pairing = Pairing(oldCount: before.count, newCount: after.count)
    pairing.match(
      oldKey: { TextKey(place: oldKeys[$0], text: before[$0].statement.text) },
      newKey: { TextKey(place: newKeys[$0], text: after[$0].statement.text) })
    let unchanged = Set(pairing.pairs.map(\.new))
    func competencyOnly(_ key: PlaceKey) -> PlaceKey {
      PlaceKey(kind: key.kind, competency: key.competency)
    }
    pairing.match(
      oldKey: { TextKey(place: competencyOnly(oldKeys[$0]), text: before[$0].statement.text) },
      newKey: { TextKey(place: competencyOnly(newKeys[$0]), text: after[$0].statement.text) })
    pairing.match(
      oldKey: {
        TextKey(
          place: PlaceKey(kind: oldKeys[$0].kind, competency: ""), text: before[$0].statement.text)
      },
      newKey: {
        TextKey(
          place: PlaceKey(kind: newKeys[$0].kind, competency: ""), text: after[$0].statement.text)
      })
    let moved = Set(pairing.pairs.map(\.new)).subtracting(unchanged)
    let reworded = pairRewordings(&pairing, oldKeys: oldKeys, newKeys: newKeys)

    for (o, n) in pairing.pairs {
      let statement = after[n].statement
      if moved.contains(n) {
        record(
          .statementMoved(statement, from: translatedPlace(before[o].statement.place)),
          position: after[n].position)
      } else if reworded.contains(n) {
        let oldText = before[o].statement.text
        record(
          .statementReworded(
            statement, oldText: oldText, words: WordDiff.runs(from: oldText, to: statement.text)),
          position: after[n].position)
      }
    }
    for n in pairing.unpairedNew {
      let place = after[n].statement.place
      let themeAdded = place.theme.map {
        addedThemes.contains(ThemeKey(competency: place.competency.id, theme: $0.id))
      }
      if addedCompetencies.contains(place.competency.id) || themeAdded == true { continue }
      record(.statementAdded(after[n].statement), position: after[n].position)
    }
    for o in pairing.unpairedOld {
      let key = oldKeys[o]
      if key.competency.hasPrefix("\u{1}") || key.theme?.hasPrefix("\u{1}") == true { continue }
      var statement = before[o].statement
      statement.place = translatedPlace(statement.place)
      record(.statementRemoved(statement), position: before[o].position, removal: true)
    }
  }

  /// Pairs the statements left in each place by similarity, the most similar pairs first.
  /// Returns the new statements paired.
  mutating func pairRewordings(_ pairing: inout Pairing, oldKeys: [PlaceKey], newKeys: [PlaceKey])
    -> Set<Int>
  {
    var waiting: [PlaceKey: [Int]] = [:]
    for o in pairing.unpairedOld { waiting[oldKeys[o], default: []].append(o) }
    var arriving: [PlaceKey: [Int]] = [:]
    var places: [PlaceKey] = []
    for n in pairing.unpairedNew {
      if arriving[newKeys[n]] == nil { places.append(newKeys[n]) }
      arriving[newKeys[n], default: []].append(n)
    }
    var result = Set<Int>()
    for place in places {
      guard let olds = waiting[place] else { continue }
      var candidates: [(score: Double, new: Int, old: Int)] = []
      for n in arriving[place]! {
        for o in olds {
          comparisons += 1
          let score = WordDiff.similarity(old.statements[o].words, new.statements[n].words)
          if score >= Self.rewordingThreshold { candidates.append((score, n, o)) }
        }
      }
      candidates.sort { ($0.score, -$0.new, -$0.old) > ($1.score, -$1.new, -$1.old) }
      for candidate in candidates
      where pairing.oldForNew[candidate.new] == nil && pairing.newForOld[candidate.old] == nil {
        pairing.pair(old: candidate.old, new: candidate.new)
        result.insert(candidate.new)
      }
    }
    return result
  }
}
