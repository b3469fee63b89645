import CFWEmit
import CFWModel
import CFWTestSupport
import Testing

/// A role's handbook: only the role's competencies, at the levels expected, with the
/// levels above and below by the scale's seniority.
@Suite struct RoleHandbookTests {
  static let mansfield = RolePages.bundled("mansfield-ashfield")
  static let cherwell = RolePages.bundled("cherwell-south-northamptonshire")
  static let serviceManager = RolePages.page(
    mansfield, name: "mansfield-ashfield", path: "mansfield-ashfield/service-manager.html")
  static let cherwellTeamLeader = RolePages.page(
    cherwell, name: "cherwell-south-northamptonshire",
    path: "cherwell-south-northamptonshire/team-leader.html")

  @Test func serviceManagerHandbookMatchesGolden() {
    Golden.assertMatches(
      Self.serviceManager, path: "Tests/Goldens/html/mansfield-ashfield/service-manager.html")
  }

  @Test func everyRoleHasAHandbookAndAFormInTheFrameworksFolder() {
    for (name, framework) in RolePages.frameworks() {
      let paths = RolePages.files(framework, name: name).map(\.path)
      let expected = framework.roles.flatMap {
        ["\(name)/\($0.id).html", "\(name)/\($0.id)-form.html"]
      }
      #expect(paths == expected, "\(name)")
    }
    #expect(RolePages.files(Self.mansfield, name: "mansfield-ashfield").count == 4)
    #expect(RolePages.files(Self.cherwell, name: "cherwell-south-northamptonshire").count == 4)
  }

  @Test func showsOnlyTheRolesCompetenciesInItsOrder() {
    for (name, framework) in RolePages.frameworks() {
      for (index, role) in framework.roles.enumerated() {
        let html = RolePages.files(framework, name: name)[2 * index].text
        let sections = HTMLStructureCheck.scan(html).tags.filter {
          $0.name == "section" && !$0.isEnd
            && $0.attributes["class"] == "competency role-competency"
        }.compactMap { $0.attributes["id"] }
        let required = role.requirements.map { "competency-" + ($0.competency.id ?? "") }
        #expect(sections == required, "\(name) \(role.title)")
        for competency in framework.allCompetencies
        where !role.requirements.contains(where: { $0.competency.id == competency.id }) {
          let headed = [">", " "].contains { html.contains($0 + competency.title + "</h2>") }
          #expect(!headed, "\(role.title): \(competency.title)")
        }
      }
    }
  }

  @Test func aboveIsTheMoreSeniorLevelOfADescendingScale() {
    let big = RolePages.section("competency-seeing-the-big-picture", in: Self.serviceManager)
    #expect(big.contains("<h3><span class=\"standing\">Level expected: </span>Level 2</h3>"))
    #expect(
      big.contains(
        "<h3><span class=\"standing\">Level above, to develop towards: </span>Level 1</h3>"))
    #expect(big.contains("<h3><span class=\"standing\">Level below: </span>Level 3</h3>"))
    #expect(big.contains("Articulate the council&#39;s Corporate Plan"), "a level 1 indicator")
    #expect(big.contains("Be alert to emerging issues"), "a level 3 indicator")
    let ordered = ["Level expected: ", "Level above, to develop towards: ", "Level below: "]
      .compactMap { big.range(of: $0)?.lowerBound }
    #expect(ordered.count == 3 && ordered == ordered.sorted())

