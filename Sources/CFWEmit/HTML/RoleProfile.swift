import CFWModel
import CFWSyntax

/// A role read against its framework, for the role's handbook and form: each requirement
/// with its competency, the competency's scale, the level expected and, for development,
/// the levels either side of it.
///
/// “Above” is the next more senior level, whichever way the scale runs: for a scale with
/// `seniority descending` it is the lower-numbered level. Neighbours are levels the
/// competency describes; mid-points are skipped, since they carry no indicators.
struct RoleProfile {
  /// A level of a competency: its identifier and its name in the handbook (“Level D”,
  /// “Established”).
  struct LevelChoice: Hashable {
    var id: String
    var name: String
  }

  /// One requirement of the role, resolved.
  struct Entry {
    /// The competency, nil when the requirement does not resolve.
    var competency: Competency?
    var scale: Scale?
    /// The competency's title, or the name as written when it does not resolve.
    var title: String
    /// The anchor of the entry on the role's pages: `competency-` and its identifier.
    var anchor: String
    var expected: LevelChoice
    var above: LevelChoice?
    var below: LevelChoice?
  }

  let role: Role
  let entries: [Entry]

  init(_ role: Role, in context: RoleContext) {
    self.role = role
    let handbook = context.handbook
    var used: Set<String> = []
    entries = role.requirements.map { requirement in
      let competency = requirement.competency.id.flatMap { context.competencies[$0] }
      let scale = competency.flatMap { handbook.scale(of: $0) }
      let title = competency?.title ?? requirement.competency.name
      let base = "competency-" + (competency?.id ?? Identifier.slug(requirement.competency.name))
      var anchor = base
      var counter = 2
      while !used.insert(anchor).inserted {
        anchor = base + "-\(counter)"
        counter += 1
      }
      let levelID = requirement.level.id ?? Identifier.slug(requirement.level.name)
      let code = scale?.level(id: levelID)?.code ?? requirement.level.name
      let name =
        competency.map { handbook.levelName(levelID, code: code, of: $0) }
        ?? requirement.level.name
      var entry = Entry(
        competency: competency, scale: scale, title: title, anchor: anchor,
        expected: LevelChoice(id: levelID, name: name))
      if let competency {
        let ladder = Self.ladder(competency, scale: scale, expected: levelID)
        if let position = ladder.firstIndex(of: levelID) {
          let more = position + 1 < ladder.count ? ladder[position + 1] : nil
          let less = position > 0 ? ladder[position - 1] : nil
          entry.above = more.map { Self.choice($0, of: competency, scale: scale, in: handbook) }
          entry.below = less.map { Self.choice($0, of: competency, scale: scale, in: handbook) }
        }
      }
      return entry
    }
  }

  /// The scales the role's competencies use, without repeats, in the order first used.
  var scales: [Scale] {
    var result: [Scale] = []
    for case let scale? in entries.map(\.scale) where !result.contains(where: { $0.id == scale.id })
    {
      result.append(scale)
    }
    return result
  }

  /// The levels a competency describes and the expected one, from the least senior to the
  /// most senior, without mid-points (unless one is expected). Without a scale, the order
  /// is the order written.
  private static func ladder(_ competency: Competency, scale: Scale?, expected: String) -> [String]
  {
    let described = Set(competency.describedLevelIDs + [expected])
    guard let scale else { return competency.describedLevelIDs }
    let ordered = scale.levels.filter {
      (!$0.isMidpoint && described.contains($0.id)) || $0.id == expected
    }.map(\.id)
    return scale.seniority == .descending ? ordered.reversed() : ordered
  }

  private static func choice(
    _ id: String, of competency: Competency, scale: Scale?, in handbook: Handbook
  ) -> LevelChoice {
    let code =
      scale?.level(id: id)?.code ?? competency.levels.first { $0.levelID == id }?.code
      ?? competency.themes.flatMap(\.levels).first { $0.levelID == id }?.code ?? id
    return LevelChoice(id: id, name: handbook.levelName(id, code: code, of: competency))
  }
}

extension Competency {
  /// The competency's indicators at one level: its own blocks for the level, and each
  /// theme with its blocks for the level (themes without any are left out).
  func blocks(atLevel id: String) -> (
    own: [LevelBlock], themes: [(theme: Theme, blocks: [LevelBlock])]
  ) {
    let own = levels.filter { $0.levelID == id }
    let themes = self.themes.compactMap { theme -> (theme: Theme, blocks: [LevelBlock])? in
      let blocks = theme.levels.filter { $0.levelID == id }
      return blocks.isEmpty ? nil : (theme, blocks)
    }
    return (own, themes)
  }
}
