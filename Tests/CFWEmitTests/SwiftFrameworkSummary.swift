import CFWEmit
import CFWModel
import CFWSyntax

// The summary that Tests/Fixtures/swift/FrameworkSummary.swift computes from generated
// Swift, computed here from the in-memory model. The two must walk the model in the same
// order; where the generated model differs (identifiers instead of `Target`s,
// `LevelIndicators` for `LevelBlock`), this side converts as the emitter does.

/// What the compile test compares: counts, every indicator and every text field.
struct SwiftFrameworkSummary: Codable, Equatable {
  var name: String
  var groups: Int
  var competencies: Int
  /// Indicators by level identifier; `*` counts those that apply at every level.
  var indicatorsPerLevel: [String: Int]
  /// `competency@level=count` from `indicators(at:)`, for each level of the competency's scale.
  var indicatorsAtLevels: [String]
  var indicators: [String]
  /// Every text field, labelled, in model order.
  var texts: [String]

  init(name: String, framework: Framework) {
    self.name = name
    groups = framework.allGroups.count
    competencies = framework.allCompetencies.count
    indicatorsPerLevel = [:]
    indicatorsAtLevels = []
    indicators = []
    texts = []
    for competency in framework.allCompetencies {
      for indicator in competency.allIndicators {
        indicatorsPerLevel[indicator.levelID ?? "*", default: 0] += 1
        indicators.append(indicator.text)
      }
      let scale = competency.scaleID.flatMap { framework.scale(id: $0) }
      for level in scale?.levels ?? [] {
        let blocks = (competency.levels + competency.themes.flatMap(\.levels)).filter {
          $0.levelID == level.id
        }
        let count = blocks.reduce(0) { $0 + $1.indicators.count }
        indicatorsAtLevels.append(competency.id + "@" + level.id + "=" + String(count))
      }
    }
    walk(framework)
  }

  private mutating func add(_ label: String, _ value: String?) {
    texts.append(label + (value.map { "=" + $0 } ?? " absent"))
  }

  private mutating func walk(_ framework: Framework) {
    add("framework.id", framework.id)
    add("framework.title", framework.title)
    add("framework.subtitle", framework.subtitle)
    for publisher in framework.publishers { add("publisher", publisher) }
    add("date", framework.date)
    add("version", framework.version)
    for licence in framework.licences { add("licence", licence) }
    add("uri", framework.uri)
    add("language", framework.language)
    for content in framework.contents {
      switch content {
      case .section(let section): walk(section)
      case .values(let list):
        add("values.id", list.id)
        add("values.title", list.title)
        for value in list.values { add("value", value) }
      case .scale(let scale): walk(scale)
      case .group(let group): walk(group)
      case .competency(let competency): walk(competency)
      }
    }
    for role in framework.roles {
      add("role.id", role.id)
      add("role.title", role.title)
      add("role.label", role.label)
      for description in role.descriptions { walk(description) }
      for requirement in role.requirements {
        add("requirement.competency", Self.identifier(requirement.competency))
        add("requirement.level", Self.identifier(requirement.level))
      }
    }
    for external in framework.externals {
      add("external.id", external.id)
      add("external.code", external.code)
      add("external.title", external.title)
      for publisher in external.publishers { add("external.publisher", publisher) }
      add("external.uri", external.uri)
      walk(external.description)
      for scale in external.scales { walk(scale) }
      for competency in external.competencies {
        add("external.competency.id", competency.id)
        add("external.competency.title", competency.title)
        add("external.competency.label", competency.label)
        walk(competency.description)
      }
    }
  }

  private mutating func walk(_ section: Section) {
    add("section.id", section.id)
    add("section.title", section.title)
    for part in section.parts {
      switch part {
      case .prose(let block): walk([block])
      case .section(let subsection): walk(subsection)
      }
    }
  }

  private mutating func walk(_ blocks: [ProseBlock]) {
    for block in blocks {
      switch block {
      case .paragraph(let inlines): walk(inlines)
      case .list(let ordered, let items):
        add("list.ordered", String(ordered))
        for item in items {
          add("item", nil)
          walk(item)
        }
      }
    }
  }

  private mutating func walk(_ inlines: [Inline]) {
    for inline in inlines {
      switch inline {
      case .text(let text): add("text", text)
      case .emphasis(let inner):
        add("emphasis", nil)
        walk(inner)
      case .strong(let inner):
        add("strong", nil)
        walk(inner)
      case .link(let text, let url):
        add("link", url)
        walk(text)
      case .lineBreak: add("lineBreak", nil)
      }
    }
  }

  private mutating func walk(_ scale: Scale) {
    add("scale.id", scale.id)
    add("scale.title", scale.title)
    add("scale.term", scale.term)
    add("scale.seniority", scale.seniority.rawValue)
    walk(scale.description)
    for level in scale.levels {
      add("level.id", level.id)
      add("level.code", level.code)
      add("level.label", level.label)
      add("level.isMidpoint", String(level.isMidpoint))
      walk(level.description)
    }
  }

  private mutating func walk(_ description: Description) {
    add("description.audience", description.audience)
    walk(description.blocks)
  }

  private mutating func walk(_ group: Group) {
    add("group.id", group.id)
    add("group.title", group.title)
    add("group.label", group.label)
    add("group.audience", group.audience)
    for description in group.descriptions { walk(description) }
    for member in group.members {
      switch member {
      case .group(let inner): walk(inner)
      case .competency(let competency): walk(competency)
      }
    }
  }

  private mutating func walk(_ competency: Competency) {
    add("competency.id", competency.id)
    add("competency.title", competency.title)
    add("competency.label", competency.label)
    add("competency.audience", competency.audience)
    add("competency.scale", competency.scaleID)
    for description in competency.descriptions { walk(description) }
    for related in competency.related.map(Self.identifier) { add("related", related) }
    for list in competency.behaviours + competency.indicators { walk(list) }
    for block in competency.levels { walk(block) }
    for theme in competency.themes {
      add("theme.id", theme.id)
      add("theme.title", theme.title)
      for description in theme.descriptions { walk(description) }
      for block in theme.levels { walk(block) }
    }
    for list in competency.negatives { walk(list) }
  }

  private mutating func walk(_ list: IndicatorList) {
    add("list.title", list.title)
    for indicator in list.items { walk(indicator) }
  }

  private mutating func walk(_ block: LevelBlock) {
    add("block.level", block.levelID)
    add("block.code", block.code)
    add("block.title", block.title)
    for indicator in block.indicators { walk(indicator) }
  }

  private mutating func walk(_ indicator: Indicator) {
    add("indicator.text", indicator.text)
    add("indicator.polarity", indicator.polarity.rawValue)
    add("indicator.level", indicator.levelID)
    add("indicator.theme", indicator.themeID)
    for reference in indicator.references {
      add("reference.strength", reference.strength.rawValue)
      add("reference.framework", reference.framework.map(Self.identifier))
      add("reference.competency", Self.identifier(reference.competency))
      add("reference.level", reference.level.map(Self.identifier))
    }
  }

  /// The identifier of a target as the emitter writes it.
  private static func identifier(_ target: Target) -> String {
    target.id ?? Identifier.slug(target.name)
  }
}
