import CFWEmit
import CFWModel
import CFWTestSupport
import Foundation
import Testing

/// The CASE packages against the official 1EdTech CASE 1.1 CFPackage schema, with the
/// real validator, `check-jsonschema`.
@Suite struct CASESchemaTests {
  static let schemaPath = RepositoryPaths.fixtures.appendingPathComponent(
    "schemas/case-v1p1-cfpackage.json"
  ).path

  /// Writes documents to a fresh temporary folder, validates them, and returns the
  /// validator's output (nil when it is not installed).
  static func validate(_ documents: [(name: String, bytes: [UInt8])]) throws -> ExternalTools
    .Output?
  {
    guard let tool = ExternalTools.require("check-jsonschema") else { return nil }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-case-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let paths = try documents.map { document in
      let url = folder.appendingPathComponent(document.name + ".json")
      try Data(document.bytes).write(to: url)
      return url.path
    }
    return try ExternalTools.run(tool, ["--schemafile", schemaPath] + paths)
  }

  @Test func vendoredSchemaIsTheOfficialOne() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.schemaPath))
    let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      schema["$id"] as? String
        == "https://purl.imsglobal.org/spec/case/v1p1/schema/json/case_v1p1_cfpackage-jsonschema1.json"
    )
  }

  @Test func everyBundledPackageIsValid() throws {
    let bundled = TestFrameworks.bundled()
    #expect(bundled.count >= 5)
    let documents =
      [("sample", CASEEmitter().document(JSONSampleFramework.framework))]
      + bundled.map { ($0.name, CASEEmitter().document($0.framework)) }
    guard let output = try Self.validate(documents) else { return }
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
  }

  /// The validator does reject what the schema forbids, formats included.
  @Test(arguments: [
    (#""associationType": "isChildOf""#, #""associationType": "isParentOf""#),
    (#""caseVersion": "1.1""#, #""caseVersion": "1.0""#),
    (#""lastChangeDateTime": "2019-04-01T00:00:00+00:00""#, #""lastChangeDateTime": "2019-04""#),
    (#""CFItemType": "Level","#, #""CFItemType": "Level", "colour": "purple","#),
  ])
  func brokenPackageIsRejected(find: String, replacement: String) throws {
    let valid = String(
      decoding: CASEEmitter().document(JSONSampleFramework.framework), as: UTF8.self)
    let range = try #require(valid.range(of: find), "the sample has no \(find)")
    let broken = valid.replacingCharacters(in: range, with: replacement)
    guard let output = try Self.validate([("broken", Array(broken.utf8))]) else { return }
    #expect(output.status != 0, "\(replacement) was accepted")
  }
}
