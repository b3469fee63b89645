import CFWModel
import CFWSyntax

/// CFW201–CFW204: a name that does not resolve — a competency, an external framework,
/// an external competency or a level — with a “did you mean” suggestion.
struct UnresolvedReferenceRule: Rule {
  func check(_ context: inout CheckContext) {
    guard let framework = context.framework else { return }
    let index = context.index
    // Built at the first unknown name, once for the whole file.
    var titles: SuggestionIndex?
    func unknown(_ target: Target, _ context: inout CheckContext) {
      if titles == nil { titles = SuggestionIndex(index.competencies.map(\.title)) }
      unknownCompetency(target, index.competencies, titles!, &context)
    }
    for competency in index.competencies {
      for target in competency.related where target.id == nil {
        unknown(target, &context)
      }
      let visit = { (indicator: Indicator) in
        // Most indicators cite nothing.
        guard !indicator.references.isEmpty else { return }
        for reference in indicator.references {
          guard reference.framework == nil else {
            checkExternal(reference, framework, &context)
            continue
          }
          if reference.competency.id == nil {
            unknown(reference.competency, &context)
          } else if let level = reference.level, level.id == nil,
            let competency = index.competency(id: reference.competency.id!)
          {
            unknownLevel(level, index.scale(of: competency), &context)
          }
        }
      }
      competency.forEachIndicator(visit)
      competency.forEachListItem(visit)
    }
    for role in framework.roles {
      for requirement in role.requirements + role.levels.flatMap(\.requirements) {
        if requirement.competency.id == nil {
          unknown(requirement.competency, &context)
        } else if requirement.level.id == nil,
          let competency = index.competency(id: requirement.competency.id!)
        {
          unknownLevel(requirement.level, index.scale(of: competency), &context)
        }
      }
    }
  }

  func checkExternal(_ reference: Reference, _ framework: Framework, _ context: inout CheckContext)
  {
    guard let prefix = reference.framework else { return }
    guard let externalID = prefix.id, let external = framework.external(id: externalID) else {
      let codes = framework.externals.map(\.code)
      let suggestion = Suggestions.closest(to: prefix.name, among: codes)
      context.report(
        .unknownExternalFramework, "unknown framework ‘\(prefix.name)’", at: prefix.origin,
        help: suggestion.map { "did you mean ‘\($0)’?" }
          ?? (codes.isEmpty
            ? "declare it with ‘external \(prefix.name) TITLE’, or import the file that does"
            : "the frameworks known here are " + codes.map { "‘\($0)’" }.joined(separator: ", ")),
        fix: suggestion)
      return
    }
    if reference.competency.id == nil {
      let titles = external.competencies.map(\.title)
      let suggestion = Suggestions.closest(to: reference.competency.name, among: titles)
      context.report(
        .unknownExternalCompetency,
        "‘\(reference.competency.name)’ is not a competency of \(external.code)",
        at: reference.competency.origin,
        help: suggestion.map { "did you mean ‘\($0)’?" }
          ?? "declare it under ‘external \(external.code)’ with ‘competency \(reference.competency.name)’",
        fix: suggestion)
    }
    if let level = reference.level, level.id == nil {
      let codes = external.scales.flatMap { $0.levels.map(\.code) }
      let suggestion = Suggestions.closest(to: level.name, among: codes)
      context.report(
        .unknownLevel, "‘\(level.name)’ is not a level of \(external.code)", at: level.origin,
        help: suggestion.map { "did you mean ‘\($0)’?" }
          ?? "the levels are " + codes.map { "‘\($0)’" }.joined(separator: ", "), fix: suggestion)
    }
  }

  func unknownCompetency(
    _ target: Target, _ competencies: [Competency], _ titles: SuggestionIndex,
    _ context: inout CheckContext
  ) {
    let defined = titles.lookup(target.name).position.map { competencies[$0] }
    context.report(
      .unknownCompetency, "unknown competency ‘\(target.name)’", at: target.origin,
      help: defined.map {
        "did you mean ‘\($0.title)’ (defined at \(context.location($0.origin)))?"
      }
        ?? "check the spelling, or declare the competency", fix: defined?.title)
  }

  func unknownLevel(_ target: Target, _ scale: Scale?, _ context: inout CheckContext) {
    LevelOrderRule.reportUnknownLevel(target.name, at: target.origin, scale: scale, &context)
  }
}
