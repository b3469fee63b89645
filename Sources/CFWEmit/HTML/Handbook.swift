import CFWModel

/// The printable handbook of one framework, as an HTML document: a cover, a table of
/// contents, the framework's contents in file order, then appendices describing the
/// frameworks its indicators cite and its role profiles.
///
/// The document is self-contained: its style sheet is inline, and it has no scripts,
/// images or fonts to fetch.
struct Handbook {
  let framework: Framework
  let anchors: HandbookAnchors

  init(_ framework: Framework) {
    self.framework = framework
    self.anchors = HandbookAnchors(framework)
  }

  /// The whole document's markup.
  func html() -> String {
    HTMLNode.raw("<!doctype html>").render() + document().render()
  }

  /// The `html` element: a head with the metadata and the inline style sheet, and a body
  /// of cover, contents and main text.
  func document() -> HTMLNode {
    .tag(
      "html", [HTMLAttribute("lang", framework.language)],
      [
        .tag(
          "head", [],
          [
            .tag("meta", [HTMLAttribute("charset", "utf-8")]),
            .tag(
              "meta",
              [
                HTMLAttribute("name", "viewport"),
                HTMLAttribute("content", "width=device-width, initial-scale=1"),
              ]),
            .tag("meta", [HTMLAttribute("name", "generator"), HTMLAttribute("content", "cfw")]),
            .tag("title", text: framework.title),
            .tag(
              "style", [],
              [.raw(HandbookStyle.css + HandbookStyle.pageTitleRule(framework.title))]),
          ]),
        .tag("body", [], [cover(), contents(), main()]),
      ])
  }

  /// The framework's contents in file order, then the appendices.
  func main() -> HTMLNode {
    var nodes: [HTMLNode] = []
    for (index, content) in framework.contents.enumerated() {
      switch content {
      case .section(let section): nodes.append(self.section(section, path: [index], level: 2))
      case .values(let values): nodes.append(valueList(values, path: [index]))
      case .scale(let scale): nodes.append(self.scale(scale, path: [index]))
      case .group(let group): nodes.append(self.group(group, path: [index], level: 2))
      case .competency(let competency):
        nodes.append(self.competency(competency, path: [index], level: 2))
      }
    }
    nodes.append(frameworksAppendix())
    nodes.append(rolesAppendix())
    return .tag("main", [], nodes)
  }

  /// A heading element at a level from 1 to 6; deeper levels stay at 6.
  static func heading(_ level: Int, _ attributes: [HTMLAttribute] = [], _ children: [HTMLNode])
    -> HTMLNode
  {
    .tag("h\(min(max(level, 1), 6))", attributes, children)
  }

  /// A heading with its label: a number before the title (“1 Seeing the big picture”), a
  /// name above it, with a separator that only assistive technology reads (“Dimension 6:
  /// Creating the vision”).
  static func labelledHeading(_ level: Int, label: String?, title: String) -> HTMLNode {
    guard let label, !label.isEmpty else { return heading(level, [], [.text(title)]) }
    let separator = HandbookText.labelSeparator(label)
    guard separator == ": " else {
      return heading(
        level, [], [.tag("span", [.class("number")], text: label), .text(separator + title)])
    }
    return heading(
      level, [],
      [
        .tag("span", [.class("label")], text: label),
        .tag("span", [.class("visually-hidden")], text: separator),
        .text(title),
      ])
  }

  /// Descriptions, those for one audience tagged with it (“For leaders”).
  func descriptions(_ descriptions: [Description]) -> HTMLNode {
    .fragment(
      descriptions.map { description in
        guard let audience = description.audience else {
          return .tag("div", [.class("description")], ProseWriter.blocks(description.blocks))
        }
        return .tag(
          "div", [.class("description for-audience")],
          [.tag("p", [.class("audience-tag")], text: HandbookText.audience(audience))]
            + ProseWriter.blocks(description.blocks))
      })
  }

  /// A note of who a group or competency is for.
  static func audienceNote(_ audience: String?) -> HTMLNode {
    guard let audience else { return .empty }
    return .tag("p", [.class("audience")], text: HandbookText.audience(audience))
  }
}
