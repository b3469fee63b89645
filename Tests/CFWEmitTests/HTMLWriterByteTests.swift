import Testing

@testable import CFWEmit

/// The byte writer: escaping on UTF-8 bytes, and elements written a part at a time.
@Suite struct HTMLWriterByteTests {
  /// Escapes as the writer did when it worked on `String`s, scalar by scalar: the reference
  /// the byte-level escaping must match.
  static func referenceEscape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  static func escaped(_ text: String) -> [UInt8] {
    var writer = HTMLWriter(capacity: 16)
    writer.text(text)
    return writer.bytes
  }

  @Test func everyScalarUpToU0800IsEscapedAsBefore() {
    for value in 0..<0x800 {
      let scalar = Unicode.Scalar(UInt32(value))!
      // Alone, between letters, and at either end of a run of safe bytes.
      for text in ["\(scalar)", "a\(scalar)b", "ab\(scalar)", "\(scalar)\(scalar)é"] {
        #expect(Self.escaped(text) == Array(Self.referenceEscape(text).utf8), "U+\(value)")
      }
    }
  }

  @Test func controlsBecomeReplacementCharactersButTabsAndLineBreaksStay() {
    #expect(Self.escaped("a\u{0}b\u{1B}c\u{7F}d") == Array("a\u{FFFD}b\u{FFFD}c\u{FFFD}d".utf8))
    #expect(Self.escaped("\u{80}x\u{9F}") == Array("\u{FFFD}x\u{FFFD}".utf8))
    #expect(Self.escaped("a\tb\nc\r") == Array("a\tb\nc\r".utf8))
  }

  @Test func charactersNextToTheC1ControlsAreKept() {
    // U+00A0 to U+00BF share the lead byte C2 with the C1 controls.
    #expect(Self.escaped("\u{A0}©\u{BF}") == Array("\u{A0}©\u{BF}".utf8))
    #expect(Self.escaped("café ✓ 🙂") == Array("café ✓ 🙂".utf8))
  }

  @Test func aQuoteWithACombiningMarkIsStillEscaped() {
    #expect(Self.escaped("\"\u{301}x") == Array("&quot;\u{301}x".utf8))
  }

  @Test func theMaskOfLowBytesMatchesItsDefinition() {
    for byte in 0..<0x40 {
      let expected =
        (byte < 0x20 && ![0x09, 0x0A, 0x0D].contains(byte))
        || "\"&'<>".utf8.contains(UInt8(byte))
      #expect((HTMLWriter.lowBytes >> UInt64(byte)) & 1 == (expected ? 1 : 0), "byte \(byte)")
    }
  }

  @Test func anElementWrittenAPartAtATimeIsLaidOutAsATree() {
    let children: [HTMLNode] = [
      .tag("h2", [], text: "Title"), .empty,
      .tag("p", [], [.text("a "), .tag("em", [], text: "b")]),
    ]
    var writer = HTMLWriter()
    writer.block("section", [.class("group")], depth: 1) { writer, depth in
      for child in children { writer.write(child, depth: depth) }
    }
    var tree = HTMLWriter()
    tree.write(.tag("section", [.class("group")], children), depth: 1)
    #expect(writer.bytes == tree.bytes)
    #expect(
      String(decoding: writer.bytes, as: UTF8.self)
        == "  <section class=\"group\">\n    <h2>Title</h2>\n    <p>a <em>b</em></p>\n  </section>\n"
    )
  }

  @Test func anElementWithNothingWrittenInItStaysOnOneLine() {
    var writer = HTMLWriter()
    writer.block("main", depth: 1) { writer, depth in writer.write(.empty, depth: depth) }
    var tree = HTMLWriter()
    tree.write(.tag("main", [], [.empty]), depth: 1)
    #expect(writer.bytes == tree.bytes)
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "  <main></main>\n")
  }

  @Test func deepLinesAreIndentedTwoSpacesALevel() {
    for depth in [0, 1, 24, 25, 40] {
      var writer = HTMLWriter()
      writer.indent(depth)
      #expect(writer.bytes == Array(repeating: UInt8(ascii: " "), count: 2 * depth))
    }
  }
}
