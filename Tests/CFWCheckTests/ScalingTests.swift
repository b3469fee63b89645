import CFWCheck
import CFWModel
import CFWSyntax
import CFWSynthetic
import CFWTestSupport
import Testing

/// Work that must grow linearly with the size of a framework, counted rather than timed:
/// comparisons made by near-duplicate detection and by “did you mean” suggestions.
@Suite struct ScalingTests {
  /// Synthetic competency titles.
  func titles(_ count: Int) -> [String] {
    let synthetic = SyntheticFramework(competencies: count)
    return (0..<count).map(synthetic.competencyTitle)
  }

  @Test func nearDuplicateComparisonsAreBoundedPerTitle() {
    for count in [2_000, 20_000] {
      let comparisons = NearDuplicates.pairs(titles(count)) { _, _ in }
      // Each title is compared with at most 16 others (the bucket limit) for each of its
      // three words: linear, however dense the titles; all pairs would be count²/2.
      #expect(comparisons <= count * 3 * 16, "\(count): \(comparisons)")
    }
  }

  @Test func nearDuplicateComparisonsStayLinearWhenEveryTitleSharesItsWords() {
    // The worst case for bucketing: every title is “Managing X” with a different X.
    func comparisons(_ count: Int) -> Int {
      NearDuplicates.pairs((0..<count).map { "Managing item\($0)" }) { _, _ in }
    }
    let small = comparisons(1_000)
    let large = comparisons(10_000)
    #expect(Double(large) <= 11 * Double(small), "\(small) → \(large)")
  }

  @Test func nearDuplicatesAreStillFound() {
    var pairs: [[Int]] = []
    NearDuplicates.pairs(titles(5_000) + ["Continuous Improvement", "Continual Improvement"]) {
      pairs.append([$0, $1])
    }
    #expect(pairs == [[5_000, 5_001]])
  }

  /// Misspells a title: a letter doubled in its last word.
  func typo(_ title: String) -> String {
    var words = title.split(separator: " ").map(String.init)
    let last = words.removeLast()
    let middle = last.index(last.startIndex, offsetBy: last.count / 2)
    words.append(String(last[..<middle]) + String(last[middle]) + String(last[middle...]))
    return words.joined(separator: " ")
  }

  @Test func suggestionsCompareABoundedNumberOfCandidates() {
    for count in [1_000, 10_000, 50_000] {
      let candidates = titles(count)
      let index = SuggestionIndex(candidates)
      for position in stride(from: 0, to: count, by: count / 50) {
        let (found, comparisons) = index.lookup(typo(candidates[position]))
        #expect(found == position, "\(typo(candidates[position]))")
        #expect(comparisons <= SuggestionIndex.budget)
      }
    }
  }

  @Test(arguments: [
    ("Managing strategic partnerships", "Managing stratgic partnerships"),
    ("Managing strategic partnerships", "Managing strategic partnerhsips"),
    ("Managing strategic partnerships", "Mangaing strategic partnerships"),
    ("Self-belief", "Selfbelief"),
    ("Delivering at pace", "Delivering and pace"),
  ])
  func suggestionsFindTyposAmongManyCandidates(intended: String, written: String) {
    let candidates = titles(10_000) + [intended]
    #expect(SuggestionIndex(candidates).closest(to: written) == intended)
  }

  @Test func suggestionsMatchTheExhaustiveSearchOnShortLists() {
    let candidates = [
      "Self Belief", "Self Awareness", "Delivering at pace", "Leading change", "Integrity",
    ]
    let index = SuggestionIndex(candidates)
    for word in [
      "Self Beleif", "Self awarenes", "delivering-at-pace", "Leadng change", "Intgrity", "xyz",
      "Belief",
    ] {
      #expect(
        index.closest(to: word) == Suggestions.closest(to: word, among: candidates), "\(word)")
    }
  }

  @Test func unknownReferencesInALargeFrameworkGetSuggestions() throws {
    let synthetic = SyntheticFramework(competencies: 2_000)
    var text = synthetic.text
    let intended = synthetic.competencyTitle(1_234)
    text += "role Planted Role\n  requires \(typo(intended)) at level 1\n"
    let (_, diagnostics) = TestFrameworks.compile(text)
    let unknown = try #require(diagnostics.first { $0.code == .unknownCompetency })
    #expect(diagnostics.count == 1)
    #expect(unknown.fixIt?.replacement == intended)
  }

  @Test func tokensGrowWithTheText() {
    func tokens(_ count: Int) -> (tokens: Int, bytes: Int) {
      let file = SourceFile(path: "s.cfw", bytes: SyntheticFramework(competencies: count).source())
      return (Lexer(file: file).tokenize().tokens.count, file.bytes.count)
    }
    let small = tokens(200)
    let large = tokens(2_000)
    let perByteSmall = Double(small.tokens) / Double(small.bytes)
    let perByteLarge = Double(large.tokens) / Double(large.bytes)
    #expect(abs(perByteLarge - perByteSmall) / perByteSmall < 0.1)
    #expect(Double(large.bytes) <= 11 * Double(small.bytes))
  }
}
