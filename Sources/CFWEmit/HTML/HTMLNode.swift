/// A node of an HTML document.
///
/// Text is escaped when the document is rendered; markup that must reach the output as
/// written (the doctype, the style sheet) has to be asked for with `raw`.
package enum HTMLNode: Sendable, Hashable {
  case element(HTMLElement)
  /// Text, escaped when rendered.
  case text(String)
  /// Markup written as given, without escaping.
  case raw(String)
  /// Nodes spliced into their parent, so that builders can return several at once.
  case fragment([HTMLNode])

  /// An element with attributes and children.
  package static func tag(
    _ name: String, _ attributes: [HTMLAttribute] = [], _ children: [HTMLNode] = []
  ) -> HTMLNode {
    .element(HTMLElement(name: name, attributes: attributes, children: children))
  }

  /// An element holding only text.
  package static func tag(_ name: String, _ attributes: [HTMLAttribute] = [], text: String)
    -> HTMLNode
  {
    tag(name, attributes, [.text(text)])
  }

  /// Nothing: an empty fragment.
  package static var empty: HTMLNode { .fragment([]) }
}

/// An HTML element: a name, attributes in the order given, and children.
package struct HTMLElement: Sendable, Hashable {
  package let name: String
  package var attributes: [HTMLAttribute]
  package var children: [HTMLNode]
  /// Whether the element has no content and no end tag (``HTMLNode/voidElements``).
  let isVoid: Bool
  /// Whether the element may sit on a line of its own (``HTMLNode/blockElements``).
  let isBlock: Bool

  package init(name: String, attributes: [HTMLAttribute] = [], children: [HTMLNode] = []) {
    precondition(HTMLAttribute.isValidName(name), "invalid element name ‘\(name)’")
    self.name = name
    self.attributes = attributes
    self.children = children
    // Looked up once here rather than each time the element is rendered.
    (isVoid, isBlock) = HTMLNode.layouts[name] ?? (false, false)
  }
}

/// An attribute of an element. Its value is always quoted and escaped.
package struct HTMLAttribute: Sendable, Hashable {
  package var name: String
  package var value: String

  package init(_ name: String, _ value: String) {
    precondition(Self.isValidName(name), "invalid attribute name ‘\(name)’")
    self.name = name
    self.value = value
  }

  package static func id(_ value: String) -> HTMLAttribute { HTMLAttribute("id", value) }
  package static func `class`(_ value: String) -> HTMLAttribute { HTMLAttribute("class", value) }
  package static func href(_ value: String) -> HTMLAttribute { HTMLAttribute("href", value) }

  /// Names are lowercase ASCII letters, digits and `-`, so that no name can break out of
  /// its tag.
  static func isValidName(_ name: String) -> Bool {
    var name = name
    return name.withUTF8 { bytes in
      guard let first = bytes.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first)
      else { return false }
      return bytes.allSatisfy {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-")
      }
    }
  }
}
