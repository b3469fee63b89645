import CFWModel
import CFWTestSupport
import Foundation
import Testing

/// The five seed frameworks, compiled: their shape matches the ground truth of the source
/// documents, their text covers the source, and sample indicators sit where they should.
@Suite struct SeedFrameworkTests {
  func load(_ name: String) throws -> Framework {
    try #require(
      TestFrameworks.load(RepositoryPaths.frameworks.appendingPathComponent("\(name).cfw")))
  }

  func indicators(_ framework: Framework, level: String) -> Int {
    framework.allCompetencies.reduce(0) { total, competency in
      total + competency.allIndicators.filter { $0.levelID == level }.count
    }
  }

  @Test func publicServiceLeadership() throws {
    let framework = try load("public-service-leadership")
    #expect(framework.allGroups.count == 3)
    #expect(framework.allCompetencies.count == 15)
    let stages = framework.allGroups.map { $0.competencies.map(\.levels.count) }
    #expect(stages == [[4, 3, 3, 3, 3], [5, 3, 3, 4, 4], [6, 3, 3, 4, 3]])
    for competency in framework.allCompetencies {
      #expect(competency.negatives.count == 1, "\(competency.title)")
      #expect(competency.negatives.first?.title?.isEmpty == false, "\(competency.title)")
      #expect(competency.negatives.first?.items.isEmpty == false, "\(competency.title)")
    }
    let selfBelief = try #require(framework.competency(id: "self-belief"))
    #expect(selfBelief.levels[0].title == "Acts with confidence")
    #expect(
      selfBelief.levels[0].indicators[0].text
        == "Manages own anxieties and appears confident to others.")
    #expect(selfBelief.negatives[0].title == "Doubts own capability or is arrogant")
    #expect(selfBelief.behaviours[0].items[0].text == "Relishing a challenge.")
  }

  @Test func scottishLeadershipCapabilities() throws {
    let framework = try load("scottish-leadership-capabilities")
    #expect(framework.allCompetencies.count == 6)
    #expect(framework.allCompetencies.map(\.themes.count) == [4, 5, 3, 4, 3, 3])
    let cells = framework.allCompetencies.flatMap(\.themes).flatMap(\.levels)
    #expect(cells.count == 66)
    #expect(cells.allSatisfy { $0.indicators.count == 1 })
    let references = framework.allCompetencies.flatMap(\.allIndicators).flatMap(\.references)
    #expect(references.count == 24)
    #expect(
      references.allSatisfy {
        $0.framework?.id == "clf" && $0.competency.id != nil && $0.level?.id != nil
      })
    #expect(Set(references.compactMap(\.competency.id)).count == 9)
    #expect(Set(references.compactMap { $0.level?.id }).count == 4)
    #expect(references.filter { $0.strength == .closelyLinksTo }.count == 2)
    let vision = try #require(framework.competency(id: "vision"))
    let cell = vision.themes[0].levels[0]
    #expect(vision.themes[0].title == "Seeing how best to make a difference")
    #expect(cell.levelID == "1")
    #expect(
      cell.indicators[0].text.hasPrefix("I can see how the lives of the people who use the service")
    )
    let ethos = try #require(vision.themes.first { $0.title == "Promoting a public service ethos" })
    let linked = ethos.levels[0].indicators[0]
    #expect(linked.references.first?.strength == .closelyLinksTo)
    #expect(linked.references.first?.competency.id == "awareness-of-the-wider-context")
    #expect(linked.references.first?.level?.id == "established")
    #expect(ethos.levels[2].indicators[0].references.first?.competency.id == "confidence")
    #expect(ethos.levels[2].indicators[0].references.first?.level?.id == "exemplary")
  }

  @Test func adultSocialCareLeadership() throws {
    let framework = try load("adult-social-care-leadership")
    #expect(framework.allGroups.count == 7)
    #expect(framework.allCompetencies.count == 28)
    #expect(framework.allGroups.allSatisfy { $0.competencies.count == 4 })
    #expect(framework.scales.first?.levels.count == 4)
    let groups = framework.allGroups
    let levelIndicators = groups.prefix(5).flatMap(\.competencies).flatMap(\.levels).flatMap(
      \.indicators)
    #expect(levelIndicators.count == 80)
    let independent = groups.suffix(2).flatMap(\.competencies).flatMap(\.indicators).flatMap(
      \.items)
    #expect(independent.count == 8)
    #expect(groups.suffix(2).allSatisfy { $0.audience == "Relevant to most senior staff only" })
    #expect(groups.prefix(5).allSatisfy { $0.audience == nil })
    let behaviours = framework.allCompetencies.flatMap(\.behaviours).flatMap(\.items)
    #expect(behaviours.count == 112)
    let awareness = try #require(framework.competency(id: "developing-self-awareness"))
    #expect(awareness.behaviours[0].title == "Good leaders:")
    #expect(
      awareness.levels[0].indicators[0].text
        == "Demonstrates self-awareness in everyday practice including being aware of the responses of others to their actions and behaviours."
    )
  }

  @Test func cherwellSouthNorthamptonshire() throws {
    let framework = try load("cherwell-south-northamptonshire")
    #expect(framework.allGroups.count == 2)
    #expect(framework.allGroups.map(\.competencies.count) == [7, 4])
    #expect(framework.allCompetencies.flatMap(\.themes).count == 39)
    let scale = try #require(framework.scales.first)
    #expect(scale.levels.map(\.code) == ["A", "B", "C", "D", "E", "F", "G", "H"])
    #expect(scale.levels.filter(\.isMidpoint).map(\.code) == ["A", "C", "E", "G"])
    let cells = framework.allCompetencies.flatMap(\.themes).flatMap(\.levels)
    #expect(cells.count == 156)
    #expect(cells.allSatisfy { !$0.indicators.isEmpty })
    #expect(Set(cells.map(\.code)) == ["B", "D", "F", "H"])
    #expect(framework.date == "2015-08")
    let communication = try #require(framework.competency(id: "communication"))
    let style = try #require(communication.themes.first { $0.title == "Style" })
    #expect(style.levels[0].code == "B")
    #expect(style.levels[0].indicators[0].text == "Communicates politely, clearly and confidently.")
  }

  @Test func mansfieldAshfield() throws {
    let framework = try load("mansfield-ashfield")
    #expect(framework.allGroups.count == 3)
    #expect(framework.allCompetencies.count == 10)
    let scale = try #require(framework.scales.first)
    #expect(scale.levels.count == 3)
    #expect(scale.seniority == .descending)
    #expect(indicators(framework, level: "1") == 47)
    #expect(indicators(framework, level: "2") == 40)
    #expect(indicators(framework, level: "3") == 31)
    let negatives = framework.allCompetencies.flatMap(\.negatives).flatMap(\.items)
    #expect(negatives.count == 19)
    #expect(negatives.allSatisfy { $0.polarity == .negative && $0.levelID == nil })
    #expect(framework.valueLists.map(\.values.count) == [4, 5])
    #expect(framework.publishers.count == 2)
    let picture = try #require(framework.competency(id: "seeing-the-big-picture"))
    #expect(picture.levels[0].indicators.contains { $0.text.hasPrefix("Articulate the council") })
    #expect(picture.descriptions.contains { $0.audience == "leaders" })
    #expect(framework.competency(id: "building-capability-for-all") != nil)
    #expect(framework.competency(id: "delivering-at-pace") != nil)
  }

  /// At least 98% of the source’s sentences of five or more words appear in the compiled
  /// framework’s text, after normalising case, punctuation and whitespace. Bullet glyphs
  /// left by the PDF export at the start of a line count as punctuation.
  @Test(arguments: [
    "public-service-leadership", "scottish-leadership-capabilities", "adult-social-care-leadership",
    "cherwell-south-northamptonshire", "mansfield-ashfield",
  ])
  func fidelity(name: String) throws {
    let framework = try load(name)
    let compiled = " " + FrameworkText.normalise(FrameworkText.of(framework)) + " "
    let source = try String(
      contentsOf: RepositoryPaths.frameworks.appendingPathComponent("sources/\(name).txt"),
      encoding: .utf8)
    let sentences = Self.sentences(source)
    let missing = sentences.filter { !compiled.contains(" " + $0 + " ") }
    let coverage = 1 - Double(missing.count) / Double(max(1, sentences.count))
    if !missing.isEmpty {
      print("\(name): \(missing.count) of \(sentences.count) sentences not found:")
      for sentence in missing { print("  - \(sentence)") }
    }
    #expect(sentences.count > 50)
    #expect(coverage >= 0.98, "\(name): coverage \(coverage)")
  }

  /// Splits source text into normalised sentences of five or more words. Sentences end at
  /// `.`, `!` or `?`, at line breaks (a wrapped sentence’s pieces must each appear) and at
  /// table cells. Export damage is repaired as punctuation is: markup tags, bullet glyphs
  /// at the start of a line, `|` read for `I`, and page numbers ending contents lines.
  /// Heading words that the language states with keywords (“Negative Indicators –”,
  /// “Stage 2 –”) are not text of their own.
  static func sentences(_ text: String) -> [String] {
    var cleaned = text.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
    cleaned = cleaned.replacingOccurrences(of: "|Is", with: "Is").replacingOccurrences(
      of: "|", with: "I")
    cleaned = cleaned.replacingOccurrences(
      of: "(?m)^[ \\t]*(e|¢|©|•|-|\\*|\\d+\\.)[ \\t]+", with: "", options: .regularExpression)
    cleaned = cleaned.replacingOccurrences(
      of: "(?m)[ \\t]+\\d{1,3}[ \\t]*$", with: "", options: .regularExpression)
    cleaned = cleaned.replacingOccurrences(
      of: "(?im)^[ \\t#*]*(negative indicators?|stages? \\d+)[ \\t]*[-–]?", with: "",
      options: .regularExpression)
    let pieces = cleaned.components(separatedBy: CharacterSet(charactersIn: "\t\n")).flatMap {
      $0.replacingOccurrences(of: "([.!?])\\s+", with: "$1\u{1}", options: .regularExpression)
        .components(separatedBy: "\u{1}")
    }
    return pieces.map { FrameworkText.normalise($0) }.filter { $0.split(separator: " ").count >= 5 }
  }
}
