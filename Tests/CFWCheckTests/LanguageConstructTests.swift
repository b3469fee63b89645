import CFWCheck
import CFWModel
import CFWSyntax
import CFWTestSupport
import Foundation
import Testing

/// The constructs for frameworks of other shapes: what each means in the model, and the
/// example frameworks in docs/examples that use them.
@Suite struct LanguageConstructTests {
  static let examples = [
    "product-engineering-ladder", "citizen-digital-skills",
    "paired-behaviours", "volunteer-skills-by-stage",
  ]

  /// Each construct that can be written wrongly has a fixture of its mistakes, marked
  /// `# next line: CFWnnn`, in Tests/Fixtures/language/wrong, and a corrected twin of the
  /// same name in Tests/Fixtures/language/right.
  static let constructs = [
    "attributes-and-lists", "bands", "codes", "cumulative", "ladders", "level-blocks",
    "level-first",
  ]

  static func checkFixture(_ folder: String, _ name: String) -> DiagnosticFixtureTests.Result {
    DiagnosticFixtureTests.check("\(name).cfw") { path in
      FileManager.default.contents(
        atPath: RepositoryPaths.root.appendingPathComponent(
          "Tests/Fixtures/language/\(folder)/\(path)"
        ).path
      ).map { [UInt8]($0) }
    }
  }

  @Test(arguments: constructs) func mistakesInAConstructAreEachReportedOnce(name: String) {
    let result = Self.checkFixture("wrong", name)
    #expect(!result.diagnostics.isEmpty)
    #expect(result.places == result.markedPlaces)
    Golden.assertMatches(result.rendered, path: "Tests/Goldens/language/\(name).txt")
  }

  @Test(arguments: constructs) func theCorrectedConstructDrawsNothing(name: String) {
    let result = Self.checkFixture("right", name)
    #expect(!result.files.isEmpty, "cannot read \(name)")
    #expect(result.diagnostics.isEmpty, "\(result.rendered)")
  }

  @Test func everyConstructFixtureHasATwin() throws {
    for folder in ["wrong", "right"] {
      let url = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/language/\(folder)")
      let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        .filter { $0.hasSuffix(".cfw") }.map { String($0.dropLast(4)) }.sorted()
      #expect(names == Self.constructs, "\(folder)")
    }
  }

  static func framework(_ text: String, files: [String: String] = [:]) throws -> Framework {
    let (compiled, diagnostics) = TestFrameworks.compile(text, files: files)
    let renderer = DiagnosticRenderer(colour: false)
    #expect(diagnostics.isEmpty, "\(diagnostics.map { renderer.render($0, file: compiled.file) })")
    return try #require(compiled.framework)
  }

  @Test(arguments: examples) func exampleFrameworksAreCleanUnderStrict(name: String) throws {
    let url = RepositoryPaths.root.appendingPathComponent("docs/examples/\(name).cfw")
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    let (compiled, diagnostics) = TestFrameworks.compile(text, path: "\(name).cfw")
    #expect(compiled.framework != nil)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
  }

  @Test func levelBlocksHoldSummariesNegativesListsAndAttributes() throws {
    let framework = try Self.framework(
      """
      framework F
        negative Ineffective behaviours
        indicators Effective behaviours
      scale S
        level 1 One
        level 2 Two
      competency C
        level 1 Starts
          description
            A summary.
          - Listens.
          negative
            - Interrupts.
          list Evidence
            - A note.
          attribute Weight: high
        level 2
          - Leads.
      """)
    let competency = try #require(framework.allCompetencies.first)
    let block = competency.levels[0]
    #expect(block.title == "Starts")
    #expect(block.descriptions.count == 1)
    #expect(block.indicators.map(\.text) == ["Listens."])
    #expect(block.negatives.first?.items.map(\.text) == ["Interrupts."])
    #expect(block.negatives.first?.items.first?.polarity == .negative)
    #expect(block.negatives.first?.items.first?.levelID == "1")
    #expect(block.lists.first?.title == "Evidence")
    #expect(block.attributes == [Attribute(name: "Weight", value: "high")])
    #expect(competency.allIndicators.map(\.text) == ["Listens.", "Interrupts.", "Leads."])
    #expect(framework.negativeHeading == "Ineffective behaviours")
    #expect(framework.indicatorHeading == "Effective behaviours")
  }

  @Test func bandsGatherConsecutiveLevelsOfACumulativeScale() throws {
    let framework = try Self.framework(
      """
      framework F
      scale S
        cumulative
        band Foundation {#base}
          description
            New people.
          level 1 One
            intro With guidance, I can:
          level 2 Two
        level 3 Three
      competency C
        level 1
          - Listens.
      """)
    let scale = try #require(framework.scales.first)
    #expect(scale.isCumulative)
    #expect(scale.levels.map(\.id) == ["1", "2", "3"])
    #expect(scale.bands.map(\.id) == ["base"])
    #expect(scale.bands.first?.levelIDs == ["1", "2"])
    #expect(scale.bands.first?.description.isEmpty == false)
    #expect(scale.description.isEmpty)
    #expect(scale.band(of: "3") == nil)
    #expect(scale.levels[0].intro == "With guidance, I can:")
    #expect(scale.levels[0].description.isEmpty)
  }

