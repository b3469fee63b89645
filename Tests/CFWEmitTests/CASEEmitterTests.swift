import CFWEmit
import CFWModel
import CFWTestSupport
import Foundation
import Testing

/// The CASE 1.1 packages: goldens, stable identifiers, and associations that resolve.
@Suite struct CASEEmitterTests {
  static func text(_ framework: Framework) -> String {
    String(decoding: CASEEmitter().document(framework), as: UTF8.self)
  }

  static func object(_ framework: Framework) throws -> [String: Any] {
    let data = Data(CASEEmitter().document(framework))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// The sample and every bundled framework.
  static func frameworks() -> [(name: String, framework: Framework)] {
    [("sample", JSONSampleFramework.framework)] + TestFrameworks.bundled()
  }

  @Test func sampleMatchesGolden() {
    Golden.assertMatches(
      Self.text(JSONSampleFramework.framework), path: "Tests/Goldens/case/sample.json")
  }

  @Test func bundledFrameworkMatchesGolden() throws {
    let bundled = try #require(
      TestFrameworks.bundled().first { $0.name == "scottish-leadership-capabilities" })
    Golden.assertMatches(
      Self.text(bundled.framework),
      path: "Tests/Goldens/case/scottish-leadership-capabilities.json")
  }

  @Test func twoBuildsGiveTheSameBytes() {
    let first = TestFrameworks.bundled()
    let second = TestFrameworks.bundled()
    #expect(first.count >= 5)
    for (one, other) in zip(first, second) {
      #expect(
        CASEEmitter().document(one.framework) == CASEEmitter().document(other.framework),
        "\(one.name)")
    }
  }

  @Test func identifiersAreNameBasedUUIDsOfTheURIs() throws {
    for (name, framework) in Self.frameworks() {
      let package = CASEEmitter().package(framework)
      var nodes = [package.document.node] + package.items.map(\.node)
      nodes += package.itemTypes.map(\.node)
      for node in nodes {
        #expect(node.identifier == UUIDv5.make(uri: node.uri), "\(name): \(node.uri)")
      }
      for association in package.associations {
        #expect(association.identifier == UUIDv5.make(uri: association.uri), "\(name)")
      }
      let identifiers = nodes.map(\.identifier) + package.associations.map(\.identifier)
      #expect(Set(identifiers).count == identifiers.count, "\(name): identifiers repeat")
      let text = Self.text(framework)
      #expect(!text.contains("\"extensions\""), "\(name)")
      let uuid = try Regex(#""identifier": "([^"]*)""#)
      for match in text.matches(of: uuid) {
        let value = String(match.output[1].substring ?? "")
        #expect(
          value.wholeMatch(
            of: /[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil,
          "\(value)")
      }
    }
  }

  @Test func identifiersChangeWithTheBaseURI() {
    var moved = JSONSampleFramework.framework
    moved.uri = "https://example.com/elsewhere/"
    let before = CASEEmitter().package(JSONSampleFramework.framework)
    let after = CASEEmitter().package(moved)
    #expect(after.document.node.uri == "https://example.com/elsewhere")
    #expect(after.items.count == before.items.count)
    let old = Set([before.document.node.identifier] + before.items.map(\.node.identifier))
    let new = Set([after.document.node.identifier] + after.items.map(\.node.identifier))
    #expect(old.isDisjoint(with: new))
    #expect(after.items[0].node.uri == "https://example.com/elsewhere/scale/levels")
    // Item types belong to cfw, not to the framework.
    #expect(after.itemTypes.map(\.node) == before.itemTypes.map(\.node))
  }

  @Test func frameworksWithoutAURIUseTheDefaultBase() {
    for (name, framework) in TestFrameworks.bundled() where framework.uri == nil {
      let package = CASEEmitter().package(framework)
      let base = "urn:cfw:" + framework.id
      #expect(package.document.node.uri == base, "\(name)")
      #expect(package.items.allSatisfy { $0.node.uri.hasPrefix(base + "/") }, "\(name)")
    }
  }

  /// Every association starts at the document or an item of the package, and ends at one,
  /// or at a competency of an external framework the source declares, named by that
  /// framework's own base URI; titles and URIs agree with what they name.
  @Test func everyAssociationResolves() {
    for (name, framework) in Self.frameworks() {
      let package = CASEEmitter().package(framework)
      var inside: [String: CASEPackage.Node] = [:]
      for node in [package.document.node] + package.items.map(\.node) {
        inside[node.identifier] = node
      }
      var external: [String: CASEPackage.Node] = [:]
      for declared in framework.externals {
        let base = declared.uri ?? "urn:cfw:" + declared.id
        for competency in declared.competencies {
          let uri = base + "/competency/" + competency.id
          external[UUIDv5.make(uri: uri)] = CASEPackage.Node(
            title: competency.title, identifier: UUIDv5.make(uri: uri), uri: uri)
        }
      }
      #expect(!package.associations.isEmpty)
      for association in package.associations {
        let origin = association.origin
        #expect(inside[origin.identifier] == origin, "\(name): origin \(origin.uri)")
        let destination = association.destination
        let found = inside[destination.identifier] ?? external[destination.identifier]
        #expect(found == destination, "\(name): destination \(destination.uri)")
        if external[destination.identifier] != nil {
          #expect([.isRelatedTo, .exactMatchOf].contains(association.type))
        }
      }
    }
  }

  @Test func itemsFormOneTreeUnderTheDocument() {
    for (name, framework) in Self.frameworks() {
      let package = CASEEmitter().package(framework)
      let children = package.associations.filter { $0.type == .isChildOf }
      #expect(children.count == package.items.count, "\(name)")
      var parent: [String: String] = [:]
      for association in children {
        #expect(parent[association.origin.identifier] == nil, "\(name): two parents")
        parent[association.origin.identifier] = association.destination.identifier
        #expect(association.sequenceNumber != nil)
      }
      for item in package.items {
        var current = item.node.identifier
        var steps = 0
        while let next = parent[current], steps < 20 {
          current = next
          steps += 1
        }
        #expect(current == package.document.node.identifier, "\(name): \(item.node.uri)")
      }
      // Siblings are numbered 1, 2, 3… in order.
      let bySiblings = Dictionary(grouping: children, by: \.destination.identifier)
      for siblings in bySiblings.values {
        #expect(siblings.compactMap(\.sequenceNumber) == Array(1...siblings.count), "\(name)")
      }
    }
  }

  @Test func sampleMapping() throws {
    let package = CASEEmitter().package(JSONSampleFramework.framework)
    #expect(package.document.creator == "Mansfield District Council; Ashfield District Council")
    #expect(package.document.lastChangeDateTime == "2019-04-01T00:00:00+00:00")
    #expect(package.document.description == "Competency Framework")
    #expect(package.document.version == "2.1")
    #expect(package.licence?.text == "© Mansfield District Council. All rights reserved.")
    func item(_ path: String) throws -> CASEPackage.Item {
      let uri = "https://example.org/frameworks/sample/" + path
      return try #require(package.items.first { $0.node.uri == uri }, "no item \(path)")
    }
    func associations(_ type: CASEPackage.AssociationType, from path: String) throws
      -> [CASEPackage.Association]
    {
      let origin = try item(path).node
      return package.associations.filter { $0.type == type && $0.origin == origin }
    }
    #expect(try item("group/personal-qualities").humanCodingScheme == "Cluster One")
    #expect(
      try item("group/personal-qualities").notes
        == "Audience: All staff\n\nQualities of the person.")
    #expect(try item("competency/self-belief").type == .competency)
    #expect(
      try item("competency/self-belief").notes
        == "The inner confidence that you will succeed.\n\nFor leaders:\nFor leaders, more.")
    #expect(try item("competency/self-belief/behaviour/1").type == .behaviour)
    #expect(
      try item("competency/self-belief/behaviour/1").notes == "Features of this quality include:")
    #expect(try item("competency/self-belief/negative/1").type == .negativeIndicator)
    #expect(try item("competency/communication/theme/style").type == .theme)
    #expect(try item("scale/rating/level/a").notes?.contains("mid-point") == true)
    #expect(try item("scale/levels/level/1").humanCodingScheme == "1")
    #expect(try item("scale/levels/level/1").fullStatement == "Level 1")

    let levels = try associations(.hasSkillLevel, from: "competency/self-belief")
    #expect(levels.map(\.destination.title) == ["Level 1", "Level 2"])
    #expect(levels.map(\.notes) == ["Acts with confidence", nil])
    let indicatorLevel = try associations(
      .hasSkillLevel, from: "competency/self-belief/level/2/indicator/1")
    #expect(indicatorLevel.map(\.destination.title) == ["Level 2"])

    // Level 1 is the most senior: level 2 comes first.
    #expect(
      try associations(.precedes, from: "scale/levels/level/2").map(\.destination.title) == [
        "Level 1"
      ])
    #expect(
      try associations(.precedes, from: "scale/rating/level/a").map(\.destination.title) == ["B"])

    let taken = try associations(
      .exactMatchOf, from: "competency/communication/theme/style/level/b/indicator/1")
    #expect(taken.map(\.destination.uri) == ["urn:cfw:clf/competency/confidence"])
    #expect(taken.map(\.notes) == ["from CLF: Confidence – Established"])
    let linked = try associations(
      .isRelatedTo, from: "competency/communication/theme/style/level/d/indicator/1")
    #expect(
      linked.map(\.destination.uri) == [
        "https://example.org/frameworks/sample/competency/self-belief"
      ])
    #expect(
      try associations(.isRelatedTo, from: "competency/communication").map(\.destination.title) == [
        "Self Belief"
      ])

    let types = package.itemTypes.map(\.title)
    #expect(
      types == [
        "Scale", "Level", "Group", "Competency", "Theme", "Indicator", "Negative Indicator",
        "Behaviour",
      ])
  }

  @Test(arguments: [
    ("2015-08", "2015-08-01T00:00:00+00:00"),
    ("2019", "2019-01-01T00:00:00+00:00"),
    ("2012-06-30", "2012-06-30T00:00:00+00:00"),
    ("June 2012", "1970-01-01T00:00:00+00:00"),
  ])
  func datesComeFromTheSource(date: String, dateTime: String) {
    #expect(CASENames.dateTime(date) == dateTime)
  }

  @Test func undatedFrameworksUseTheFixedDate() {
    #expect(CASENames.dateTime(nil) == "1970-01-01T00:00:00+00:00")
  }
}
