import CFWTestSupport
import Foundation
import Testing

/// The layout rules, one fixture each: Tests/Fixtures/format/NAME.cfw formats to
/// Tests/Goldens/format/NAME.cfw.
@Suite struct FormatGoldenTests {
  @Test(arguments: FormatSupport.layoutFixtures)
  func layout(name: String) throws {
    let path = "Tests/Fixtures/format/\(name).cfw"
    let bytes = try FormatSupport.read(path)
    #expect(!FormatSupport.parse(bytes, path: path).hasErrors)
    let formatted = FormatSupport.format(bytes, path: path)
    Golden.assertMatches(formatted, path: "Tests/Goldens/format/\(name).cfw")
    #expect(Array(formatted.utf8) != bytes, "a fixture shows a change")
    #expect(FormatSupport.format(Array(formatted.utf8), path: path) == formatted)
    #expect(
      FormatSupport.model(Array(formatted.utf8), path: path)
        == FormatSupport.model(bytes, path: path))
  }

  @Test func everyRuleHasAFixture() {
    #expect(
      FormatSupport.layoutFixtures == [
        "blank-lines", "comments", "constructs", "indentation", "prose", "whitespace",
      ])
  }
}
