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
    find(index.competencies.map { ($0.title, $0.origin) }, kind: "competency", &context)
    find(index.groups.map { ($0.title, $0.origin) }, kind: "group", &context)
    for competency in index.competencies where competency.themes.count > 1 {
      find(competency.themes.map { ($0.title, $0.origin) }, kind: "theme", &context)
    }
  }

  func find(_ titles: [(String, Origin)], kind: String, _ context: inout CheckContext) {
    _ = NearDuplicates.pairs(titles.map(\.0)) { first, second in
      context.report(
        .nearDuplicateTitle,
        "\(kind) ‘\(titles[second].0)’ is nearly the same as ‘\(titles[first].0)’",
        at: titles[second].1,
        notes: [
          Diagnostic.Note(
            "the other is here", path: titles[first].1.path, range: titles[first].1.range)
        ], help: "if both mean the same thing, use one title for both")
    }
  }
}

/// Finding near-duplicate titles without comparing every pair.
public enum NearDuplicates {
  /// Calls `report(i, j)` (with i < j) for each pair of titles that differ in exactly one
  /// word, where the two words are within a third of their length in edits. Returns the
  /// number of word comparisons made, so that tests can show the work is linear.
  @discardableResult
  public static func pairs(_ titles: [String], report: (Int, Int) -> Void) -> Int {
    var buckets: [String: [(index: Int, word: String)]] = [:]
    var comparisons = 0
    var reported = Set<[Int]>()
    let words = titles.map { Identifier.slug($0).split(separator: "-").map(String.init) }
    for (index, titleWords) in words.enumerated()
    where (1...NearDuplicateTitleRule.wordLimit).contains(titleWords.count) {
      for position in titleWords.indices {
        var key = titleWords
        key[position] = "*"
        let keyText = key.joined(separator: " ")
        let word = titleWords[position]
        for other in buckets[keyText, default: []].prefix(NearDuplicateTitleRule.bucketLimit)
        where other.word != word {
          comparisons += 1
          let limit = max(1, min(word.count, other.word.count) / 3)
          if Suggestions.distance(Array(word.utf8), Array(other.word.utf8), limit: limit) != nil,
            reported.insert([other.index, index]).inserted
          {
            report(other.index, index)
          }
        }
        // Appending in place: copying the bucket out and back would make a large bucket
        // cost its square.
        buckets[keyText, default: []].append((index, word))
      }
    }
    return comparisons
  }
}
