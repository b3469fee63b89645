import CFWModel
import CFWSyntax

/// CFW106: a competency says `level` where its scale says `stage`, or the reverse.
struct LevelKeywordRule: Rule {
  func check(_ context: inout CheckContext) {
    guard context.framework != nil else { return }
    let index = context.index
    let file = context.file
    // With repeated identifiers, the last competency with a scale decides, as it always has.
    var lastScales: [String: Scale]?
    if index.hasRepeatedCompetencyIDs {
      var scales: [String: Scale] = [:]
      for (position, competency) in index.competencies.enumerated() {
        if let scale = index.competencyScales[position] { scales[competency.id] = scale }
      }
      lastScales = scales
    }
    /// The scale of a competency declaration, found as the resolver names the competency.
    func lookUpScale(of declaration: Declaration) -> Scale? {
      let id =
        declaration.identifierText(in: file)
        ?? Identifier.slug(declaration.argument.map { file.text($0) } ?? "")
      if let lastScales { return lastScales[id] }
      return index.competency(id: id).flatMap(index.scale(of:))
    }
    /// `competency` is the enclosing competency's declaration, and `scale` its scale: `.none` until needed, since a level keyword can only be wrong when some
    /// scale uses another word.
    func visit(
      _ nodes: [SyntaxNode], competency: Declaration?, scale: inout Scale??
    ) {
      for position in nodes.indices {
        guard case .declaration(let declaration) = nodes[position] else { continue }
        switch declaration.keyword {
        case .group:
          var noScale: Scale?? = .some(nil)
          visit(declaration.children, competency: nil, scale: &noScale)
        case .competency:
          var unknown: Scale?? = .none
          visit(declaration.children, competency: declaration, scale: &unknown)
        case .theme:
          visit(declaration.children, competency: competency, scale: &scale)
        case .level, .stage:
          let keyword = declaration.keyword.rawValue
          guard index.scales.contains(where: { $0.term != keyword }) else { continue }
          if declaration.context == .levelFirst {
            // A level of a framework written level by level: the scale of the first
            // competency it names, or the framework's first scale.
            let named = declaration.declarations.first { $0.keyword == .competency }
            scale = .some(named.flatMap(lookUpScale(of:)) ?? index.scales.first)
          } else if scale == nil {
            scale = .some(competency.flatMap(lookUpScale(of:)))
          }
          guard let found = scale, let found, keyword != found.term else { continue }
          context.report(
            .levelKeywordMismatch,
            "the scale ‘\(found.title)’ calls its levels ‘\(found.term)’, not ‘\(keyword)’",
            at: declaration.keywordSpan, help: "write ‘\(found.term)’", fix: found.term)
        default:
          continue
        }
      }
    }
    var noScale: Scale?? = .some(nil)
    visit(context.compiled.tree.nodes, competency: nil, scale: &noScale)
  }
}
