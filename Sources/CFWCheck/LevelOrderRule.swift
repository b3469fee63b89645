import CFWModel
import CFWSyntax

/// CFW202, CFW301–CFW303: the levels of a competency (or theme) exist in its scale, come
/// in scale order, each once, and leave no gaps.
struct LevelOrderRule: Rule {
  func check(_ context: inout CheckContext) {
    guard context.framework != nil else { return }
    let index = context.index
    for (position, competency) in index.competencies.enumerated() {
      let scale = index.competencyScales[position]
      check(competency.levels, scale: scale, owner: ("competency", competency.title), &context)
      for theme in competency.themes {
        check(theme.levels, scale: scale, owner: ("theme", theme.title), &context)
      }
    }
  }

  /// Whether the blocks name known levels in strictly increasing scale order, with only
  /// midpoints between them: the usual case, where there is nothing to report.
  func isInOrder(_ blocks: [LevelBlock], scale: Scale) -> Bool {
    var previous = -1
    for block in blocks {
      guard let index = scale.index(of: block.levelID), index > previous else { return false }
      if previous >= 0, scale.levels[(previous + 1)..<index].contains(where: { !$0.isMidpoint }) {
        return false
      }
      previous = index
    }
    return true
  }

  func check(
    _ blocks: [LevelBlock], scale: Scale?, owner ownerParts: (kind: String, title: String),
    _ context: inout CheckContext
  ) {
    guard !blocks.isEmpty else { return }
    if let scale, isInOrder(blocks, scale: scale) { return }
    let owner = "\(ownerParts.kind) ‘\(ownerParts.title)’"
    var seen: [Int: LevelBlock] = [:]
    var previous: (Int, LevelBlock)?
    var described: [Int] = []
    for block in blocks {
      guard let scale, let index = scale.index(of: block.levelID) else {
        LevelOrderRule.reportUnknownLevel(block.code, at: block.origin, scale: scale, &context)
        continue
      }
      if let first = seen[index] {
        context.report(
          .repeatedLevel, "\(scale.term) \(block.code) appears twice in \(owner)", at: block.origin,
          notes: [
            Diagnostic.Note(
              "it first appears here", path: first.origin.path, range: first.origin.range)
          ],
          help: "merge the two lists of indicators into one")
        continue
      }
      seen[index] = block
      if let (previousIndex, previousBlock) = previous, index < previousIndex {
        context.report(
          .levelOutOfOrder,
          "\(scale.term) \(block.code) comes after \(scale.term) \(previousBlock.code), but the scale puts it before",
          at: block.origin,
          help: "list the \(scale.term)s in the order of the scale ‘\(scale.title)’: "
            + scale.levels.filter { !$0.isMidpoint }.map(\.code).joined(separator: ", "))
      }
      previous = (index, block)
      described.append(index)
    }
    guard let scale, let low = described.min(), let high = described.max() else { return }
    let missing = (low...high).filter { seen[$0] == nil && !scale.levels[$0].isMidpoint }
    if !missing.isEmpty,
      let after = blocks.first(where: { scale.index(of: $0.levelID) ?? -1 > missing[0] })
    {
      let codes = missing.map { scale.levels[$0].code }.joined(separator: ", ")
      context.report(
        .levelGap, "\(owner) skips \(scale.term) \(codes)", at: after.origin,
        help: "describe every \(scale.term) between the first and the last, or renumber")
    }
  }

  static func reportUnknownLevel(
    _ code: String, at origin: Origin, scale: Scale?, _ context: inout CheckContext
  ) {
    guard let scale else {
      context.report(
        .unknownLevel, "‘\(code)’ is not a level: the framework declares no scale", at: origin,
        help: "declare a scale with ‘scale TITLE’ and its levels")
      return
    }
    let codes = scale.levels.map(\.code)
    let suggestion = Suggestions.closest(to: code, among: codes)
    context.report(
      .unknownLevel, "‘\(code)’ is not a \(scale.term) of the scale ‘\(scale.title)’", at: origin,
      help: suggestion.map { "did you mean ‘\($0)’?" }
        ?? "the \(scale.term)s are " + codes.map { "‘\($0)’" }.joined(separator: ", "),
      fix: suggestion)
  }
}
