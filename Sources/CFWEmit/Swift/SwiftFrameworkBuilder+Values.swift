import CFWModel
import CFWSyntax

/// Model values as initialiser calls of the shared model (`CFWModels.swift`).
///
/// Arguments equal to the initialiser's default (nil, an empty list, `.positive`,
/// `.ascending`, `"level"`, `.linksTo`, `false`) are left out, so the calls say only what
/// the source said.
extension SwiftFrameworkBuilder {
  func expression(_ section: Section) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("id", section.id)
    arguments.string("title", section.title)
    arguments.array(
      "parts",
      section.parts.map { part in
        switch part {
        case .prose(let block): .call(".prose", expression(block))
        case .section(let subsection): .call(".section", expression(subsection))
        }
      })
    return arguments.call("Section")
  }

  func expression(_ list: ValueList) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("id", list.id)
    arguments.string("title", list.title)
    arguments.strings("values", list.values)
    return arguments.call("ValueList")
  }

  func expression(_ scale: Scale) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("id", scale.id)
    arguments.string("title", scale.title)
    if scale.term != "level" { arguments.string("term", scale.term) }
    if scale.seniority == .descending { arguments.value("seniority", .atom(".descending")) }
    arguments.array("description", scale.description.map(expression))
    arguments.array("levels", scale.levels.map(expression))
    return arguments.call("Scale")
  }

  func expression(_ level: Level) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("id", level.id)
    arguments.string("code", level.code)
    arguments.string("label", level.label)
    if level.isMidpoint { arguments.value("isMidpoint", .atom("true")) }
    arguments.array("description", level.description.map(expression))
    return arguments.call("Level")
  }

  func expression(_ group: Group, members: [SwiftExpression]) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("id", group.id)
    arguments.string("title", group.title)
    arguments.string("label", group.label)
    arguments.string("audience", group.audience)
    arguments.array("descriptions", group.descriptions.map(expression))
    arguments.array("members", members)
    return arguments.call("Group")
  }

  func expression(_ competency: Competency) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("id", competency.id)
    arguments.string("title", competency.title)
    arguments.string("label", competency.label)
    arguments.string("audience", competency.audience)
    arguments.string("scaleID", competency.scaleID)
    arguments.array("descriptions", competency.descriptions.map(expression))
    arguments.strings("relatedIDs", competency.related.map(Self.identifier))
    arguments.array("behaviours", competency.behaviours.map(expression))
    arguments.array("indicators", competency.indicators.map(expression))
    arguments.array("levels", competency.levels.map(expression))
    arguments.array("themes", competency.themes.map(expression))
    arguments.array("negatives", competency.negatives.map(expression))
    return arguments.call("Competency")
  }

  func expression(_ list: IndicatorList) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("title", list.title)
    arguments.array("items", list.items.map(expression))
    return arguments.call("IndicatorList")
  }

  func expression(_ block: LevelBlock) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("levelID", block.levelID)
    arguments.string("code", block.code)
    arguments.string("title", block.title)
    arguments.array("indicators", block.indicators.map(expression))
    return arguments.call("LevelIndicators")
  }

  func expression(_ theme: Theme) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("id", theme.id)
    arguments.string("title", theme.title)
    arguments.array("descriptions", theme.descriptions.map(expression))
    arguments.array("levels", theme.levels.map(expression))
    return arguments.call("Theme")
  }

  func expression(_ indicator: Indicator) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("text", indicator.text)
    if indicator.polarity == .negative { arguments.value("polarity", .atom(".negative")) }
    arguments.string("levelID", indicator.levelID)
    arguments.string("themeID", indicator.themeID)
    arguments.array("references", indicator.references.map(expression))
    return arguments.call("Indicator")
  }

  func expression(_ reference: Reference) -> SwiftExpression {
    var arguments = SwiftArguments()
    switch reference.strength {
    case .from: arguments.value("strength", .atom(".from"))
    case .closelyLinksTo: arguments.value("strength", .atom(".closelyLinksTo"))
    case .linksTo: break
    }
    arguments.string("frameworkID", reference.framework.map(Self.identifier))
    arguments.string("competencyID", Self.identifier(reference.competency))
    arguments.string("levelID", reference.level.map(Self.identifier))
    return arguments.call("Reference")
  }

  func expression(_ role: Role) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("id", role.id)
    arguments.string("title", role.title)
    arguments.string("label", role.label)
    arguments.array("descriptions", role.descriptions.map(expression))
    arguments.array(
      "requirements",
      role.requirements.map { requirement in
        var arguments = SwiftArguments()
        arguments.string("competencyID", Self.identifier(requirement.competency))
        arguments.string("levelID", Self.identifier(requirement.level))
        return arguments.call("Requirement")
      })
    return arguments.call("Role")
  }

  func expression(_ external: ExternalFramework) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("id", external.id)
    arguments.string("code", external.code)
    arguments.string("title", external.title)
    arguments.strings("publishers", external.publishers)
    arguments.string("uri", external.uri)
    arguments.array("description", external.description.map(expression))
    arguments.array("scales", external.scales.map(expression))
    arguments.array(
      "competencies",
      external.competencies.map { competency in
        var arguments = SwiftArguments()
        arguments.string("id", competency.id)
        arguments.string("title", competency.title)
        arguments.string("label", competency.label)
        arguments.array("description", competency.description.map(expression))
        return arguments.call("ExternalCompetency")
      })
    return arguments.call("ExternalFramework")
  }

  func expression(_ description: Description) -> SwiftExpression {
    var arguments = SwiftArguments()
    arguments.string("audience", description.audience)
    arguments.value("blocks", .array(description.blocks.map(expression)))
    return arguments.call("Description")
  }

  func expression(_ block: ProseBlock) -> SwiftExpression {
    switch block {
    case .paragraph(let inlines):
      return .call(".paragraph", .array(inlines.map(expression)))
    case .list(let ordered, let items):
      var arguments = SwiftArguments()
      arguments.value("ordered", .atom(ordered ? "true" : "false"))
      arguments.value("items", .array(items.map { .array($0.map(expression)) }))
      return arguments.call(".list")
    }
  }

  func expression(_ inline: Inline) -> SwiftExpression {
    switch inline {
    case .text(let text): .call(".text", .string(text))
    case .emphasis(let inner): .call(".emphasis", .array(inner.map(expression)))
    case .strong(let inner): .call(".strong", .array(inner.map(expression)))
    case .link(let text, let url):
      .call(
        ".link",
        [SwiftArgument("text", .array(text.map(expression))), SwiftArgument("url", .string(url))])
    case .lineBreak: .atom(".lineBreak")
    }
  }

  /// The identifier a name resolved to, or the identifier form of the name as written
  /// when it did not resolve (the checker reports that; the output stays well formed).
  static func identifier(_ target: Target) -> String {
    target.id ?? Identifier.slug(target.name)
  }
}

/// The arguments of an initialiser call, leaving out those equal to their default.
struct SwiftArguments {
  private var arguments: [SwiftArgument] = []

  mutating func value(_ label: String, _ value: SwiftExpression) {
    arguments.append(SwiftArgument(label, value))
  }

  mutating func string(_ label: String, _ value: String) {
    arguments.append(SwiftArgument(label, .string(value)))
  }

  /// Adds a string, or nothing for nil.
  mutating func string(_ label: String, _ value: String?) {
    if let value { string(label, value) }
  }

  /// Adds a list of strings, or nothing for an empty list.
  mutating func strings(_ label: String, _ values: [String]) {
    array(label, values.map(SwiftExpression.string))
  }

  /// Adds an array, or nothing for an empty one.
  mutating func array(_ label: String, _ elements: [SwiftExpression]) {
    if !elements.isEmpty { arguments.append(SwiftArgument(label, .array(elements))) }
  }

  func call(_ callee: String) -> SwiftExpression { .call(callee, arguments) }
}
