import CFWEmit
import CFWModel
import CFWTestSupport
import Testing

/// A role's self-assessment and appraisal form: per competency the indicators at the level
/// expected, a rating on every level of the scale, boxes for evidence and comments, and
/// signature lines.
@Suite struct RoleFormTests {
  static let cherwellForm = RolePages.page(
    RoleHandbookTests.cherwell, name: "cherwell-south-northamptonshire",
    path: "cherwell-south-northamptonshire/team-leader-form.html")
  static let serviceManagerForm = RolePages.page(
    RoleHandbookTests.mansfield, name: "mansfield-ashfield",
    path: "mansfield-ashfield/service-manager-form.html")

  @Test func cherwellTeamLeaderFormMatchesGolden() {
    Golden.assertMatches(
      Self.cherwellForm,
      path: "Tests/Goldens/html/cherwell-south-northamptonshire/team-leader-form.html")
  }

  @Test func ratingsOfferEveryLevelMidpointsIncludedAndMarkTheExpectedOne() {
    let communication = RolePages.section("competency-communication", in: Self.cherwellForm)
    let cell =
      "<td><span class=\"choice midpoint\">A<span class=\"visually-hidden\"> (mid-point)</span></span> "
      + "<span class=\"choice\">B</span> "
      + "<span class=\"choice midpoint\">C<span class=\"visually-hidden\"> (mid-point)</span></span> "
      + "<span class=\"choice expected\">D<span class=\"visually-hidden\"> (expected)</span></span> "
      + "<span class=\"choice midpoint\">E<span class=\"visually-hidden\"> (mid-point)</span></span> "
      + "<span class=\"choice\">F</span> "
      + "<span class=\"choice midpoint\">G<span class=\"visually-hidden\"> (mid-point)</span></span> "
      + "<span class=\"choice\">H</span></td>"
    // A row per theme, a cell for the employee and one for the manager.
    #expect(communication.components(separatedBy: cell).count - 1 == 8)
    for theme in ["Style", "Method", "Influence and Persuasion", "Messages"] {
      #expect(communication.contains("<th scope=\"row\">\(theme)</th>"), "\(theme)")
    }
    #expect(communication.contains("<th scope=\"col\">Employee’s rating</th>"))
    #expect(communication.contains("<th scope=\"col\">Manager’s rating</th>"))
    let teamwork = RolePages.section("competency-collaborative-teamwork", in: Self.cherwellForm)
    #expect(teamwork.contains("<span class=\"choice expected\">F<"))
    #expect(!teamwork.contains("<span class=\"choice expected\">D<"))
  }

  @Test func aCompetencyWithoutThemesHasOneRating() {
    let pace = RolePages.section("competency-delivering-at-pace", in: Self.serviceManagerForm)
    #expect(pace.contains("<th scope=\"col\">Competency</th>"))
    #expect(pace.contains("<th scope=\"row\">Delivering at pace</th>"))
    #expect(pace.components(separatedBy: "<tr>").count - 1 == 2)
    #expect(
      pace.contains(
        "<td><span class=\"choice\">1</span> <span class=\"choice expected\">2<span class=\"visually-hidden\"> (expected)</span></span> <span class=\"choice\">3</span></td>"
      ))
  }

  @Test func showsTheIndicatorsAtTheLevelExpectedOnly() throws {
    let framework = RoleHandbookTests.mansfield
    for requirement in framework.roles[0].requirements {
      let competency = try #require(
        requirement.competency.id.flatMap { framework.competency(id: $0) })
      let block = RolePages.section("competency-" + competency.id, in: Self.serviceManagerForm)
      #expect(block.contains("<h3>Indicators at Level 2</h3>"))
      for level in competency.levels {
        for indicator in level.indicators {
          let shown = block.contains(HTMLNode.escape(indicator.text))
          #expect(shown == (level.levelID == "2"), "\(competency.title): \(indicator.text)")
        }
      }
      for indicator in competency.negatives.flatMap(\.items) {
        #expect(block.contains(HTMLNode.escape(indicator.text)))
      }
    }
  }

  @Test func everyCompetencyHasBoxesForEvidenceAndComments() {
    let count = RoleHandbookTests.cherwell.roles[0].requirements.count
    #expect(Self.cherwellForm.components(separatedBy: "<h3>Evidence</h3>").count - 1 == count)
    #expect(Self.cherwellForm.components(separatedBy: "<h3>Comments</h3>").count - 1 == count)
    #expect(
      Self.cherwellForm.components(separatedBy: "<div class=\"write-in medium\"></div>").count - 1
        == 2 * count)
    #expect(Self.cherwellForm.contains("<h3>Development agreed</h3>"))
  }

  @Test func endsWithSignatureLinesForEmployeeAndManager() {
    let summary = RolePages.section("summary", in: Self.cherwellForm)
    #expect(summary.contains("<caption>Signatures</caption>"))
    for column in ["Signed by", "Name", "Signature", "Date"] {
      #expect(summary.contains("<th scope=\"col\">\(column)</th>"), "\(column)")
    }
    for signer in ["Employee", "Manager"] {
      #expect(
        summary.contains(
          "<th scope=\"row\">\(signer)</th>\n              <td></td>\n              <td></td>\n              <td></td>"
        ), "\(signer)")
    }
  }

  @Test func theKeySaysWhatEachRatingMeans() {
    #expect(Self.cherwellForm.contains("<caption>Rating scale: what each rating means</caption>"))
    #expect(Self.cherwellForm.contains("<p>Mid-point rating, below Level B.</p>"))
    #expect(Self.cherwellForm.contains("<p>Mid-point rating, between Level F and Level H.</p>"))
    #expect(Self.cherwellForm.contains("<p>Shows the behaviours of Level D.</p>"))
    #expect(
      Self.serviceManagerForm.contains("<p>Chief Executives, Directors and Heads of Service</p>"))
    // The sample's Rating scale runs most senior first: A, a mid-point, is above B.
    let sample = RolePages.page(
      HTMLSampleFramework.framework, name: "sample", path: "sample/team-leader-form.html")
    #expect(sample.contains("<p>Mid-point rating, above Level B.</p>"))
    #expect(sample.contains("<caption>Stages: what each rating means</caption>"))
  }

  @Test func theDetailsNameTheRole() {
    #expect(
      Self.cherwellForm.contains(
        "<th scope=\"row\">Job title</th>\n              <td>Team Leader</td>"))
    #expect(Self.cherwellForm.contains("<h1>Team Leader</h1>"))
    #expect(Self.cherwellForm.contains("<title>Team Leader: self-assessment and appraisal form – "))
  }

  @Test func printStyleIsA4WithWholeBlocksAndRuledBoxes() {
    for rule in [
      "@page { size: A4;", ".form-competency, .form-summary { break-inside: avoid; }",
      ".assessment, .rating-key, .field-pair, .fields, .signatures, ul.indicators { break-inside: avoid; }",
      "-webkit-print-color-adjust: exact;",
      "linear-gradient(to top, var(--rule) 1px, transparent 1px);",
      "content: \"Team Leader: self-assessment and appraisal form\";",
    ] {
      #expect(Self.cherwellForm.contains(rule), "\(rule)")
    }
    #expect(!Self.cherwellForm.contains("<script"))
    #expect(!Self.cherwellForm.contains("<input"))
  }
}
