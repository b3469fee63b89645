import CFWModel

/// CFW310: a level’s label or title carries a number that contradicts its code
/// (“stage 2 Stage 3”, or a competency’s “stage 1 Stage 2 – …”).
struct LevelLabelRule: Rule {
  func check(_ context: inout CheckContext) {
    guard let framework = context.framework else { return }
    for scale in framework.scales {
      for level in scale.levels {
        if let label = level.label {
          compare(code: level.code, text: label, term: scale.term, at: level.origin, &context)
        }
      }
    }
    let index = context.index
    for (position, competency) in index.competencies.enumerated() {
      let term = index.competencyScales[position]?.term ?? "level"
      competency.forEachLevelBlock { block in
        if let title = block.title {
          compare(code: block.code, text: title, term: term, at: block.origin, &context)
        }
      }
    }
  }

  /// Compares a code with a leading "Stage N" / "Level N" in a text.
  func compare(
    code: String, text: String, term: String, at origin: Origin, _ context: inout CheckContext
  ) {
    // Only a text whose first word starts with an ASCII “s” or “l” can lowercase to one of
    // the words below: most texts are rejected here, without splitting them into words.
    guard let lead = text.utf8.first(where: { $0 != 0x20 }),
      lead | 0x20 == 0x73 || lead | 0x20 == 0x6C
    else { return }
    let words = text.split(separator: " ", maxSplits: 2)
    guard words.count >= 2 else { return }
    let first = words[0].lowercased()
    guard first == "stage" || first == "level" || first == "stages" || first == "levels" else {
      return
    }
    let number = words[1].trimmingCharacters(in: ["-", "–", ":", "."])
    guard !number.isEmpty, number.allSatisfy(\.isNumber), number != code else { return }
    context.report(
      .levelLabelMismatch,
      "the \(term) is numbered \(code), but its text says ‘\(words[0]) \(number)’",
      at: origin, help: "make the number in the text match the code, or change the code")
  }
}

extension Substring {
  func trimmingCharacters(in set: Set<Character>) -> String {
    var value = self
    while let first = value.first, set.contains(first) { value.removeFirst() }
    while let last = value.last, set.contains(last) { value.removeLast() }
    return String(value)
  }
}
