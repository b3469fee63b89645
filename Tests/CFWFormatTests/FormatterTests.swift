import CFWFormat
import CFWTestSupport
import Foundation
import Testing

/// Rules that fixtures cannot show well: line endings, byte-order marks, empty files, and
/// the bundled frameworks being formatted already.
@Suite struct FormatterTests {
  static let sample = "public-service-leadership"

  @Test(arguments: ["\r\n", "\r"])
  func lineEndingsBecomeLF(ending: String) throws {
    let path = "frameworks/\(FormatterTests.sample).cfw"
    let original = try FormatSupport.read(path)
    let text = String(decoding: original, as: UTF8.self).replacingOccurrences(
      of: "\n", with: ending)
    let bytes = Array(text.utf8)
    let formatted = FormatSupport.format(bytes, path: path)
    #expect(!formatted.contains("\r"))
    #expect(Array(formatted.utf8) == original)
    #expect(
      FormatSupport.model(Array(formatted.utf8), path: path)
        == FormatSupport.model(bytes, path: path))
    #expect(FormatSupport.model(bytes, path: path) == FormatSupport.model(original, path: path))
  }

  @Test func byteOrderMarkIsDropped() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("framework Marked\n  date 2020\n".utf8)
    #expect(FormatSupport.format(bytes) == "framework Marked\n  date 2020\n")
  }

  @Test func oneFinalNewline() {
    #expect(FormatSupport.format("framework Unterminated") == "framework Unterminated\n")
    #expect(FormatSupport.format("framework Padded\n\n\n  \n") == "framework Padded\n")
  }

  @Test func emptyFilesStayEmpty() {
    #expect(FormatSupport.format("") == "")
    #expect(FormatSupport.format("\n  \n\r\n") == "")
  }

  @Test func commentsMoveWithTheDeclarationBelowThem() {
    let source = """
      framework A
        date 2020
      # About the scale.
      scale Levels
        level 1
      # Standing apart.

      # About the group.
      group G
      """
    let expected = """
      framework A
        date 2020

      # About the scale.
      scale Levels
        level 1
      # Standing apart.

      # About the group.
      group G

      """
    #expect(FormatSupport.format(source) == expected)
  }

  @Test func bundledFrameworksAreFormatted() throws {
    let files = RepositoryPaths.frameworkFiles
    #expect(files.count >= 6)
    for url in files {
      let bytes = [UInt8](try Data(contentsOf: url))
      let path = "frameworks/\(url.lastPathComponent)"
      let formatted = FormatSupport.format(bytes, path: path)
      let unchanged = Array(formatted.utf8) == bytes
      #expect(
        unchanged,
        "\(path) is not formatted (run ‘swift run cfw fmt’): \(Golden.firstDifference(String(decoding: bytes, as: UTF8.self), formatted))"
      )
    }
  }
}
