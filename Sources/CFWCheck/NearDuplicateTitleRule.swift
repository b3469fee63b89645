import CFWModel
import CFWSyntax

/// CFW102: two titles of the same kind in one scope differ in one similar word
/// (“Continuous Improvement” and “Continual Improvement”).
///
/// Titles are bucketed by each of their words left out, so only titles that share all
/// but one word are compared: the work grows with the number of titles, not its square.
struct NearDuplicateTitleRule: Rule {
  /// The most comparisons made in one bucket, so that a pathological input stays linear.
  static let bucketLimit = 16
  /// Titles of more words are not compared: each of its words left out makes a key as long
  /// as the title, so a title of thousands of words would cost their square.
  static let wordLimit = 32

  func check(_ context: inout CheckContext) {
    guard context.framework != nil else { return }
    let index = context.index
    let competencies = index.competencies
    find(competencies.map(\.title), kind: "competency", { competencies[$0].origin }, &context)
    let groups = index.groups
    find(groups.map(\.title), kind: "group", { groups[$0].origin }, &context)
    for competency in competencies where competency.themes.count > 1 {
      let themes = competency.themes
      find(themes.map(\.title), kind: "theme", { themes[$0].origin }, &context)
    }
  }

  func find(
    _ titles: [String], kind: String, _ origin: (Int) -> Origin, _ context: inout CheckContext
  ) {
    NearDuplicates.pairs(titles) { first, second in
      let other = origin(first)
      context.report(
        .nearDuplicateTitle,
        "\(kind) ‘\(titles[second])’ is nearly the same as ‘\(titles[first])’",
        at: origin(second),
        notes: [Diagnostic.Note("the other is here", path: other.path, range: other.range)],
        help: "if both mean the same thing, use one title for both")
    }
  }
}
