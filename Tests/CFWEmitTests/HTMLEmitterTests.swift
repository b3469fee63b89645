import CFWEmit
import CFWModel
import CFWTestSupport
import Testing

@Suite struct HTMLEmitterTests {
  /// The handbook of a framework, as text.
  static func html(_ framework: Framework, name: String = "sample") -> String {
    let files = HTMLEmitter().emit(framework, name: name)
    return files.first.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
  }

  static let sample = html(HTMLSampleFramework.framework)

  @Test func sampleFrameworkMatchesGolden() {
    Golden.assertMatches(Self.sample, path: "Tests/Goldens/html/sample.html")
  }

  @Test func bundledFrameworksMatchGoldens() {
    let bundled = TestFrameworks.bundled()
    #expect(bundled.count >= 5)
    for (name, framework) in bundled {
      Golden.assertMatches(
        Self.html(framework, name: name), path: "Tests/Goldens/html/\(name).html")
    }
  }

  @Test func emitsTheHandbookNamedAfterTheSourceThenEachRolesPages() {
    let files = HTMLEmitter().emit(HTMLSampleFramework.framework, name: "mansfield-ashfield")
    #expect(
      files.map(\.path) == [
        "mansfield-ashfield.html", "mansfield-ashfield/team-leader.html",
        "mansfield-ashfield/team-leader-form.html",
      ])
    var noRoles = HTMLSampleFramework.framework
    noRoles.roles = []
    #expect(HTMLEmitter().emit(noRoles, name: "x").map(\.path) == ["x.html"])
    #expect(HTMLEmitter().format == .html)
    #expect(HTMLEmitter().emitShared([HTMLSampleFramework.framework]).isEmpty)
  }

  @Test func emittingTwiceGivesIdenticalBytes() {
    #expect(Self.html(HTMLSampleFramework.framework) == Self.sample)
    for (name, framework) in TestFrameworks.bundled() {
      #expect(Self.html(framework) == Self.html(framework), "\(name)")
    }
  }

  @Test func documentStartsWithDoctypeLanguageAndMeta() {
    let lines = Self.sample.split(separator: "\n").prefix(6).map(String.init)
    #expect(
      lines == [
        "<!doctype html>",
        "<html lang=\"en-GB\">",
        "  <head>",
        "    <meta charset=\"utf-8\">",
        "    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "    <meta name=\"generator\" content=\"cfw\">",
      ])
    var welsh = HTMLSampleFramework.framework
    welsh.language = "cy"
    #expect(Self.html(welsh).contains("<html lang=\"cy\">"))
  }

  @Test func coverShowsTitleSubtitlePublishersDateVersionAndLicence() {
    #expect(Self.sample.contains("<h1>Sample Leadership Framework</h1>"))
    #expect(Self.sample.contains("<p class=\"subtitle\">An introduction to the framework</p>"))
    #expect(Self.sample.contains("<p class=\"publisher\">Ashfield District Council</p>"))
    #expect(Self.sample.contains("<time datetime=\"2015-08\">August 2015</time>"))
    #expect(Self.sample.contains("<p class=\"version\">Version 2.1</p>"))
    #expect(Self.sample.contains("© Mansfield District Council. All rights reserved."))
  }

  @Test func datesAreWrittenOutInFull() {
    var framework = HTMLSampleFramework.framework
    framework.date = "2012-06-03"
    #expect(Self.html(framework).contains("<time datetime=\"2012-06-03\">3 June 2012</time>"))
    framework.date = "2012"
    #expect(Self.html(framework).contains("<p class=\"date\">2012</p>"))
  }

  @Test func contentsLinkToKindPrefixedAnchors() {
    for anchor in [
      "section-foreword", "section-how-to-use", "values-our-values", "scale-stages",
      "group-personal-qualities", "competency-self-belief", "group-people",
      "competency-managing-people", "competency-communication", "appendix-frameworks",
      "external-clf", "appendix-roles", "role-team-leader",
    ] {
      #expect(Self.sample.contains("<a href=\"#\(anchor)\">"), "\(anchor)")
      #expect(Self.sample.contains(" id=\"\(anchor)\""), "\(anchor)")
    }
  }

  @Test func aGroupAndACompetencyWithTheSameIdentifierGetDifferentAnchors() {
    var framework = HTMLSampleFramework.framework
    framework.contents.append(.group(Group(id: "communication", title: "Communication")))
    framework.contents.append(.section(Section(id: "foreword", title: "Foreword", parts: [])))
    let html = Self.html(framework)
    #expect(html.contains("<section class=\"group\" id=\"group-communication\">"))
    #expect(html.contains("<section class=\"competency\" id=\"competency-communication\">"))
    #expect(html.contains("<section class=\"prose\" id=\"section-foreword-2\">"))
  }

  @Test func levelsAreHeadedWithTheCompetencysOwnTitle() {
    #expect(Self.sample.contains("<h4>Emerging – Acts with confidence</h4>"))
    #expect(Self.sample.contains("<h4>Established</h4>"))
    #expect(Self.sample.contains("<h4>Features of this quality include:</h4>"))
    #expect(Self.sample.contains("<h4>At every level</h4>"))
  }

  @Test func scaleTableMarksMidpointsRatingOnly() {
    #expect(Self.sample.contains("<caption>Rating: levels in order, most senior first</caption>"))
    #expect(Self.sample.contains("<caption>Stages: stages in order</caption>"))
    let midpointRows = Self.sample.components(separatedBy: "<tr class=\"midpoint\">").count - 1
    #expect(midpointRows == 2)
    #expect(Self.sample.contains("<p class=\"rating-only\">Rating only</p>"))
  }

  @Test func levelGridHasThemeRowsAndNoMidpointColumns() {
    let grid = Self.section(of: "competency-communication", in: Self.sample)
    #expect(
      grid.contains(
        "<caption id=\"grid-competency-communication\">Communication: indicators by theme and level</caption>"
      ))
    #expect(grid.contains("<th scope=\"col\">Level B</th>"))
    #expect(grid.contains("<th scope=\"col\">Level D</th>"))
    #expect(!grid.contains("Level A"))
    #expect(!grid.contains("Level C"))
    #expect(
      grid.contains(
        "<th scope=\"row\">Style<div class=\"description\"><p>How we speak.</p></div></th>"))
    #expect(grid.contains("<td data-level=\"Level B\">"))
    #expect(grid.contains("<th scope=\"row\">Method</th>\n                <td></td>"))
    #expect(grid.contains("<p class=\"cell-title\">Adapts</p>"))
    #expect(
      grid.contains(
        "role=\"region\" aria-labelledby=\"grid-competency-communication\" tabindex=\"0\""))
  }

  @Test func negativeIndicatorsHaveTheirOwnHeadingAndBox() {
    #expect(
      Self.sample.contains(
        "<h4><span class=\"negative-tag\">Negative indicators</span><span class=\"visually-hidden\">: </span>Doubts own capability</h4>"
      ))
    #expect(
      Self.sample.contains("<h5><span class=\"negative-tag\">Negative indicators</span></h5>"))
    #expect(Self.sample.components(separatedBy: "<section class=\"negative\">").count - 1 == 2)
  }

  @Test func audiencesAreNoted() {
    #expect(Self.sample.contains("<p class=\"audience\">For all employees</p>"))
    #expect(Self.sample.contains("<p class=\"audience\">Relevant to most senior staff only</p>"))
    #expect(Self.sample.contains("<p class=\"audience-tag\">For leaders</p>"))
  }

  @Test func labelsPrecedeTitles() {
    #expect(
      Self.sample.contains(
        "<h2><span class=\"label\">Cluster One</span><span class=\"visually-hidden\">: </span>Personal Qualities</h2>"
      ))
    #expect(Self.sample.contains("<h3><span class=\"number\">1</span> Self Belief</h3>"))
    #expect(
      Self.sample.contains(
        "<a href=\"#group-personal-qualities\">Cluster One: Personal Qualities</a>"))
  }

  @Test func referencesBecomeBadgesLinkedToTheirTargets() {
    #expect(
      Self.sample.contains(
        "Manages own anxieties. <span class=\"ref\"><span class=\"ref-strength\">from</span> <a href=\"#external-clf_confidence\">CLF: Confidence – Established</a></span>"
      ))
    #expect(
      Self.sample.contains(
        "<span class=\"ref-strength\">closely links to</span> <a href=\"#competency-communication\">Communication – Level D</a>"
      ))
    #expect(
      Self.sample.contains(
        "<span class=\"ref-strength\">links to</span> <a href=\"#external-clf_leadership\">CLF: Leadership</a>"
      ))
  }

  @Test func frameworksAppendixListsOnlyCitedCompetencies() {
    let appendix = Self.section(of: "appendix-frameworks", in: Self.sample)
    #expect(appendix.contains("<h3>CLF: Continuous Learning Framework</h3>"))
    #expect(appendix.contains("Published by Scottish Social Services Council."))
    #expect(
      appendix.contains("<p class=\"levels\">CLF levels, in order: Engaged, Established.</p>"))
    #expect(
      appendix.contains(
        "<li id=\"external-clf_confidence\"><span class=\"cited-title\">Confidence</span> – cited in <a href=\"#competency-self-belief\">Self Belief</a></li>"
      ))
    #expect(
      appendix.contains(
        "<span class=\"cited-title\">Leadership</span> – cited in <a href=\"#competency-communication\">Communication</a>"
      ))
    #expect(!appendix.contains("Resilience"))
  }

  @Test func rolesAppendixHasARequirementsTable() {
    let appendix = Self.section(of: "appendix-roles", in: Self.sample)
    #expect(appendix.contains("<caption>Team Leader: competencies and levels expected</caption>"))
    #expect(
      appendix.contains(
        "<th scope=\"row\"><a href=\"#competency-self-belief\">Self Belief</a></th>"))
    #expect(appendix.contains("<td>Established</td>"))
    #expect(appendix.contains("<td>Level D</td>"))
    #expect(
      appendix.contains(
        "<p class=\"role-pages\">The <a href=\"sample/team-leader.html\">role handbook</a> and the <a href=\"sample/team-leader-form.html\">self-assessment and appraisal form</a> for this role.</p>"
      ))
    var noRoles = HTMLSampleFramework.framework
    noRoles.roles = []
    noRoles.externals = []
    #expect(!Self.html(noRoles).contains("appendix-"))
  }

  @Test func relatedCompetenciesAreLinksWhenResolved() {
    #expect(
      Self.sample.contains(
        "<p class=\"related\"><span class=\"related-title\">Related competencies:</span> <a href=\"#competency-communication\">Communication</a>, Unknown competency</p>"
      ))
  }

  @Test func proseLinksPrintTheirAddressUnlessTheTextIsTheAddress() {
    #expect(
      Self.sample.contains(
        "<a href=\"https://example.org/guide\" class=\"print-url\"><strong>the guide</strong></a>"))
    var framework = HTMLSampleFramework.framework
    framework.contents = [
      .section(
        Section(
          id: "links", title: "Links",
          parts: [
            .prose(
              .paragraph([
                .link(text: [.text("www.example.org")], url: "http://www.example.org"),
                .link(text: [.text("hr@example.org")], url: "mailto:hr@example.org"),
              ]))
          ]))
    ]
    let html = Self.html(framework)
    #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
    #expect(html.contains("<a href=\"mailto:hr@example.org\">hr@example.org</a>"))
  }

  @Test func printStyleHasPagesNumbersAndBreaks() {
    for rule in [
      "@page { size: A4;", "@bottom-center {", "content: counter(page);",
      "content: \"Sample Leadership Framework\";",
      ".group, main > .competency, .appendix { break-before: page; }",
      "tr { break-inside: avoid; }", "break-after: avoid;", "max-width: 70ch;",
    ] {
      #expect(Self.sample.contains(rule), "\(rule)")
    }
  }

  /// The text from the element with this id to the end of the document.
  static func section(of id: String, in html: String) -> Substring {
    guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
    return html[start.lowerBound...]
  }
}
