/// Prose: paragraphs and lists with emphasis and links, for descriptions and sections.
public enum ProseBlock: Sendable, Hashable {
  case paragraph([Inline])
  /// A bullet (`ordered == false`) or numbered list; each item is a list of blocks.
  case list(ordered: Bool, items: [[ProseBlock]])
}

/// Inline text inside prose.
public enum Inline: Sendable, Hashable {
  case text(String)
  case emphasis([Inline])
  case strong([Inline])
  case link(text: [Inline], url: String)
  /// A hard line break (a line ending in a backslash).
  case lineBreak
}

extension ProseBlock {
  /// The plain text of the block, paragraphs and items separated by newlines.
  public var plainText: String {
    switch self {
    case .paragraph(let inlines): return Inline.plainText(inlines)
    case .list(_, let items):
      return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
    }
  }
}

extension Inline {
  /// The plain text of inline content.
  public static func plainText(_ inlines: [Inline]) -> String {
    var result = ""
    for inline in inlines {
      switch inline {
      case .text(let text): result += text
      case .emphasis(let inner), .strong(let inner): result += plainText(inner)
      case .link(let text, _): result += plainText(text)
      case .lineBreak: result += "\n"
      }
    }
    return result
  }
}

/// A description, optionally for one audience ("for leaders").
public struct Description: Sendable, Hashable {
  public var audience: String?
  public var blocks: [ProseBlock]

  public init(audience: String? = nil, blocks: [ProseBlock]) {
    self.audience = audience
    self.blocks = blocks
  }
}
