import CFWDiff
import CFWTestSupport
import Foundation
import Testing

/// The fixture pair `Tests/Fixtures/diff/mansfield-ashfield-v1.cfw` and `-v2.cfw`, and the
/// reports of its diff in every format.
@Suite struct FixtureDiffTests {
  static let oldPath = "Tests/Fixtures/diff/mansfield-ashfield-v1.cfw"
  static let newPath = "Tests/Fixtures/diff/mansfield-ashfield-v2.cfw"

  static func report() -> DiffReport? {
    guard
      let old = TestFrameworks.load(RepositoryPaths.root.appendingPathComponent(oldPath)),
      let new = TestFrameworks.load(RepositoryPaths.root.appendingPathComponent(newPath))
    else { return nil }
    return DiffReport(oldName: oldPath, newName: newPath, diff: FrameworkDiff(old: old, new: new))
  }

  @Test func findsEveryPlantedChange() throws {
    let report = try #require(Self.report())
    let kinds = report.diff.changes.map(\.kind)
    #expect(
      kinds == [
        "metadata-changed", "indicator-reworded", "indicator-moved", "indicator-added",
        "indicator-removed", "competency-renamed", "role-removed",
      ])
    #expect(report.diff.changes.filter(\.isBreaking).map(\.kind) == ["role-removed"])
    #expect(
      report.summary == "1 added, 2 removed, 1 moved, 1 reworded, 1 renamed, 1 changed; 1 breaking")
  }

  @Test(arguments: DiffReport.Format.allCases)
  func reportMatchesGolden(format: DiffReport.Format) throws {
    let report = try #require(Self.report())
    let output = report.render(format)
    let suffix = ["text": "txt", "json": "json", "markdown": "md"][format.rawValue]!
    Golden.assertMatches(output, path: "Tests/Goldens/diff/mansfield-ashfield.\(suffix)")
    #expect(output.hasSuffix("\n"))
    #expect(report.render(format) == output, "deterministic")
  }

  @Test func textAndMarkdownShowTheWordDiff() throws {
    let report = try #require(Self.report())
    let text = report.text()
    #expect(
      text.contains(
        "help [-people see-]{+everyone understand+} their [-role within-]{+part in+} it."))
    #expect(
      text.contains("  > indicator moved from level 2 to level 3: Adopt a council-wide perspective")
    )
    #expect(text.contains("  - role ‘Team Leader’ (team-leader) removed [breaking]\n"))
    let markdown = report.markdown()
    #expect(
      markdown.contains(
        "help ~~people see~~ **everyone understand** their ~~role within~~ **part in** it."))
    #expect(markdown.contains("\n#### Building capacity for all\n"))
  }

  @Test func jsonIsValidAndHasAKindForEachChange() throws {
    let report = try #require(Self.report())
    let object = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
    let changes = try #require(object?["changes"] as? [[String: Any]])
    #expect(changes.map { $0["kind"] as? String } == report.diff.changes.map(\.kind))
    let summary = try #require(object?["summary"] as? [String: Int])
    #expect(summary["breaking"] == 1)
  }

  @Test func bundledFrameworksHaveNoChangesAgainstThemselves() {
    for (name, framework) in TestFrameworks.bundled() {
      let diff = FrameworkDiff(old: framework, new: framework)
      #expect(diff.changes.isEmpty, "\(name)")
    }
  }
}
