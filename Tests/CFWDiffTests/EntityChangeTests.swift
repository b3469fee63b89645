import CFWDiff
import Testing

/// Scales, levels, groups, competencies, themes, roles and metadata: one test per kind of
/// change, on tiny frameworks.
@Suite struct EntityChangeTests {
  typealias S = DiffSupport

  @Test func identicalVersionsHaveNoChanges() {
    #expect(S.changes(S.base, S.base).isEmpty)
  }

  @Test func metadataChanged() {
    let changes = S.changes(editing: [
      ("  version 1\n", "  version 2\n  publisher Demo Council\n")
    ])
    #expect(
      changes == [
        .metadataChanged(.publishers, old: [], new: ["Demo Council"]),
        .metadataChanged(.version, old: ["1"], new: ["2"]),
      ])
    #expect(changes.allSatisfy { !$0.isBreaking && $0.category == .changed })
  }

  @Test func levelAddedRenamedAndRemoved() {
    let added = S.changes(editing: [
      ("  level 2 Advanced\n", "  level 2 Advanced\n  level 3 Expert\n")
    ])
    #expect(added == [.added(S.entity(.level, "3", "Expert"), in: S.levels)])
    #expect(!added[0].isBreaking)

    let renamed = S.changes(editing: [("  level 2 Advanced\n", "  level 2 Proficient\n")])
    #expect(
      renamed == [.renamed(S.entity(.level, "2", "Proficient"), oldTitle: "Advanced", in: S.levels)]
    )
    #expect(!renamed[0].isBreaking)

    let old = S.edit(S.base, [("  level 2 Advanced\n", "  level 2 Advanced\n  level 3 Expert\n")])
    let removed = S.changes(old, S.base)
    #expect(removed == [.removed(S.entity(.level, "3", "Expert"), in: S.levels)])
    #expect(removed[0].isBreaking)
  }

  @Test func groupAddedRenamedMovedAndRemoved() {
    let explicit = S.edit(S.base, [("group People\n", "group People {#people}\n")])
    let renamed = S.changes(
      explicit, S.edit(explicit, [("group People {#people}", "group Colleagues {#people}")]))
    #expect(
      renamed == [.renamed(S.entity(.group, "people", "Colleagues"), oldTitle: "People", in: nil)])
    #expect(!renamed[0].isBreaking)

    // People, indented under a new group Everyone.
    var lines = S.base.components(separatedBy: "\n")
    let start = lines.firstIndex(of: "group People")!
    let end = lines.firstIndex(of: "role Adviser")!
    for index in start..<end where !lines[index].isEmpty { lines[index] = "  " + lines[index] }
    lines.insert("group Everyone", at: start)
    let indented = lines.joined(separator: "\n")
    let everyone = S.entity(.group, "everyone", "Everyone")
    let moved = S.changes(S.base, indented)
    #expect(moved == [.added(everyone, in: nil), .moved(S.people, from: nil, to: everyone)])
    #expect(moved.allSatisfy { !$0.isBreaking })
    let back = S.changes(indented, S.base)
    #expect(back == [.moved(S.people, from: everyone, to: nil), .removed(everyone, in: nil)])
    #expect(back.map(\.isBreaking) == [false, true])
  }

  @Test func competencyRenamedKeepingItsIdentifierIsNotBreaking() {
    let old = S.edit(S.base, [("competency Speaking\n", "competency Speaking {#speaking}\n")])
    let new = S.edit(
      old, [("competency Speaking {#speaking}", "competency Presenting {#speaking}")])
    let changes = S.changes(old, new)
    #expect(
      changes == [
        .renamed(
          S.entity(.competency, "speaking", "Presenting"), oldTitle: "Speaking", in: S.people)
      ])
    #expect(changes[0].kind == "competency-renamed")
    #expect(!changes[0].isBreaking)
  }

  @Test func explicitIdentifierChangedIsBreaking() {
    let old = S.edit(
      S.base,
      [
        ("competency Speaking\n", "competency Speaking {#talk}\n"),
        ("requires Speaking at", "requires talk at"),
      ])
    let changes = S.changes(old, S.base)
    #expect(
      changes == [.identifierChanged(S.speaking, oldID: "talk", oldTitle: "Speaking", in: S.people)]
    )
    #expect(changes[0].isBreaking)
    #expect(changes[0].category == .renamed)
  }

  @Test func competencyRenamedAwayIsRecognisedByItsContent() {
    // No explicit identifier: the new title gives a new identifier, and the indicators
    // show it is the same competency.
    let changes = S.changes(editing: [
      ("competency Speaking\n", "competency Presenting\n"),
      ("requires Speaking at", "requires Presenting at"),
    ])
    #expect(
      changes == [
        .identifierChanged(
          S.entity(.competency, "presenting", "Presenting"), oldID: "speaking",
          oldTitle: "Speaking",
          in: S.people)
      ])
    #expect(changes[0].isBreaking)
  }

  @Test func competencyAddedMovedAndRemoved() {
    let extra =
      "group Others\n  competency Reading\n    level 1\n      - Reads reports before meetings.\n\n"
    let added = S.changes(editing: [("role Adviser\n", extra + "role Adviser\n")])
    let others = S.entity(.group, "others", "Others")
    let reading = S.entity(.competency, "reading", "Reading")
    // The indicators of a new competency come with it and are not listed one by one.
    #expect(added == [.added(others, in: nil), .added(reading, in: others)])
    #expect(added.allSatisfy { !$0.isBreaking })

    let removed = S.changes(S.edit(S.base, [("role Adviser\n", extra + "role Adviser\n")]), S.base)
    #expect(removed == [.removed(others, in: nil), .removed(reading, in: others)])
    #expect(removed.allSatisfy { $0.isBreaking })

    let moved = S.changes(
      S.edit(S.base, [("role Adviser\n", "group Others\n\nrole Adviser\n")]),
      S.edit(
        S.base,
        [
          ("  competency Speaking\n", "group Others\n  competency Speaking\n")
        ]))
    #expect(moved == [.moved(S.speaking, from: S.people, to: others)])
    #expect(!moved[0].isBreaking)
  }

  @Test func themeAddedRenamedMovedAndRemoved() {
    let newTheme = "    theme Reading\n      level 1\n        - Reads reports before meetings.\n"
    let added = S.changes(editing: [("    negative\n", newTheme + "    negative\n")])
    #expect(added == [.added(S.entity(.theme, "reading", "Reading"), in: S.listening)])
    let removed = S.changes(
      S.edit(S.base, [("    negative\n", newTheme + "    negative\n")]), S.base)
    #expect(removed == [.removed(S.entity(.theme, "reading", "Reading"), in: S.listening)])
    #expect(removed[0].isBreaking)

    let old = S.edit(S.base, [("theme Writing\n", "theme Writing {#writing}\n")])
    let renamed = S.changes(
      old, S.edit(old, [("theme Writing {#writing}", "theme Written work {#writing}")]))
    #expect(
      renamed == [
        .renamed(S.entity(.theme, "writing", "Written work"), oldTitle: "Writing", in: S.speaking)
      ])

    let theme =
      "    theme Writing\n      level 1\n        - Writes short plain notes.\n      level 2\n        - Edits the writing of others for clarity.\n"
    let moved = S.changes(
      editing: [(theme, ""), ("    negative\n", theme + "    negative\n")])
    // Its indicators move with it and are not listed.
    #expect(moved == [.moved(S.writing, from: S.speaking, to: S.listening)])
    #expect(!moved[0].isBreaking)
  }

  @Test func roleAddedRenamedAndRemovedWithItsRequirements() {
    let added = S.changes(editing: [
      ("role Adviser\n", "role Trainer\n  requires Speaking at level 1\n\nrole Adviser\n")
    ])
    #expect(added == [.added(S.entity(.role, "trainer", "Trainer"), in: nil)])
    let removed = S.changes(
      S.edit(
        S.base,
        [("role Adviser\n", "role Trainer\n  requires Speaking at level 1\n\nrole Adviser\n")]),
      S.base)
    #expect(removed == [.removed(S.entity(.role, "trainer", "Trainer"), in: nil)])
    #expect(removed[0].isBreaking)

    let old = S.edit(S.base, [("role Adviser\n", "role Adviser {#adviser}\n")])
    let renamed = S.changes(
      old, S.edit(old, [("role Adviser {#adviser}", "role Senior adviser {#adviser}")]))
    #expect(
      renamed == [
        .renamed(S.entity(.role, "adviser", "Senior adviser"), oldTitle: "Adviser", in: nil)
      ])
  }

  @Test func requirementsAddedRemovedAndChanged() {
    let changes = S.changes(editing: [
      (
        "  requires Listening at level 1\n  requires Speaking at level 2\n",
        "  requires Speaking at level 1\n"
      )
    ])
    #expect(
      changes == [
        .requirementChanged(role: S.adviser, competency: S.speaking, oldLevel: "2", newLevel: "1"),
        .requirementRemoved(role: S.adviser, competency: S.listening, level: "1"),
      ])
    #expect(changes.allSatisfy { !$0.isBreaking })
    let added = S.changes(S.edit(S.base, [("  requires Listening at level 1\n", "")]), S.base)
    #expect(added == [.requirementAdded(role: S.adviser, competency: S.listening, level: "1")])
  }

  @Test func scaleRemovedWithItsLevelsIsOneChange() {
    let old = S.edit(
      S.base, [("group People\n", "scale Ratings\n  level A\n  level B\n\ngroup People\n")])
    let changes = S.changes(old, S.base)
    #expect(changes == [.removed(S.entity(.scale, "ratings", "Ratings"), in: nil)])
  }
}
