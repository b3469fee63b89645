import CFWEmit
import CFWModel
import CFWTestSupport
import Foundation
import Testing

/// Moodle's competency framework import file (`tool_lpimportcsv`), read back with
/// Python's `csv` module.
@Suite struct MoodleEmitterTests {
  /// The columns `tool_lpimportcsv` reads, by position, with the headings of Moodle's export.
  static let columns = [
    "Parent ID number", "ID number", "Short name", "Description", "Description format",
    "Scale values", "Scale configuration", "Rule type (optional)", "Rule outcome (optional)",
    "Rule config (optional)", "Cross-referenced competency ID numbers", "Exported ID (optional)",
    "Is framework", "Taxonomy",
  ]

  /// Moodle's taxonomy terms (core_competency\competency_framework::TAXONOMY_…).
  static let terms: Set<String> = [
    "behaviour", "competency", "concept", "domain", "indicator", "level", "outcome", "practice",
    "proficiency", "skill", "value",
  ]

  /// The scale configuration's entries after the first, as (default, proficient) flags.
  static func flags(_ configuration: String) throws -> [(Int, Int)] {
    let parsed = try JSONSerialization.jsonObject(with: Data(configuration.utf8))
    let entries = try #require(parsed as? [[String: Any]])
    try #require(entries.first?["scaleid"] is String)
    return entries.dropFirst().enumerated().map { index, entry in
      #expect(entry["id"] as? Int == index + 1)
      return (entry["scaledefault"] as? Int ?? -1, entry["proficient"] as? Int ?? -1)
    }
  }

  @Test func bundledFilesHaveTheColumnsAndOneRowPerNode() throws {
    let frameworks = [("sample", JSONSampleFramework.framework)] + TestFrameworks.bundled()
    #expect(frameworks.count >= 6)
    for (name, framework) in frameworks {
      let file = try #require(MoodleEmitter().emit(framework, name: name).first)
      #expect(file.path == name + ".csv")
      guard let records = try CSVReader.records(file.contents) else { return }
      #expect(records.first == Self.columns, "\(name)")
      let rows = Array(records.dropFirst())
      #expect(rows.allSatisfy { $0.count == Self.columns.count }, "\(name)")
      let indicators = framework.allCompetencies.map(\.allIndicators.count).reduce(0, +)
      #expect(
        rows.count == 1 + framework.allGroups.count + framework.allCompetencies.count + indicators,
        "\(name)")

      let top = try #require(rows.first)
      #expect(top[0] == "" && top[1] == framework.id && top[12] == "1", "\(name)")
      let values = top[5].split(separator: ",")
      let flags = try Self.flags(top[6])
      #expect(flags.count == values.count, "\(name)")
      #expect(
        flags.filter { $0.0 == 1 }.count == 1 && flags.first?.0 == 1,
        "\(name): one default, the first")
      #expect(flags.contains { $0.1 == 1 }, "\(name): something is proficient")
      let taxonomy = top[13].split(separator: ",").map(String.init)
      #expect(!taxonomy.isEmpty && taxonomy.allSatisfy(Self.terms.contains), "\(name): \(top[13])")

