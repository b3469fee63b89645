import CFWModel
import CFWSyntax

/// CFW308–CFW309: a role requires a level its competency does not describe, or names a
/// competency twice.
struct RoleRule: Rule {
  func check(_ context: inout CheckContext) {
    guard let framework = context.framework else { return }
    let index = context.index

    for role in framework.roles {
      check(role.requirements, of: "role ‘\(role.title)’", index, &context)
      for level in role.levels {
        check(
          level.requirements, of: "level ‘\(level.displayName)’ of role ‘\(role.title)’", index,
          &context)
      }
    }
  }

  func check(
    _ requirements: [Requirement], of owner: String, _ index: ModelIndex,
    _ context: inout CheckContext
  ) {
    var seen: [String: Requirement] = [:]
    for requirement in requirements {
      guard let competencyID = requirement.competency.id,
        let competency = index.competency(id: competencyID)
      else { continue }
      if let first = seen[competencyID] {
        context.report(
          .repeatedRequirement,
          "\(owner) already requires ‘\(competency.title)’",
          at: requirement.competency.origin,
          notes: [
            Diagnostic.Note(
              "first required here", path: first.origin.path, range: first.origin.range)
          ],
          help: "keep one requirement per competency")
        continue
      }
      seen[competencyID] = requirement
      guard let levelID = requirement.level.id, let scale = index.scale(of: competency),
        let level = scale.level(id: levelID), !level.isMidpoint
      else { continue }
      if competency.hasLevelBlocks, !competency.describes(levelID: levelID) {
        let described = competency.describedLevelIDs
        let codes = scale.levels.filter { described.contains($0.id) }.map(\.code)
        context.report(
          .roleLevelNotDescribed,
          "‘\(competency.title)’ describes no \(scale.term) \(level.code)",
          at: requirement.level.origin,
          help: "choose one of the \(scale.term)s it describes: " + codes.joined(separator: ", "))
      }
    }
  }
}
