import CFWModel
import CFWSyntax

/// CFW113: one thing given the same attribute twice.
struct AttributeRule: Rule {
  func check(_ context: inout CheckContext) {
    guard let framework = context.framework else { return }
    let index = context.index
    find(framework.attributes, &context)
    for scale in index.scales {
      find(scale.attributes, &context)
      for band in scale.bands { find(band.attributes, &context) }
      for level in scale.levels { find(level.attributes, &context) }
    }
    for group in index.groups { find(group.attributes, &context) }
    for competency in index.competencies {
      find(competency.attributes, &context)
      competency.forEachLevelBlock { find($0.attributes, &context) }
      for theme in competency.themes { find(theme.attributes, &context) }
    }
    for family in framework.families { find(family.attributes, &context) }
    for role in framework.roles {
      find(role.attributes, &context)
      for level in role.levels { find(level.attributes, &context) }
    }
  }

  /// Reports each attribute whose name (in identifier form) an earlier one of the same
  /// list already has.
  func find(_ attributes: [Attribute], _ context: inout CheckContext) {
    guard attributes.count > 1 else { return }
    var first: [String: Attribute] = [:]
    for attribute in attributes {
      let key = Identifier.slug(attribute.name)
      guard let earlier = first[key] else {
        first[key] = attribute
        continue
      }
      context.report(
        .repeatedAttribute, "the attribute ‘\(attribute.name)’ is given twice",
        at: attribute.origin,
        notes: [
          Diagnostic.Note(
            "first given here", path: earlier.origin.path, range: earlier.origin.range)
        ],
        help: "keep one ‘attribute \(earlier.name): …’ line, or give this one another name")
    }
  }
}
