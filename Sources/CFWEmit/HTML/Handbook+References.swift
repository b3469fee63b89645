import CFWModel

extension Handbook {
  /// A cross-reference as a badge: the strength, then the target, linked to where the
  /// handbook describes it (“from CLF: Leadership – Established”).
  func referenceBadge(_ reference: Reference) -> HTMLNode {
    let target = referenceTarget(reference)
    let label: HTMLNode =
      target.anchor.map { .tag("a", [link($0)], text: target.text) } ?? .text(target.text)
    return .tag(
      "span", [.class("ref")],
      [
        .tag("span", [.class("ref-strength")], text: reference.strength.rawValue), .text(" "),
        label,
      ])
  }

  /// The text of a reference's target and the anchor to link it to, if the target is in
  /// the handbook.
  func referenceTarget(_ reference: Reference) -> (text: String, anchor: String?) {
    if let prefix = reference.framework {
      let external = prefix.id.flatMap { framework.external(id: $0) }
      let competency = reference.competency.id.flatMap { id in
        external?.competencies.first { $0.id == id }
      }
      let level = reference.level.map { target in
        target.id.flatMap { id in external?.scales.lazy.compactMap { $0.name(ofLevel: id) }.first }
          ?? target.name
      }
      var text = "\(prefix.name): \(competency?.title ?? reference.competency.name)"
      if let level { text += " – \(level)" }
      var anchor: String?
      if let external, let competency {
        anchor = anchors.externalCompetency(framework: external.id, competency: competency.id)
      } else if let index = framework.externals.firstIndex(where: { $0.id == external?.id }) {
        anchor = anchors.id(.external, [index])
      }
      return (text, anchor)
    }
    let competency = reference.competency.id.flatMap { competencies[$0] }
    var text = competency?.title ?? reference.competency.name
    if let level = reference.level {
      let name = competency.flatMap { c in
        level.id.map { levelName($0, code: level.name, of: c) }
      }
      text += " – \(name ?? level.name)"
    }
    return (text, reference.competency.id.flatMap { anchors.competency(id: $0) })
  }
}
