extension HTMLNode {
  /// The markup of the node. Elements whose children are all elements, at least one of
  /// them a block, are laid out one child per line, indented two spaces a level;
  /// everything else stays on one line, where whitespace would matter.
  package func render() -> String {
    var writer = HTMLWriter(capacity: 1 << 10)
    write(to: &writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// Escapes text for use in element content and in quoted attribute values, as
  /// ``HTMLWriter/text(_:)`` does.
  package static func escape(_ text: String) -> String {
    var writer = HTMLWriter(capacity: text.utf8.count)
    writer.text(text)
    return String(decoding: writer.bytes, as: UTF8.self)
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

  /// Whether each void or block element is void and whether it is a block, so that an
  /// element's name is looked up once.
  static let layouts: [String: (isVoid: Bool, isBlock: Bool)] = {
    var layouts: [String: (isVoid: Bool, isBlock: Bool)] = [:]
    for name in voidElements.union(blockElements) {
      layouts[name] = (voidElements.contains(name), blockElements.contains(name))
    }
    return layouts
  }()

  /// Writes the node's markup, as ``render()`` describes, its lines indented to `depth`.
  /// A fragment's nodes are written as if they were its parent's children.
  package func write(to writer: inout HTMLWriter, depth: Int = 0) {
    switch self {
    case .fragment(let nodes):
      for node in nodes { node.write(to: &writer, depth: depth) }
    case .element(let element) where element.hasBlockLayout:
      writer.indent(depth)
      writer.startTag(element.name, element.attributes)
      writer.newLine()
      for child in element.children { child.write(to: &writer, depth: depth + 1) }
      writer.indent(depth)
      writer.endTag(element.name)
      writer.newLine()
    default:
      writer.indent(depth)
      writeInline(to: &writer)
      writer.newLine()
    }
  }

  /// Writes the node on the current line.
  private func writeInline(to writer: inout HTMLWriter) {
    switch self {
    case .text(let text): writer.text(text)
    case .raw(let markup): writer.raw(markup)
    case .fragment(let nodes): for node in nodes { node.writeInline(to: &writer) }
    case .element(let element):
      writer.startTag(element.name, element.attributes)
      guard !element.isVoid else { return }
      for child in element.children { child.writeInline(to: &writer) }
      writer.endTag(element.name)
    }
  }

  /// Whether the node, with fragments spliced in, is only elements; `hasBlock` is set
  /// when one of them is a block.
  fileprivate func isElements(hasBlock: inout Bool) -> Bool {
    switch self {
    case .element(let element):
      if element.isBlock { hasBlock = true }
      return true
    case .fragment(let nodes):
      return nodes.allSatisfy { $0.isElements(hasBlock: &hasBlock) }
    case .text, .raw:
      return false
    }
  }
}

extension HTMLElement {
  /// Whether the children go one per line: all are elements, and at least one is a block.
  var hasBlockLayout: Bool {
    guard !isVoid else { return false }
    var hasBlock = false
    for child in children where !child.isElements(hasBlock: &hasBlock) { return false }
    return hasBlock
  }
}

extension HTMLWriter {
  /// Writes a node as ``HTMLNode/render()`` lays it out, its lines indented to `depth`.
  package mutating func write(_ node: HTMLNode, depth: Int) {
    node.write(to: &self, depth: depth)
  }

  /// Writes an element one child per line, its children written by `children` at the next
  /// depth, so that a long document can be written a part at a time and its whole tree
  /// never held at once.
  ///
  /// The layout is that of a tree's element whose children are all elements, one of them
  /// a block at least, which is what callers must write; with no children at all, the
  /// element stays on one line, as a tree's would.
  package mutating func block(
    _ name: String, _ attributes: [HTMLAttribute] = [], depth: Int,
    children: (inout HTMLWriter, _ depth: Int) -> Void
  ) {
    indent(depth)
    startTag(name, attributes)
    newLine()
    let start = bytes.count
    children(&self, depth + 1)
    if bytes.count == start {
      bytes.removeLast()
    } else {
      indent(depth)
    }
    endTag(name)
    newLine()
  }
}
