import CFWModel

/// CFW304: indicators written for a rating-only (midpoint) level.
struct MidpointIndicatorsRule: Rule {
  func check(_ context: inout CheckContext) {
    guard context.framework != nil else { return }
    let index = context.index
    for (position, competency) in index.competencies.enumerated() {
      guard let scale = index.competencyScales[position],
        scale.levels.contains(where: \.isMidpoint)
      else { continue }
      competency.forEachLevelBlock { block in
        guard let level = scale.level(id: block.levelID), level.isMidpoint else { return }
        context.report(
          .indicatorsOnMidpoint,
          "\(level.code) is a midpoint of ‘\(scale.title)’ and carries no indicators",
          at: block.origin,
          help:
            "move these indicators to a described \(scale.term), or declare \(level.code) with ‘\(scale.term)’ instead of ‘midpoint’"
        )
      }
    }
  }
}
