import CFWModel

/// Prose as a tree of typed nodes, so that a reader can render it without parsing
/// Markdown: blocks (`paragraph`, `list`, `item`) and inline spans (`text`, `emphasis`,
/// `strong`, `link`, `lineBreak`), each with a `"type"`, children under `"content"`.
extension JSONWriter {
  /// Writes a member whose value is an array of prose blocks.
  mutating func writeProse(_ name: StaticString, _ blocks: [ProseBlock]) {
    array(name, blocks) { $0.writeBlock($1) }
  }

  /// Writes the `"descriptions"` member: prose, each part for everyone or one audience.
  mutating func writeDescriptions(_ descriptions: [Description]) {
    array("descriptions", descriptions) { writer, description in
      writer.beginObject()
      writer.field("audience", description.audience)
      writer.writeProse("content", description.blocks)
      writer.endObject()
    }
  }

  /// Opens a prose node's object and writes its `"type"`.
  mutating func beginNode(_ type: StaticString) {
    beginObject()
    key("type")
    string(type)
  }

  mutating func writeBlock(_ block: ProseBlock) {
    switch block {
    case .paragraph(let inlines):
      beginNode("paragraph")
      writeInlines(inlines)
    case .list(let ordered, let items):
      beginNode("list")
      field("ordered", ordered)
      array("items", items) { writer, item in
        writer.beginNode("item")
        writer.writeProse("content", item)
        writer.endObject()
      }
    }
    endObject()
  }

  /// Writes the `"content"` member: an array of inline spans.
  mutating func writeInlines(_ inlines: [Inline]) {
    array("content", inlines) { $0.writeInline($1) }
  }

  mutating func writeInline(_ inline: Inline) {
    switch inline {
    case .text(let text):
      beginNode("text")
      field("text", text)
    case .emphasis(let inner):
      beginNode("emphasis")
      writeInlines(inner)
    case .strong(let inner):
      beginNode("strong")
      writeInlines(inner)
    case .link(let text, let url):
      beginNode("link")
      field("url", url)
      writeInlines(text)
    case .lineBreak:
      beginNode("lineBreak")
    }
    endObject()
  }
}