  @Test func referencesResolveThroughCodesAndSecondNames() throws {
    let framework = try Self.framework(
      """
      framework F
      scale S
        level 1 One
      competency 🧭 Coaching others {#coaching}
        code A.1
        alias Coaching
        level 1
          - Coaches. [[links to a.2]]
      competency Listening
        code A.2
        related Coaching
        level 1
          - Listens. [[links to A.1 at level 1]]
      role R
        requires Coaching at level 1
        desirable A.2 at level 1
      """)
    let competencies = framework.allCompetencies
    #expect(competencies[0].code == "A.1")
    #expect(competencies[0].aliases == ["Coaching"])
    #expect(competencies[0].levels[0].indicators[0].references[0].competency.id == "listening")
    #expect(competencies[1].related[0].id == "coaching")
    #expect(competencies[1].levels[0].indicators[0].references[0].competency.id == "coaching")
    let role = try #require(framework.roles.first)
    #expect(role.requirements.map(\.competency.id) == ["coaching", "listening"])
    #expect(role.requirements.map(\.importance) == [.essential, .desirable])
  }

  @Test func careerLaddersShareTheRolesRequirementsAcrossLevels() throws {
    let framework = try Self.framework(
      """
      framework F
      scale S
        level 1 One
        level 2 Two
      competency Planning
        level 1
          - a
        level 2
          - b
      competency Listening
        level 1
          - c
        level 2
          - d
      family Engineering
        family Platform
          role Operator
            requires Planning at level 1
        role Engineer
          requires Planning at level 1
          requires Listening at level 1
          level L1 Junior
            optional Listening at level 2
          level L2 Senior
            requires Planning at level 2
            attribute Band: 7
      """)
    #expect(framework.families.map(\.id) == ["engineering", "platform"])
    #expect(framework.families.map(\.parentID) == [nil, "engineering"])
    #expect(framework.roles.map(\.title) == ["Engineer", "Operator"])
    #expect(framework.roles.map(\.familyID) == ["engineering", "platform"])
    let engineer = framework.roles[0]
    #expect(engineer.levels.map(\.id) == ["l1", "l2"])
    #expect(engineer.levels.map(\.displayName) == ["Junior", "Senior"])
    let junior = engineer.requirements(at: engineer.levels[0])
    #expect(
      junior.map { "\($0.competency.id!) \($0.level.id!) \($0.importance)" }
        == ["planning 1 essential", "listening 2 optional"])
    let senior = engineer.requirements(at: engineer.levels[1])
    #expect(senior.map { "\($0.competency.id!) \($0.level.id!)" } == ["listening 1", "planning 2"])
  }

  @Test func aFrameworkWrittenLevelByLevelHasTheSameModel() throws {
    let byLevel = try Self.framework(
      """
      framework F
      scale S
        stage 1 One
        stage 2 Two
      group G
        competency Planning
          description
            About planning.
        competency Listening
      stage 1
        competency Planning
          - a1
        competency Listening
          - b1
          negative
            - not b1
      stage 2
        competency Planning
          - a2
        competency Listening
          - b2
      """)
    var byCompetency = try Self.framework(
      """
      framework F
      scale S
        stage 1 One
        stage 2 Two
      group G
        competency Planning
          description
            About planning.
          stage 1
            - a1
          stage 2
            - a2
        competency Listening
          stage 1
            - b1
            negative
              - not b1
          stage 2
            - b2
      """)
    #expect(byLevel.layout == .byLevel)
    #expect(byCompetency.layout == .byCompetency)
    byCompetency.layout = .byLevel
    var levelFirst = byLevel
    // Where a block was written is kept, but is not what the model means.
    func competencyFirst(_ members: [Member]) -> [Member] {
      members.map { member in
        switch member {
        case .group(var group):
          group.members = competencyFirst(group.members)
          return .group(group)
        case .competency(var competency):
          for index in competency.levels.indices { competency.levels[index].isLevelFirst = false }
          return .competency(competency)
        }
      }
    }
    levelFirst.contents = levelFirst.contents.map { content in
      guard case .group(let group) = content else { return content }
      guard case .group(let done) = competencyFirst([.group(group)])[0] else { return content }
      return .group(done)
    }
    #expect(levelFirst == byCompetency)
  }

  @Test func unknownNamesInLevelFirstBlocksAreReportedWithASuggestion() {
    let (_, diagnostics) = TestFrameworks.compile(
      """
      framework F
      scale S
        level 1 One
      competency Listening well
      level 1 One
        competency Listening wel
          - a
      """)
    #expect(
      diagnostics.map(\.code) == [.emptyCompetency, .unexpectedArgument, .unknownCompetency])
    #expect(diagnostics.last?.help == "did you mean ‘Listening well’?")
  }

  @Test func anAttributeNeedsAColon() {
    let (_, diagnostics) = TestFrameworks.compile(
      """
      framework F
        attribute Owner People team
      """)
    #expect(diagnostics.map(\.code) == [.missingArgument])
    #expect(diagnostics.first?.range.start.column == 13)
  }

  @Test func aLevelFirstBlockUsesTheWordOfItsScale() {
    let (_, diagnostics) = TestFrameworks.compile(
      """
      framework F
      scale S
        stage 1 One
      competency Listening
      level 1
        competency Listening
          - Listens.
      """)
    #expect(diagnostics.map(\.code) == [.levelKeywordMismatch])
    #expect(diagnostics.first?.range.start.line == 5)
    #expect(diagnostics.first?.fixIt?.replacement == "stage")
  }
}