    let teamLeader = RolePages.page(
      Self.mansfield, name: "mansfield-ashfield", path: "mansfield-ashfield/team-leader.html")
    let pace = RolePages.section("competency-delivering-at-pace", in: teamLeader)
    #expect(pace.contains("Level above, to develop towards: </span>Level 2</h3>"))
    #expect(!pace.contains("Level below"))
    #expect(Self.serviceManager.contains("<p>Level 1 is the most senior level: "))
  }

  @Test func aboveIsTheNextDescribedLevelOfAnAscendingScaleSkippingMidpoints() {
    let communication = RolePages.section("competency-communication", in: Self.cherwellTeamLeader)
    #expect(communication.contains("Level expected: </span>Level D</h3>"))
    #expect(communication.contains("Level above, to develop towards: </span>Level F</h3>"))
    #expect(communication.contains("Level below: </span>Level B</h3>"))
    #expect(communication.contains("<h4>Influence and Persuasion</h4>"))
    let teamwork = RolePages.section(
      "competency-collaborative-teamwork", in: Self.cherwellTeamLeader)
    #expect(teamwork.contains("Level above, to develop towards: </span>Level H</h3>"))
    #expect(teamwork.contains("Level below: </span>Level D</h3>"))
    let people = RolePages.section(
      "competency-managing-people-and-change", in: Self.cherwellTeamLeader)
    #expect(people.contains("Level above, to develop towards: </span>Level D</h3>"))
    #expect(!people.contains("Level below"))
    for midpoint in ["A", "C", "E", "G"] {
      #expect(!Self.cherwellTeamLeader.contains("</span>Level \(midpoint)</h3>"))
    }
    #expect(Self.cherwellTeamLeader.contains("Mid-point ratings (A, C, E, G) carry no indicators"))
  }

  @Test func theMostSeniorLevelDescribedHasNoLevelAbove() {
    let html = RolePages.page(
      HTMLSampleFramework.framework, name: "sample", path: "sample/team-leader.html")
    let selfBelief = RolePages.section("competency-self-belief", in: html)
    // Stage 3 is in the scale, but Self Belief describes stages 1 and 2 only.
    #expect(selfBelief.contains("Level expected: </span>Established</h3>"))
    #expect(selfBelief.contains("Level below: </span>Emerging</h3>"))
    #expect(selfBelief.contains("<p class=\"cell-title\">Acts with confidence</p>"))
    #expect(!selfBelief.contains("Level above"))
    #expect(
      selfBelief.contains(
        "<p class=\"ladder-note\">Established is the most senior level this competency describes.</p>"
      ))
    // The Rating scale runs most senior first, so B is above D.
    let communication = RolePages.section("competency-communication", in: html)
    #expect(communication.contains("Level above, to develop towards: </span>Level B</h3>"))
    #expect(!communication.contains("Level below"))
  }

  @Test func showsBehavioursIndicatorsAtEveryLevelAndNegativeIndicators() {
    let html = RolePages.page(
      HTMLSampleFramework.framework, name: "sample", path: "sample/team-leader.html")
    let selfBelief = RolePages.section("competency-self-belief", in: html)
    #expect(selfBelief.contains("<h3>Features of this quality include:</h3>"))
    #expect(selfBelief.contains("<li>Knows their own mind.</li>"))
    #expect(selfBelief.contains("Doubts own capability</h3>"))
    #expect(selfBelief.contains("<li>Feels overwhelmed.</li>"))
  }

  @Test func linksLeadToTheFrameworksHandbookAndTheForm() {
    for (name, framework) in RolePages.frameworks() {
      let handbookIDs = RolePages.ids(HTMLEmitterTests.html(framework, name: name))
      for (path, html) in RolePages.files(framework, name: name) {
        let links = RolePages.links(html)
        #expect(links.contains("../\(name).html"), "\(path)")
        for link in links where link.hasPrefix("../\(name).html#") {
          let anchor = String(link.dropFirst("../\(name).html#".count))
          #expect(handbookIDs.contains(anchor), "\(path): \(link)")
        }
        if !path.hasSuffix("-form.html") {
          let form = String(path.split(separator: "/").last!.dropLast(".html".count)) + "-form.html"
          #expect(links.contains(form), "\(path)")
        }
      }
    }
    #expect(
      Self.serviceManager.contains(
        "<a href=\"../mansfield-ashfield.html#competency-seeing-the-big-picture\">Seeing the big picture at every level, in the framework’s handbook</a>"
      ))
  }

  @Test func everyRolePageIsWellStructured() {
    for (name, framework) in RolePages.frameworks() {
      let files = RolePages.files(framework, name: name)
      let siblings = Set(files.map { String($0.path.split(separator: "/").last!) })
      for (path, html) in files {
        let problems = HTMLStructureCheck.problems(
          html, language: framework.language, proseLinks: HTMLStructureCheck.proseLinks(framework),
          localFiles: siblings.union(["../\(name).html"]),
          landmarks: path.hasSuffix("-form.html") ? ["header", "main"] : ["header", "nav", "main"])
        #expect(problems == [], "\(path)")
      }
    }
  }

  @Test func roleTextIsEscaped() {
    var framework = HTMLSampleFramework.framework
    framework.roles[0].title = "Lead </style><script>alert(1)</script> & \"Co\""
    for (path, html) in RolePages.files(framework, name: "sample") {
      #expect(!html.contains("<script"), "\(path)")
      #expect(html.components(separatedBy: "</style>").count == 2, "\(path)")
      #expect(
        html.contains(
          "Lead &lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
    }
  }

  @Test func emittingTwiceGivesIdenticalPages() {
    for (name, framework) in RolePages.frameworks() {
      #expect(
        RolePages.files(framework, name: name).map(\.text)
          == RolePages.files(framework, name: name).map(\.text), "\(name)")
    }
  }

  @Test func pagesAreNamedByRoleIdentifierAndNeverClash() {
    var framework = HTMLSampleFramework.framework
    let role = framework.roles[0]
    framework.roles = [
      Role(id: "team-leader-form", title: "Team Leader Form"), role,
      Role(id: "", title: "../"), Role(id: "../etc", title: "Hand-made"),
    ]
    let paths = HTMLEmitter().emit(framework, name: "my framework").map(\.path)
    #expect(
      paths == [
        "my framework.html",
        "my framework/team-leader-form.html", "my framework/team-leader-form-form.html",
        "my framework/team-leader-2.html", "my framework/team-leader-2-form.html",
        "my framework/role-3.html", "my framework/role-3-form.html",
        "my framework/role-4.html", "my framework/role-4-form.html",
      ])
    let handbook = String(
      decoding: HTMLEmitter().emit(framework, name: "my framework")[0].contents, as: UTF8.self)
    #expect(handbook.contains("<a href=\"my%20framework/team-leader-2.html\">role handbook</a>"))
    let page = String(
      decoding: HTMLEmitter().emit(framework, name: "my framework")[1].contents, as: UTF8.self)
    #expect(page.contains("<a href=\"../my%20framework.html\">"))
  }
}
