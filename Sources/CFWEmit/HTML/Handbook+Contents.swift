import CFWModel

extension Handbook {
  /// The table of contents: every part of the handbook, linked to its anchor.
  func contents() -> HTMLNode {
    var entries: [HTMLNode] = []
    for (index, content) in framework.contents.enumerated() {
      switch content {
      case .section(let section): entries.append(sectionEntry(section, path: [index]))
      case .values(let values):
        entries.append(Self.entry(values.title, anchors.id(.values, [index])))
      case .scale(let scale): entries.append(Self.entry(scale.title, anchors.id(.scale, [index])))
      case .group(let group): entries.append(memberEntry(.group(group), path: [index]))
      case .competency(let competency):
        entries.append(memberEntry(.competency(competency), path: [index]))
      }
    }
    if !framework.externals.isEmpty {
      entries.append(
        Self.entry(
          Self.frameworksAppendixTitle, HandbookAnchors.frameworksAppendix,
          children: framework.externals.indices.map {
            Self.entry(Self.externalTitle(framework.externals[$0]), anchors.id(.external, [$0]))
          }))
    }
    if !framework.roles.isEmpty {
      entries.append(
        Self.entry(
          Self.rolesAppendixTitle, HandbookAnchors.rolesAppendix,
          children: framework.roles.indices.map {
            let role = framework.roles[$0]
            return Self.entry(
              HandbookText.titled(label: role.label, role.title), anchors.id(.role, [$0]))
          }))
    }
    return .tag(
      "nav",
      [
        .class("contents"), .id(HandbookAnchors.contents),
        HTMLAttribute("aria-labelledby", HandbookAnchors.contentsTitle),
      ],
      [
        .tag("h2", [.id(HandbookAnchors.contentsTitle)], text: "Contents"),
        .tag("ol", [], entries),
      ])
  }

  private func sectionEntry(_ section: Section, path: [Int]) -> HTMLNode {
    let children = section.parts.indices.compactMap { index -> HTMLNode? in
      guard case .section(let subsection) = section.parts[index] else { return nil }
      return sectionEntry(subsection, path: path + [index])
    }
    return Self.entry(section.title, anchors.id(.section, path), children: children)
  }

  private func memberEntry(_ member: Member, path: [Int]) -> HTMLNode {
    switch member {
    case .competency(let competency):
      return Self.entry(
        HandbookText.titled(label: competency.label, competency.title),
        anchors.id(.competency, path))
    case .group(let group):
      return Self.entry(
        HandbookText.titled(label: group.label, group.title), anchors.id(.group, path),
        children: group.members.indices.map { memberEntry(group.members[$0], path: path + [$0]) })
    }
  }

  /// A line of the contents, with the entries below it as a nested list.
  private static func entry(_ title: String, _ anchor: String, children: [HTMLNode] = [])
    -> HTMLNode
  {
    let link = HTMLNode.tag("a", [.href("#" + anchor)], text: title)
    guard !children.isEmpty else { return .tag("li", [], [link]) }
    return .tag("li", [], [link, .tag("ol", [], children)])
  }
}
