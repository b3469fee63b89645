import CFWEmit
import CFWModel
import CFWTestSupport
import Foundation
import Testing

/// Checks the published schema with the real validator, `check-jsonschema`.
@Suite struct JSONSchemaTests {
  static let schemaPath = RepositoryPaths.root.appendingPathComponent(
    "schema/cfw-framework.schema.json"
  ).path

  /// Writes documents to a fresh temporary folder and returns their paths.
  static func write(_ documents: [(name: String, bytes: [UInt8])]) throws -> [String] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-json-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return try documents.map { document in
      let url = folder.appendingPathComponent(document.name + ".json")
      try Data(document.bytes).write(to: url)
      return url.path
    }
  }

  /// Runs the validator on the documents; nil when it is not installed.
  static func validate(_ paths: [String]) throws -> ExternalTools.Output? {
    guard let tool = ExternalTools.require("check-jsonschema") else { return nil }
    return try ExternalTools.run(tool, ["--schemafile", schemaPath] + paths)
  }

  @Test func schemaIsAValidDraft202012Schema() throws {
    guard let tool = ExternalTools.require("check-jsonschema") else { return }
    let output = try ExternalTools.run(tool, ["--check-metaschema", Self.schemaPath])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    let schema = try Self.schema()
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(schema["$id"] as? String == JSONEmitter.schemaURI)
  }

  @Test func sampleDocumentIsValid() throws {
    let paths = try Self.write([
      ("sample", JSONEmitter().document(JSONSampleFramework.framework))
    ])
    guard let output = try Self.validate(paths) else { return }
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
  }

  @Test func bundledDocumentsAreValid() throws {
    let bundled = TestFrameworks.bundled()
    #expect(bundled.count >= 5)
    let paths = try Self.write(bundled.map { ($0.name, JSONEmitter().document($0.framework)) })
    guard let output = try Self.validate(paths) else { return }
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
  }

  @Test(arguments: [
    ("missing-kind", #"  "kind": "framework","# + "\n", "", "'kind' is a required property"),
    (
      "unknown-property", #""kind": "indicator","#, #""kind": "indicator", "colour": "purple","#,
      "Additional properties are not allowed"
    ),
    ("unknown-kind", #""kind": "values""#, #""kind": "value""#, "'value' is not one of"),
    ("wrong-polarity", #""polarity": "negative""#, #""polarity": "neutral""#, "neutral"),
    ("wrong-strength", #""strength": "from""#, #""strength": "taken from""#, "taken from"),
    ("missing-type", #""type": "paragraph","#, "", "'type' is a required property"),
    ("bad-identifier", #""id": "self-belief""#, #""id": "Self Belief""#, "does not match"),
    ("bad-date", #""date": "2019-04""#, #""date": "April 2019""#, "does not match"),
    ("wrong-format-version", #""formatVersion": 1"#, #""formatVersion": 2"#, "1 was expected"),
  ])
  func brokenDocumentIsRejected(name: String, find: String, replacement: String, message: String)
    throws
  {
    let valid = String(
      decoding: JSONEmitter().document(JSONSampleFramework.framework), as: UTF8.self)
    let range = try #require(valid.range(of: find), "the sample has no \(find)")
    let broken = valid.replacingCharacters(in: range, with: replacement)
    let paths = try Self.write([(name, Array(broken.utf8))])
    guard let output = try Self.validate(paths) else { return }
    #expect(output.status != 0, "\(name) was accepted")
    #expect(output.stdout.contains(message), "\(output.stdout)\(output.stderr)")
  }

  @Test func everyPropertyAndDefinitionIsDescribedAndClosed() throws {
    let schema = try Self.schema()
    #expect(schema["description"] is String)
    var problems: [String] = []
    func check(_ value: Any, at path: String) {
      guard let object = value as? [String: Any] else {
        (value as? [Any])?.enumerated().forEach { check($1, at: "\(path)/\($0)") }
        return
      }
      if object["type"] as? String == "object" || object["properties"] != nil {
        // A union (told apart by `allOf` of `if`/`then`) leaves unknown members to the
        // branch its `kind` or `type` selects.
        if object["allOf"] == nil, object["additionalProperties"] as? Bool != false {
          problems.append("\(path): unknown members are allowed")
        }
        let properties = object["properties"] as? [String: Any] ?? [:]
        let required = Set(object["required"] as? [String] ?? [])
        if required != Set(properties.keys) {
          problems.append("\(path): not every property is required")
        }
      }
      // The conditions of a union (`if`) test members, they do not describe them.
      for (key, child) in object where key != "if" {
        if key == "properties" || key == "$defs", let members = child as? [String: Any] {
          for (name, member) in members {
            if (member as? [String: Any])?["description"] == nil {
              problems.append("\(path)/\(key)/\(name): no description")
            }
            check(member, at: "\(path)/\(key)/\(name)")
          }
        } else {
          check(child, at: "\(path)/\(key)")
        }
      }
    }
    check(schema, at: "#")
    #expect(problems.sorted() == [])
  }

  static func schema() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: schemaPath))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }
}
