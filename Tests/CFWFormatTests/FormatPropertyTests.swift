import CFWFormat
import CFWTestSupport
import Foundation
import Testing

/// Properties that hold for every framework and fixture without syntax errors: formatting
/// twice changes nothing more, and the formatted file means the same as the original.
@Suite struct FormatPropertyTests {
  @Test(arguments: FormatSupport.sources)
  func formattingIsStableAndKeepsTheModel(path: String) throws {
    let bytes = try FormatSupport.read(path)
    let tree = FormatSupport.parse(bytes, path: path)
    guard !tree.hasErrors else { return }
    let once = Formatter.format(tree)
    let formatted = Array(once.utf8)
    #expect(!FormatSupport.parse(formatted, path: path).hasErrors)
    #expect(FormatSupport.format(formatted, path: path) == once)
    #expect(FormatSupport.model(formatted, path: path) == FormatSupport.model(bytes, path: path))
  }

  /// The same file with every indentation doubled, trailing spaces, doubled blank lines,
  /// CRLF line endings and a byte-order mark still formats to the same framework.
  @Test(arguments: FormatSupport.sources)
  func disarrangedLayoutKeepsTheModel(path: String) throws {
    let bytes = try FormatSupport.read(path)
    guard !FormatSupport.parse(bytes, path: path).hasErrors else { return }
    let disarranged = FormatPropertyTests.disarrange(String(decoding: bytes, as: UTF8.self))
    #expect(FormatSupport.model(disarranged, path: path) == FormatSupport.model(bytes, path: path))
    let once = FormatSupport.format(disarranged, path: path)
    let formatted = Array(once.utf8)
    #expect(FormatSupport.format(formatted, path: path) == once)
    #expect(FormatSupport.model(formatted, path: path) == FormatSupport.model(bytes, path: path))
    #expect(!once.contains("\r") && !once.contains(" \n") && !once.contains("\n\n\n"))
  }

  /// The properties above are not vacuous: most sources have no syntax errors.
  @Test func mostSourcesAreFormattable() throws {
    let formattable = try FormatSupport.sources.filter { path in
      !FormatSupport.parse(try FormatSupport.read(path), path: path).hasErrors
    }
    #expect(FormatSupport.sources.count >= 20)
    #expect(formattable.count * 4 >= FormatSupport.sources.count * 3)
  }

  static func disarrange(_ text: String) -> [UInt8] {
    var lines: [String] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let indentation = line.prefix { $0 == " " }.count
      lines.append(String(repeating: " ", count: indentation * 2) + line.dropFirst(indentation))
      if number % 3 == 0, !line.isEmpty { lines[lines.count - 1] += "  " }
      if line.isEmpty { lines.append("   ") }
    }
    return [0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\r\n").utf8)
  }
}
