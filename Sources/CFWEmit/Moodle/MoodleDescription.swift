import CFWModel

/// The Description column of Moodle's competency import: HTML on one line.
enum MoodleDescription {
  /// The nodes as HTML without line breaks between elements.
  static func render(_ nodes: [HTMLNode]) -> String {
    guard !nodes.isEmpty else { return "" }
    return HTMLNode.fragment(nodes).render()
      .split(separator: "\n")
      .map { $0.drop { $0 == " " } }
      .joined()
  }

  /// Descriptions as paragraphs and lists; the part for one audience under a “For
  /// leaders:” line, and the audience first if there is one.
  static func descriptions(_ descriptions: [Description], audience: String? = nil) -> [HTMLNode] {
    var nodes: [HTMLNode] = []
    if let audience { nodes.append(.tag("p", text: "Audience: " + audience)) }
    for description in descriptions {
      if let audience = description.audience {
        nodes.append(.tag("p", [], [.tag("strong", text: "For \(audience):")]))
      }
      nodes += ProseWriter.blocks(description.blocks)
    }
    return nodes
  }

  /// A titled list of plain items: the title as a paragraph, the items as a bullet list.
  static func list(_ title: String?, _ items: [String]) -> [HTMLNode] {
    guard !items.isEmpty else { return [] }
    return (title.map { [.tag("p", text: $0)] } ?? []) + [
      .tag("ul", [], items.map { .tag("li", text: $0) })
    ]
  }

  /// The framework: its subtitle, its scales with what each level means, its licence notes.
  static func framework(_ framework: Framework) -> String {
    var nodes: [HTMLNode] = framework.subtitle.map { [.tag("p", text: $0)] } ?? []
    for scale in framework.scales {
      nodes.append(.tag("p", [], [.tag("strong", text: scale.title)]))
      nodes += ProseWriter.blocks(scale.description)
      nodes.append(
        .tag(
          "ul", [],
          scale.levels.map { level in
            var meaning = level.description.map(\.plainText).joined(separator: " ")
            if meaning.isEmpty, level.isMidpoint { meaning = "a mid-point rating" }
            return .tag(
              "li", [],
              [.tag("strong", text: level.displayName)]
                + (meaning.isEmpty ? [] : [.text(": " + meaning)]))
          }))
    }
    nodes += framework.licences.map { .tag("p", text: $0) }
    return render(nodes)
  }
}
