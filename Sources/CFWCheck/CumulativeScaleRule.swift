import CFWModel
import CFWSyntax

/// CFW311: in a cumulative scale, an indicator written again at a higher level.
struct CumulativeScaleRule: Rule {
  func check(_ context: inout CheckContext) {
    let index = context.index
    guard index.scales.contains(where: \.isCumulative) else { return }
    for competency in index.competencies {
      guard let scale = index.scale(of: competency), scale.isCumulative else { continue }
      check(competency.levels, scale, &context)
      for theme in competency.themes { check(theme.levels, scale, &context) }
    }
  }

  /// Reports indicators that a block at a lower level of the scale already has.
  func check(_ blocks: [LevelBlock], _ scale: Scale, _ context: inout CheckContext) {
    guard blocks.count > 1 else { return }
    let ordered = blocks.compactMap { block in scale.index(of: block.levelID).map { ($0, block) } }
      .sorted { $0.0 < $1.0 }
    var seen: [String: LevelBlock] = [:]
    for (_, block) in ordered {
      var own: [String: LevelBlock] = [:]
      block.forEachIndicator { indicator in
        let key = indicator.text.lowercased()
        if let lower = seen[key], lower.levelID != block.levelID {
          context.report(
            .repeatedCumulativeIndicator,
            "this indicator is already at \(scale.term) \(lower.code), and the \(scale.term)s are cumulative",
            at: indicator.origin,
            notes: [
              Diagnostic.Note(
                "first written here", path: lower.origin.path, range: lower.origin.range)
            ],
            help: "remove it, or say what is new at \(scale.term) \(block.code)")
        }
        own[key] = block
      }
      seen.merge(own) { old, _ in old }
    }
  }
}
