import CFWModel

extension Handbook {
  /// The cover: title, subtitle, publishers, date, version and licences.
  func cover() -> HTMLNode {
    var publication: [HTMLNode] = framework.publishers.map {
      .tag("p", [.class("publisher")], text: $0)
    }
    if let date = framework.date {
      // Only a month or a day is marked up as a machine-readable date; a year alone or an
      // unrecognised date is printed as written.
      let shown = HandbookText.date(date)
      let content: HTMLNode =
        shown == date ? .text(date) : .tag("time", [HTMLAttribute("datetime", date)], text: shown)
      publication.append(.tag("p", [.class("date")], [content]))
    }
    if let version = framework.version {
      publication.append(.tag("p", [.class("version")], text: HandbookText.version(version)))
    }
    var nodes: [HTMLNode] = [.tag("h1", [], text: framework.title)]
    if let subtitle = framework.subtitle {
      nodes.append(.tag("p", [.class("subtitle")], text: subtitle))
    }
    if !publication.isEmpty {
      nodes.append(.tag("div", [.class("publication")], publication))
    }
    if !framework.licences.isEmpty {
      nodes.append(
        .tag(
          "div", [.class("licences")],
          framework.licences.map { .tag("p", [.class("licence")], text: $0) }))
    }
    return .tag("header", [.class("cover")], nodes)
  }
}
