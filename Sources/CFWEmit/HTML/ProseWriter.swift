import CFWModel

/// Writes prose (paragraphs, lists, emphasis, links) as HTML.
enum ProseWriter {
  /// The URL schemes a link may use. A link to anything else is printed as text.
  static let allowedSchemes = ["https:", "http:", "mailto:"]

  /// Whether a URL may become a link: it starts with an allowed scheme (in any case) and
  /// holds no whitespace or control characters.
  static func isAllowedLink(_ url: String) -> Bool {
    let lowered = url.lowercased()
    guard allowedSchemes.contains(where: { lowered.hasPrefix($0) }) else { return false }
    return !url.unicodeScalars.contains {
      $0.properties.isWhitespace || $0.properties.generalCategory == .control
    }
  }

  /// Blocks of prose as paragraphs and lists.
  static func blocks(_ blocks: [ProseBlock]) -> [HTMLNode] {
    blocks.map(block)
  }

  static func block(_ block: ProseBlock) -> HTMLNode {
    switch block {
    case .paragraph(let inlines):
      return .tag("p", [], self.inlines(inlines))
    case .list(let ordered, let items):
      return .tag(ordered ? "ol" : "ul", [], items.map(listItem))
    }
  }

  /// A list item: a lone paragraph is written straight into the item; several blocks keep
  /// their paragraphs.
  private static func listItem(_ blocks: [ProseBlock]) -> HTMLNode {
    if blocks.count == 1, case .paragraph(let inlines) = blocks[0] {
      return .tag("li", [], self.inlines(inlines))
    }
    return .tag("li", [], self.blocks(blocks))
  }

  /// Inline text with emphasis, links and line breaks.
  static func inlines(_ inlines: [Inline]) -> [HTMLNode] {
    inlines.map(inline)
  }

  private static func inline(_ inline: Inline) -> HTMLNode {
    switch inline {
    case .text(let text): return .text(text)
    case .emphasis(let inner): return .tag("em", [], inlines(inner))
    case .strong(let inner): return .tag("strong", [], inlines(inner))
    case .lineBreak: return .tag("br")
    case .link(let text, let url):
      guard isAllowedLink(url) else {
        return .fragment(inlines(text) + [.text(" (\(url))")])
      }
      // On paper a link's address is printed after its text, unless the text is the
      // address already.
      let shown = Inline.plainText(text)
      let isAddress = ["", "https://", "http://", "mailto:"].contains { $0 + shown == url }
      return .tag("a", isAddress ? [.href(url)] : [.href(url), .class("print-url")], inlines(text))
    }
  }
}
