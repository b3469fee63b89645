extension HTMLNode {
  /// The markup of the node. Elements whose children are all elements, at least one of
  /// them a block, are laid out one child per line, indented two spaces a level;
  /// everything else stays on one line, where whitespace would matter.
  package func render() -> String {
    var output = ""
    HTMLNode.writeBlock(self, depth: 0, into: &output)
    return output
  }

  /// Escapes text for use in element content and in quoted attribute values.
  ///
  /// The text is read scalar by scalar, not character by character: a quote followed by a
  /// combining mark is one `Character` that is not equal to `"`, and left unescaped it
  /// would end an attribute value. Control characters, which HTML forbids, become U+FFFD.
  package static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
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

  /// Elements with no content and no end tag.
  static let voidElements: Set<String> = ["br", "hr", "img", "input", "link", "meta", "wbr"]

  /// Elements that may sit on a line of their own without changing what is displayed.
  static let blockElements: Set<String> = [
    "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "html", "li", "main",
    "meta", "nav", "ol", "p", "section", "style", "table", "tbody", "td", "th", "thead",
    "title", "tr", "ul",
  ]

  /// The node with fragments spliced in.
  var flattened: [HTMLNode] {
    switch self {
    case .fragment(let nodes): return nodes.flatMap(\.flattened)
    default: return [self]
    }
  }

  private static func writeBlock(_ node: HTMLNode, depth: Int, into output: inout String) {
    let indent = String(repeating: "  ", count: depth)
    switch node {
    case .fragment(let nodes):
      for child in nodes { writeBlock(child, depth: depth, into: &output) }
    case .element(let element) where element.hasBlockLayout:
      output += indent + element.startTag + "\n"
      for child in element.children.flatMap(\.flattened) {
        writeBlock(child, depth: depth + 1, into: &output)
      }
      output += indent + "</\(element.name)>\n"
    default:
      output += indent
      writeInline(node, into: &output)
      output += "\n"
    }
  }

  private static func writeInline(_ node: HTMLNode, into output: inout String) {
    switch node {
    case .text(let text): output += escape(text)
    case .raw(let markup): output += markup
    case .fragment(let nodes): for child in nodes { writeInline(child, into: &output) }
    case .element(let element):
      output += element.startTag
      guard !voidElements.contains(element.name) else { return }
      for child in element.children { writeInline(child, into: &output) }
      output += "</\(element.name)>"
    }
  }
}

extension HTMLElement {
  /// The start tag, with every attribute value quoted and escaped.
  var startTag: String {
    var tag = "<" + name
    for attribute in attributes {
      tag += " \(attribute.name)=\"\(HTMLNode.escape(attribute.value))\""
    }
    return tag + ">"
  }

  /// Whether the children go one per line: all are elements, and at least one is a block.
  var hasBlockLayout: Bool {
    let nodes = children.flatMap(\.flattened)
    guard !nodes.isEmpty, !HTMLNode.voidElements.contains(name) else { return false }
    var hasBlock = false
    for node in nodes {
      guard case .element(let child) = node else { return false }
      if HTMLNode.blockElements.contains(child.name) { hasBlock = true }
    }
    return hasBlock
  }
}
