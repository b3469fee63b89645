import CFWEmit
import CFWModel
import Foundation
import Testing

@Suite struct JSONWriterTests {
  /// The JSON text of one string value.
  static func quoted(_ value: String) -> String {
    var writer = JSONWriter()
    writer.string(value)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  @Test func layoutUsesTwoSpacesAndWritesEmptyContainersOnOneLine() {
    var writer = JSONWriter()
    writer.beginObject()
    writer.field("name", "x")
    writer.field("count", -120)
    writer.field("zero", 0)
    writer.field("flag", true)
    writer.field("off", false)
    writer.field("nothing", nil as String?)
    writer.field("none", [String]())
    writer.key("empty")
    writer.beginObject()
    writer.endObject()
    writer.key("nested")
    writer.beginArray()
    writer.beginArray()
    writer.endArray()
    writer.beginObject()
    writer.field("a", ["b", "c"])
    writer.endObject()
    writer.endArray()
    writer.endObject()
    let text = String(decoding: writer.finish(), as: UTF8.self)
    #expect(
      text == """
        {
          "name": "x",
          "count": -120,
          "zero": 0,
          "flag": true,
          "off": false,
          "nothing": null,
          "none": [],
          "empty": {},
          "nested": [
            [],
            {
              "a": [
                "b",
                "c"
              ]
            }
          ]
        }

        """)
  }

  @Test func escapesOnlyWhatRFC8259Requires() {
    #expect(Self.quoted(#"say "hi""#) == #""say \"hi\"""#)
    #expect(Self.quoted(#"C:\temp"#) == #""C:\\temp""#)
    #expect(Self.quoted("a\nb\tc\rd\u{8}e\u{C}f") == #""a\nb\tc\rd\be\ff""#)
    #expect(Self.quoted("\u{0}\u{1}\u{1F}\u{1B}") == #""\u0000\u0001\u001f\u001b""#)
    #expect(Self.quoted("</script> a/b") == #""</script> a/b""#)
    #expect(Self.quoted("\u{7F}") == "\"\u{7F}\"")
    #expect(Self.quoted("") == #""""#)
  }

  @Test func writesNonASCIIAsUTF8() {
    let text = "Café – ‘quoted’ 👩🏽‍💻 שלום مرحبا \u{2028}"
    var writer = JSONWriter()
    writer.string(text)
    #expect(writer.bytes == [0x22] + Array(text.utf8) + [0x22])
  }

  @Test func awkwardStringsDecodeBackExactly() throws {
    let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
    let samples = [
      #"She said "yes" and \"no\" \\ \"#,
      controls + "\u{7F}",
      "</script><script>alert(1)</script> <!-- -->",
      "👩🏽‍💻 🏳️‍🌈 🇬🇧 e\u{301}",
      "\u{202B}שלום עולם\u{202C} مرحبا بالعالم \u{200F}",
      "line\u{2028}separator\u{2029}paragraph \u{FEFF}",
      "",
    ]
    var writer = JSONWriter()
    writer.beginArray()
    for sample in samples { writer.string(sample) }
    writer.endArray()
    let decoded = try #require(
      try JSONSerialization.jsonObject(with: Data(writer.finish())) as? [String])
    #expect(decoded.count == samples.count)
    for (got, expected) in zip(decoded, samples) {
      // Compare scalars, not `String` equality, which treats canonically equivalent
      // texts as equal.
      #expect(Array(got.unicodeScalars) == Array(expected.unicodeScalars))
    }
  }

  @Test func awkwardTitlesSurviveTheWholeDocument() throws {
    let title = "Quotes \" \\ \u{1} </script> 👍🏿 עברית"
    let framework = Framework(
      id: "x", title: title,
      contents: [
        .section(
          Section(
            id: "s", title: "S", parts: [.prose(.paragraph([.text(title), .lineBreak]))]))
      ])
    let data = Data(JSONEmitter().document(framework))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      (root["title"] as? String).map { Array($0.unicodeScalars) } == Array(title.unicodeScalars))
    let section = try #require((root["contents"] as? [[String: Any]])?.first)
    let paragraph = try #require((section["content"] as? [[String: Any]])?.first)
    let span = try #require((paragraph["content"] as? [[String: Any]])?.first)
    #expect(
      (span["text"] as? String).map { Array($0.unicodeScalars) } == Array(title.unicodeScalars))
  }
}
