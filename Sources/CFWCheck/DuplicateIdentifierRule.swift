import CFWModel
import CFWSyntax

/// CFW101: two things of the same kind in one scope have the same identifier.
struct DuplicateIdentifierRule: Rule {
  func check(_ context: inout CheckContext) {
    guard let framework = context.framework else {
      for external in context.compiled.externals {
        checkExternal(external, &context)
      }
      return
    }
    var entries: [(String, String, String, Origin)] = []
    let index = context.index
    for group in index.groups { entries.append(("group", group.id, group.title, group.origin)) }
    for competency in index.competencies {
      entries.append(("competency", competency.id, competency.title, competency.origin))
    }
    find(entries, &context)
    find(framework.allSections.map { ("section", $0.id, $0.title, $0.origin) }, &context)
    find(framework.valueLists.map { ("value list", $0.id, $0.title, $0.origin) }, &context)
    find(framework.scales.map { ("scale", $0.id, $0.title, $0.origin) }, &context)
    find(framework.roles.map { ("role", $0.id, $0.title, $0.origin) }, &context)
    find(framework.families.map { ("family", $0.id, $0.title, $0.origin) }, &context)
    for role in framework.roles {
      find(role.levels.map { ("level", $0.id, $0.code, $0.origin) }, &context)
    }
    for scale in framework.scales {
      find(scale.levels.map { ("level", $0.id, $0.code, $0.origin) }, &context)
      find(scale.bands.map { ("band", $0.id, $0.title, $0.origin) }, &context)
    }
    for competency in index.competencies where competency.themes.count > 1 {
      find(competency.themes.map { ("theme", $0.id, $0.title, $0.origin) }, &context)
    }
    for external in context.compiled.externals { checkExternal(external, &context) }
  }

  func checkExternal(_ external: ExternalFramework, _ context: inout CheckContext) {
    find(external.competencies.map { ("competency", $0.id, $0.title, $0.origin) }, &context)
    for scale in external.scales {
      find(scale.levels.map { ("level", $0.id, $0.code, $0.origin) }, &context)
    }
  }

  /// Reports every entry whose identifier an earlier entry already has.
  func find(
    _ entries: [(kind: String, id: String, title: String, origin: Origin)],
    _ context: inout CheckContext
  ) {
    guard entries.count > 1 else { return }
    var first: [String: (String, Origin)] = [:]
    first.reserveCapacity(entries.count)
    for entry in entries {
      guard let (kind, origin) = first[entry.id] else {
        first[entry.id] = (entry.kind, entry.origin)
        continue
      }
      let what = kind == entry.kind ? "another \(kind)" : "a \(kind)"
      context.report(
        .duplicateIdentifier,
        "\(entry.kind) ‘\(entry.title)’ has the identifier ‘\(entry.id)’, which \(what) already has",
        at: entry.origin,
        notes: [Diagnostic.Note("first defined here", path: origin.path, range: origin.range)],
        help: entry.kind == "level"
          ? "give each level a code of its own"
          : "merge the two, rename one, or give one an explicit identifier like {#\(entry.id)-2}")
    }
  }
}
