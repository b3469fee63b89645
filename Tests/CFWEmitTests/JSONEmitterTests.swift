import CFWEmit
import CFWModel
import CFWTestSupport
import Foundation
import Testing

@Suite struct JSONEmitterTests {
  static func text(_ framework: Framework) -> String {
    String(decoding: JSONEmitter().document(framework), as: UTF8.self)
  }

  @Test func sampleFrameworkMatchesGolden() {
    Golden.assertMatches(
      Self.text(JSONSampleFramework.framework), path: "Tests/Goldens/json/sample.json")
  }

  @Test func bundledFrameworksMatchGoldens() {
    let bundled = TestFrameworks.bundled()
    #expect(bundled.count >= 5)
    for (name, framework) in bundled {
      Golden.assertMatches(Self.text(framework), path: "Tests/Goldens/json/\(name).json")
    }
  }

  @Test func emitsOneFileNamedAfterTheSource() {
    let files = JSONEmitter().emit(JSONSampleFramework.framework, name: "mansfield-ashfield")
    #expect(files.map(\.path) == ["mansfield-ashfield.json"])
    #expect(files.first?.contents == JSONEmitter().document(JSONSampleFramework.framework))
    #expect(JSONEmitter().format == .json)
    #expect(JSONEmitter().emitShared([JSONSampleFramework.framework]).isEmpty)
  }

  @Test func emittingTwiceGivesIdenticalBytes() {
    let first = JSONEmitter().document(JSONSampleFramework.framework)
    let second = JSONEmitter().document(JSONSampleFramework.framework)
    #expect(first == second)
    #expect(first.last == 0x0A)
    for (name, framework) in TestFrameworks.bundled() {
      #expect(JSONEmitter().document(framework) == JSONEmitter().document(framework), "\(name)")
    }
  }

  @Test func rootStartsWithKindIdSchemaAndFormatVersion() {
    let lines = Self.text(JSONSampleFramework.framework).split(separator: "\n").prefix(5)
    #expect(
      Array(lines) == [
        "{",
        #"  "kind": "framework","#,
        #"  "id": "sample-leadership-framework","#,
        #"  "schema": "https://cfw.dev/schema/framework/1.json","#,
        #"  "formatVersion": 1,"#,
      ])
  }

  @Test func everyEntityObjectStartsWithItsKind() throws {
    let data = Data(JSONEmitter().document(JSONSampleFramework.framework))
    let root = try JSONSerialization.jsonObject(with: data)
    var kinds = Set<String>()
    func visit(_ value: Any) {
      if let object = value as? [String: Any] {
        if let kind = object["kind"] as? String { kinds.insert(kind) }
        object.values.forEach(visit)
      } else if let array = value as? [Any] {
        array.forEach(visit)
      }
    }
    visit(root)
    #expect(
      kinds == [
        "framework", "section", "values", "scale", "level", "group", "competency", "theme",
        "indicator", "behaviour", "reference", "role", "requirement", "external-framework",
        "external-competency",
      ])
    // In the text, `"kind"` is always the first member of its object.
    let lines = Self.text(JSONSampleFramework.framework).split(separator: "\n")
    for (index, line) in lines.enumerated() where line.contains(#""kind": "#) {
      #expect(lines[index - 1].hasSuffix("{"), "line \(index + 1): \(line)")
    }
  }

  @Test func indicatorsCarryPolarityLevelThemeAndReferences() throws {
    let data = Data(JSONEmitter().document(JSONSampleFramework.framework))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let contents = try #require(root["contents"] as? [[String: Any]])
    let communication = try #require(contents.last)
    #expect(communication["kind"] as? String == "competency")
    let themes = try #require(communication["themes"] as? [[String: Any]])
    let blocks = try #require(themes.first?["levels"] as? [[String: Any]])
    let indicator = try #require((blocks.first?["indicators"] as? [[String: Any]])?.first)
    #expect(indicator["polarity"] as? String == "positive")
    #expect(indicator["level"] as? String == "b")
    #expect(indicator["theme"] as? String == "style")
    let reference = try #require((indicator["references"] as? [[String: Any]])?.first)
    #expect(reference["strength"] as? String == "from")
    #expect(reference["framework"] as? String == "clf")
    #expect(reference["competency"] as? String == "confidence")
    #expect(reference["level"] as? String == "established")
    let local = try #require(
      ((blocks.last?["indicators"] as? [[String: Any]])?.first?["references"] as? [[String: Any]])?
        .first)
    #expect(local["strength"] as? String == "links to")
    #expect(local["framework"] is NSNull)
    #expect(local["level"] is NSNull)
  }

  @Test func unresolvedTargetsAreWrittenAsNull() throws {
    let indicator = Indicator(
      text: "Cites nothing known.",
      references: [
        Reference(
          strength: .closelyLinksTo, framework: Target(name: "XYZ"),
          competency: Target(name: "Nowhere"), level: Target(name: "Top"))
      ])
    let framework = Framework(
      id: "broken", title: "Broken",
      contents: [
        .competency(
          Competency(
            id: "c", title: "C", related: [Target(name: "Missing")],
            indicators: [IndicatorList(items: [indicator])]))
      ],
      roles: [
        Role(
          id: "r", title: "R",
          requirements: [Requirement(competency: Target(name: "Gone"), level: Target(name: "9"))])
      ])
    let data = Data(JSONEmitter().document(framework))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let competency = try #require((root["contents"] as? [[String: Any]])?.first)
    #expect((competency["related"] as? [Any])?.first is NSNull)
    let lists = try #require(competency["indicators"] as? [[String: Any]])
    let item = try #require((lists.first?["items"] as? [[String: Any]])?.first)
    let reference = try #require((item["references"] as? [[String: Any]])?.first)
    #expect(reference["framework"] is NSNull)
    #expect(reference["competency"] is NSNull)
    #expect(reference["level"] is NSNull)
    let role = try #require((root["roles"] as? [[String: Any]])?.first)
    let requirement = try #require((role["requirements"] as? [[String: Any]])?.first)
    #expect(requirement["competency"] is NSNull)
    #expect(requirement["level"] is NSNull)
  }
}
