import CFWDiff
import Testing

/// Indicators, behaviours and negative indicators: added, removed, moved and reworded.
@Suite struct StatementChangeTests {
  typealias S = DiffSupport

  @Test func indicatorAdded() {
    let changes = S.changes(editing: [
      ("      - Coaches others", "      - Summarises what was agreed.\n      - Coaches others")
    ])
    let statement = Statement(
      kind: .indicator, text: "Summarises what was agreed.", place: S.place(S.listening, level: "2")
    )
    #expect(changes == [.statementAdded(statement)])
    #expect(changes[0].kind == "indicator-added")
    #expect(!changes[0].isBreaking)
  }

  @Test func indicatorRemovedIsNotBreaking() {
    let changes = S.changes(editing: [("      - Asks questions to check understanding.\n", "")])
    let statement = Statement(
      kind: .indicator, text: "Asks questions to check understanding.",
      place: S.place(S.listening, level: "1"))
    #expect(changes == [.statementRemoved(statement)])
    #expect(!changes[0].isBreaking)
    #expect(changes[0].category == .removed)
  }

  @Test func indicatorMovedToAnotherLevel() {
    let changes = S.changes(editing: [
      ("      - Asks questions to check understanding.\n", ""),
      (
        "      - Coaches others",
        "      - Asks questions to check understanding.\n      - Coaches others"
      ),
    ])
    let statement = Statement(
      kind: .indicator, text: "Asks questions to check understanding.",
      place: S.place(S.listening, level: "2"))
    #expect(changes == [.statementMoved(statement, from: S.place(S.listening, level: "1"))])
    #expect(changes[0].kind == "indicator-moved")
  }

  @Test func indicatorMovedToAnotherThemeAndCompetency() {
    let intoTheme = S.changes(editing: [
      ("      - Speaks clearly and calmly to groups.\n", ""),
      (
        "        - Writes short plain notes.\n",
        "        - Writes short plain notes.\n        - Speaks clearly and calmly to groups.\n"
      ),
    ])
    let speaks = "Speaks clearly and calmly to groups."
    #expect(
      intoTheme == [
        .statementMoved(
          Statement(
            kind: .indicator, text: speaks, place: S.place(S.speaking, level: "1", theme: S.writing)
          ),
          from: S.place(S.speaking, level: "1"))
      ])

    let across = S.changes(editing: [
      ("      - Speaks clearly and calmly to groups.\n", ""),
      ("      - Coaches others", "      - \(speaks)\n      - Coaches others"),
    ])
    #expect(
      across == [
        .statementMoved(
          Statement(kind: .indicator, text: speaks, place: S.place(S.listening, level: "2")),
          from: S.place(S.speaking, level: "1"))
      ])
  }

  @Test func indicatorRewordedInPlaceWithAWordDiff() {
    let changes = S.changes(editing: [
      ("Listens carefully to what others say.", "Listens carefully to what colleagues say.")
    ])
    let statement = Statement(
      kind: .indicator, text: "Listens carefully to what colleagues say.",
      place: S.place(S.listening, level: "1"))
    let words: [WordDiff.Run] = [
      .init(.same, "Listens carefully to what"), .init(.removed, "others"),
      .init(.added, "colleagues"),
      .init(.same, "say."),
    ]
    #expect(
      changes == [
        .statementReworded(
          statement, oldText: "Listens carefully to what others say.", words: words)
      ])
    #expect(changes[0].category == .reworded)
    #expect(!changes[0].isBreaking)
  }

  @Test func dissimilarTextInPlaceIsAddedAndRemoved() {
    let changes = S.changes(editing: [
      ("Listens carefully to what others say.", "Keeps meetings to time.")
    ])
    #expect(changes.map(\.kind) == ["indicator-added", "indicator-removed"])
  }

  @Test func rewordingPairsTheMostSimilarTexts() {
    let changes = S.changes(editing: [
      (
        "      - Listens carefully to what others say.\n      - Asks questions to check understanding.\n",
        "      - Asks good questions to check understanding.\n      - Listens carefully to what people say.\n"
      )
    ])
    let pairs = changes.compactMap { change -> (String, String)? in
      guard case .statementReworded(let statement, let oldText, _) = change else { return nil }
      return (oldText, statement.text)
    }
    #expect(pairs.count == 2)
    #expect(
      pairs[0] == (
        "Asks questions to check understanding.", "Asks good questions to check understanding."
      ))
    #expect(
      pairs[1] == ("Listens carefully to what others say.", "Listens carefully to what people say.")
    )
  }

  @Test func reorderingIsNoChange() {
    let changes = S.changes(editing: [
      (
        "      - Listens carefully to what others say.\n      - Asks questions to check understanding.\n",
        "      - Asks questions to check understanding.\n      - Listens carefully to what others say.\n"
      )
    ])
    #expect(changes.isEmpty)
  }

  @Test func repeatedTextsArePairedOneForOne() {
    let twice = S.edit(
      S.base,
      [
        (
          "      - Coaches others to listen well in difficult meetings.\n",
          "      - Coaches others to listen well in difficult meetings.\n      - Keeps an open mind.\n"
        )
      ])
    // The second copy of an identical text, removed.
    let changes = S.changes(twice, S.base)
    #expect(changes.map(\.kind) == ["indicator-removed"])
  }

  @Test func behavioursAndNegativeIndicatorsLikewise() {
    let changes = S.changes(editing: [
      ("Keeps an open mind.", "Keeps an open and curious mind."),
      ("Interrupts people before they have finished.", "Talks over people."),
    ])
    #expect(
      changes.map(\.kind) == [
        "behaviour-reworded", "negative-indicator-added", "negative-indicator-removed",
      ])
    guard case .statementAdded(let negative) = changes[1] else {
      Issue.record("expected an addition")
      return
    }
    #expect(negative.kind == .negative)
    #expect(negative.place == S.place(S.listening))
  }

  @Test func aBehaviourIsNotPairedWithAnIndicator() {
    let changes = S.changes(editing: [
      ("      - Keeps an open mind.\n", ""),
      ("      - Coaches others", "      - Keeps an open mind.\n      - Coaches others"),
    ])
    #expect(changes.map(\.kind) == ["indicator-added", "behaviour-removed"])
  }

  @Test func indicatorsOfARenamedCompetencyStayInPlace() {
    // The competency is recognised under its new identifier, so a reworded indicator is
    // still a rewording, not an addition and a removal.
    let changes = S.changes(editing: [
      ("competency Speaking\n", "competency Presenting\n"),
      ("requires Speaking at", "requires Presenting at"),
      ("Speaks clearly and calmly to groups.", "Speaks clearly and calmly to large groups."),
    ])
    #expect(changes.map(\.kind) == ["competency-identifier-changed", "indicator-reworded"])
  }

  @Test func changesComeInNewOrderThenRemovalsInOldOrder() {
    let changes = S.changes(editing: [
      ("      - Listens carefully to what others say.\n", ""),
      ("      - Asks questions to check understanding.\n", ""),
      ("      - Coaches others", "      - Summarises what was agreed.\n      - Coaches others"),
      ("      - Speaks clearly and calmly to groups.\n", "      - Speaks up in meetings.\n"),
    ])
    let texts = changes.map { change -> String in
      switch change {
      case .statementAdded(let s): "+" + s.text
      case .statementRemoved(let s): "-" + s.text
      default: "?"
      }
    }
    #expect(
      texts == [
        "+Summarises what was agreed.", "-Listens carefully to what others say.",
        "-Asks questions to check understanding.", "+Speaks up in meetings.",
        "-Speaks clearly and calmly to groups.",
      ])
  }
}
