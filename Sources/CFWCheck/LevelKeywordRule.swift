import CFWModel
import CFWSyntax

/// CFW106: a competency says `level` where its scale says `stage`, or the reverse.
struct LevelKeywordRule: Rule {
  func check(_ context: inout CheckContext) {
    guard context.framework != nil else { return }
    let index = context.index
    var scaleOfCompetency: [String: Scale] = [:]
    for competency in index.competencies {
      if let scale = index.scale(of: competency) { scaleOfCompetency[competency.id] = scale }
    }
    let file = context.file
    func visit(_ nodes: [SyntaxNode], scale: Scale?) {
      for case .declaration(let declaration) in nodes {
        switch declaration.keyword {
        case .group:
          visit(declaration.children, scale: nil)
        case .competency:
          let id =
            declaration.identifierText(in: file)
            ?? Identifier.slug(declaration.argument.map { file.text($0) } ?? "")
          visit(declaration.children, scale: scaleOfCompetency[id])
        case .theme:
          visit(declaration.children, scale: scale)
        case .level, .stage:
          guard let scale, declaration.keyword.rawValue != scale.term else { continue }
          context.report(
            .levelKeywordMismatch,
            "the scale ‘\(scale.title)’ calls its levels ‘\(scale.term)’, not ‘\(declaration.keyword.rawValue)’",
            at: declaration.keywordSpan, help: "write ‘\(scale.term)’", fix: scale.term)
        default:
          continue
        }
      }
    }
    visit(context.compiled.tree.nodes, scale: nil)
  }
}
