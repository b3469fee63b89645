import CFWModel
import CFWSyntax

/// CFW111–CFW112: two groups or competencies with one code, and a second name or code
/// that is also the name of another competency.
struct CodeAndAliasRule: Rule {
  func check(_ context: inout CheckContext) {
    guard context.framework != nil else { return }
    let index = context.index
    var codes: [(code: String, title: String, origin: Origin)] = []
    for group in index.groups {
      if let code = group.code { codes.append((code, group.title, group.origin)) }
    }
    for competency in index.competencies {
      if let code = competency.code { codes.append((code, competency.title, competency.origin)) }
    }
    var first: [String: (String, Origin)] = [:]
    for entry in codes {
      let key = entry.code.lowercased()
      guard let (title, origin) = first[key] else {
        first[key] = (entry.title, entry.origin)
        continue
      }
      context.report(
        .duplicateCode,
        "‘\(entry.title)’ has the code ‘\(entry.code)’, which ‘\(title)’ already has",
        at: entry.origin,
        notes: [Diagnostic.Note("first given here", path: origin.path, range: origin.range)],
        help: "give each group and competency a code of its own")
    }
    checkAliases(index.competencies, &context)
  }

  /// Reports every alias or code of a competency that is the identifier, title or other
  /// name of another competency.
  func checkAliases(_ competencies: [Competency], _ context: inout CheckContext) {
    var owner: [String: Int] = [:]
    for (position, competency) in competencies.enumerated() {
      for key in [competency.id, Identifier.slug(competency.title)] where owner[key] == nil {
        owner[key] = position
      }
    }
    for (position, competency) in competencies.enumerated() {
      // Codes are checked against identifiers and titles only: two equal codes are CFW111.
      let names =
        competency.aliases.map { ($0, true) } + (competency.code.map { [($0, false)] } ?? [])
      for (name, isAlias) in names {
        let key = Identifier.slug(name)
        guard let other = owner[key], other != position else {
          if isAlias, owner[key] == nil { owner[key] = position }
          continue
        }
        let kind = isAlias ? "second name" : "code"
        context.report(
          .ambiguousName,
          "the \(kind) ‘\(name)’ of ‘\(competency.title)’ also names ‘\(competencies[other].title)’",
          at: competency.origin,
          notes: [
            Diagnostic.Note(
              "‘\(competencies[other].title)’ is defined here",
              path: competencies[other].origin.path,
              range: competencies[other].origin.range)
          ],
          help: "choose a \(kind) that names no other competency")
      }
    }
  }
}
