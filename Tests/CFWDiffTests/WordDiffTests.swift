import CFWDiff
import Testing

@Suite struct WordDiffTests {
  @Test func similarityCountsSharedWordsInOrder() {
    let a = WordDiff.comparableWords("Listens carefully, to others.")
    #expect(a == ["listens", "carefully", "to", "others"])
    #expect(WordDiff.similarity(a, a) == 1)
    #expect(WordDiff.similarity(a, WordDiff.comparableWords("Keeps time")) == 0)
    let b = WordDiff.comparableWords("Listens to others")
    #expect(WordDiff.similarity(a, b) == 6.0 / 7.0)
  }

  @Test func runsGroupRemovedBeforeAdded() {
    let runs = WordDiff.runs(from: "a b c d e", to: "a x c y z e")
    #expect(
      runs == [
        .init(.same, "a"), .init(.removed, "b"), .init(.added, "x"), .init(.same, "c"),
        .init(.removed, "d"), .init(.added, "y z"), .init(.same, "e"),
      ])
    #expect(DiffReport.wordDiff(runs) == "a [-b-]{+x+} c [-d-]{+y z+} e")
  }

  @Test func runsAtTheEdges() {
    #expect(WordDiff.runs(from: "", to: "new words") == [.init(.added, "new words")])
    #expect(WordDiff.runs(from: "old", to: "") == [.init(.removed, "old")])
    #expect(
      WordDiff.runs(from: "old start", to: "new start") == [
        .init(.removed, "old"), .init(.added, "new"), .init(.same, "start"),
      ])
  }
}