      var seen: Set<String> = []
      for row in rows.dropFirst() {
        #expect(row[0].isEmpty || seen.contains(row[0]), "\(name): parent \(row[0]) of \(row[1])")
        #expect(seen.insert(row[1]).inserted, "\(name): \(row[1]) twice")
        #expect(!row[1].isEmpty && !row[2].isEmpty)
        #expect(row[1].count <= 100 && row[2].count <= 100, "\(name): \(row[2])")
        #expect(row[4] == "1" && row[12] == "")
        if !row[6].isEmpty {
          #expect(try Self.flags(row[6]).count == row[5].split(separator: ",").count)
        }
      }
      for row in rows.dropFirst() where !row[10].isEmpty {
        for related in row[10].split(separator: ",") {
          #expect(seen.contains(String(related)), "\(name): related \(related)")
        }
      }
    }
  }

  @Test func scalesRunFromLeastSeniorAndMidpointsBelowTheFirstLevelAreNotProficient() throws {
    let table = MoodleEmitter().table(JSONSampleFramework.framework)
    let top = try #require(table.rows.first)
    // Level 1 is the most senior.
    #expect(top[5] == "Level 2,Level 1")
    // Communication uses the second scale, A to D, where A is a mid-point below B.
    let communication = try #require(table.rows.first { $0[1] == "communication" })
    #expect(communication[5] == "A,B,C,Excellent")
    #expect(try Self.flags(communication[6]).map(\.1) == [0, 1, 1, 1])
    #expect(try Self.flags(communication[6]).map(\.0) == [1, 0, 0, 0])
    let selfBelief = try #require(table.rows.first { $0[1] == "self-belief" })
    #expect(selfBelief[5] == "", "the framework's scale is inherited")
    #expect(selfBelief[3].contains("<ul><li>Relishing a challenge.</li></ul>"), "behaviours")
    #expect(communication[10] == "self-belief")
  }

  @Test func indicatorRowsSayTheirLevelThemeAndReferences() throws {
    let rows = MoodleEmitter().table(JSONSampleFramework.framework).rows
    let taken = try #require(rows.first { $0[2] == "Communicates politely." })
    #expect(taken[0] == "communication")
    #expect(taken[1] == "communication.1")
    #expect(
      taken[3]
        == "<p>Communicates politely.</p><ul><li>Level: B</li><li>Theme: Style</li><li>References: from CLF: Confidence – Established</li></ul>"
    )
    let negative = try #require(rows.first { $0[2] == "Feels overwhelmed by change." })
    #expect(negative[3].contains("<li>Negative indicator: Doubts own capability</li>"))
    let linked = try #require(rows.first { $0[2] == "Applies effective communication skills." })
    #expect(linked[10] == "self-belief")
  }

  @Test func longIndicatorsAreShortenedAtAWord() throws {
    var framework = JSONSampleFramework.framework
    let long = String(repeating: "Listens carefully and ", count: 10) + "acts."
    framework.contents.append(
      .competency(
        Competency(
          id: "listening", title: "Listening",
          indicators: [IndicatorList(items: [Indicator(text: long)])])))
    let row = try #require(MoodleEmitter().table(framework).rows.first { $0[0] == "listening" })
    #expect(row[2].count <= 100)
    #expect(
      row[2].hasSuffix("and…") || row[2].hasSuffix("carefully…") || row[2].hasSuffix("Listens…"))
    #expect(long.hasPrefix(String(row[2].dropLast())))
    #expect(row[3].contains(long), "the description keeps the whole text")
  }

  @Test func longIdentifiersKeepIDNumbersApart() throws {
    var framework = JSONSampleFramework.framework
    let id = String(repeating: "very-long-identifier-", count: 6)
    framework.contents.append(
      .competency(
        Competency(
          id: id, title: "Long",
          indicators: [IndicatorList(items: [Indicator(text: "One."), Indicator(text: "Two.")])])))
    let rows = MoodleEmitter().table(framework).rows
    let competency = try #require(rows.first { $0[2] == "Long" })
    #expect(competency[1].count == 100)
    let children = rows.filter { $0[0] == competency[1] }
    #expect(children.map(\.[1]).allSatisfy { $0.count == 100 })
    #expect(children.map { String($0[1].suffix(2)) } == [".1", ".2"])
  }

  @Test func bundledFrameworkMatchesGolden() throws {
    let bundled = try #require(
      TestFrameworks.bundled().first { $0.name == "scottish-leadership-capabilities" })
    Golden.assertMatches(
      MoodleEmitter().table(bundled.framework).text,
      path: "Tests/Goldens/moodle/scottish-leadership-capabilities.csv")
  }

  @Test func outputIsDeterministic() {
    for (name, framework) in TestFrameworks.bundled() {
      #expect(
        MoodleEmitter().emit(framework, name: name) == MoodleEmitter().emit(framework, name: name))
    }
  }
}
