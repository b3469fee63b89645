/// A competency (quality, element, capability) and everything said about it.
public struct Competency: Sendable, Hashable {
  public var id: String
  public var title: String
  public var label: String?
  /// The code people refer to it by (`1.1`, `A.4`), if it has one.
  public var code: String?
  /// Other names it is known by in the same document.
  public var aliases: [String]
  public var audience: String?
  /// The identifier of the scale its levels belong to (nil when the framework has none).
  public var scaleID: String?
  public var descriptions: [Description]
  /// Other competencies of the framework this one relates to.
  public var related: [Target]
  /// Lists of behaviours that apply at every level ("Features of this quality include:").
  public var behaviours: [IndicatorList]
  /// Lists of level-independent indicators.
  public var indicators: [IndicatorList]
  /// Indicators by level, in the order written.
  public var levels: [LevelBlock]
  /// Themes, each with indicators by level.
  public var themes: [Theme]
  /// Lists of negative or ineffective indicators, at every level.
  public var negatives: [IndicatorList]
  /// Named lists with the author's own headings: knowledge, skills, examples.
  public var lists: [IndicatorList]
  /// Named facts the language has no keyword for.
  public var attributes: [Attribute]
  public var origin: Origin

  public init(
    id: String, title: String, label: String? = nil, audience: String? = nil,
    scaleID: String? = nil, descriptions: [Description] = [], related: [Target] = [],
    behaviours: [IndicatorList] = [], indicators: [IndicatorList] = [], levels: [LevelBlock] = [],
    themes: [Theme] = [], negatives: [IndicatorList] = [], code: String? = nil,
    aliases: [String] = [], lists: [IndicatorList] = [], attributes: [Attribute] = [],
    origin: Origin = Origin()
  ) {
    self.id = id
    self.title = title
    self.label = label
    self.code = code
    self.aliases = aliases
    self.lists = lists
    self.attributes = attributes
    self.audience = audience
    self.scaleID = scaleID
    self.descriptions = descriptions
    self.related = related
    self.behaviours = behaviours
    self.indicators = indicators
    self.levels = levels
    self.themes = themes
    self.negatives = negatives
    self.origin = origin
  }

  /// Every indicator of the competency: level-independent ones, by level (each level's
  /// negative indicators after its positive ones), by theme and level, then negative
  /// ones. Behaviours and named lists are not indicators.
  public var allIndicators: [Indicator] {
    var result: [Indicator] = indicators.flatMap(\.items)
    for block in levels { result += block.allIndicators }
    for theme in themes {
      for block in theme.levels { result += block.allIndicators }
    }
    result += negatives.flatMap(\.items)
    return result
  }

  /// Whether any level block has negative indicators of its own.
  public var hasLevelNegatives: Bool {
    levels.contains { !$0.negatives.isEmpty }
      || themes.contains { $0.levels.contains { !$0.negatives.isEmpty } }
  }

  /// The identifiers of the levels this competency describes, directly or in a theme,
  /// without repeats, in first-use order.
  public var describedLevelIDs: [String] {
    var seen = Set<String>()
    var result: [String] = []
    for block in levels + themes.flatMap(\.levels) where seen.insert(block.levelID).inserted {
      result.append(block.levelID)
    }
    return result
  }
}

/// A titled list of indicators or behaviours.
public struct IndicatorList: Sendable, Hashable {
  /// The list's own heading ("Features of this quality include:"), if any.
  public var title: String?
  public var items: [Indicator]
  public var origin: Origin

  public init(title: String? = nil, items: [Indicator], origin: Origin = Origin()) {
    self.title = title
    self.items = items
    self.origin = origin
  }
}

/// The indicators of one competency (or theme) at one level.
public struct LevelBlock: Sendable, Hashable {
  /// The level's identifier in the competency's scale (the code, in identifier form).
  public var levelID: String
  /// The code as written.
  public var code: String
  /// This competency's own title for the level ("Acts with confidence").
  public var title: String?
  /// A summary of the level for this competency, printed before its indicators.
  public var descriptions: [Description]
  /// The positive indicators at this level.
  public var indicators: [Indicator]
  /// Negative or ineffective indicators at this level.
  public var negatives: [IndicatorList]
  /// Named lists at this level.
  public var lists: [IndicatorList]
  public var attributes: [Attribute]
  /// Whether the block was written in a top-level `level` block of a framework written
  /// level by level.
  public var isLevelFirst: Bool
  public var origin: Origin

  public init(
    levelID: String, code: String, title: String? = nil, descriptions: [Description] = [],
    indicators: [Indicator], negatives: [IndicatorList] = [], lists: [IndicatorList] = [],
    attributes: [Attribute] = [], isLevelFirst: Bool = false, origin: Origin = Origin()
  ) {
    self.levelID = levelID
    self.code = code
    self.title = title
    self.descriptions = descriptions
    self.indicators = indicators
    self.negatives = negatives
    self.lists = lists
    self.attributes = attributes
    self.isLevelFirst = isLevelFirst
    self.origin = origin
  }

  /// The positive indicators, then the negative ones.
  public var allIndicators: [Indicator] {
    negatives.isEmpty ? indicators : indicators + negatives.flatMap(\.items)
  }
}

/// A named fact about an entity (`attribute Owner: People team`), for facts the language
/// has no keyword for. Carried to every output that has a place for it.
public struct Attribute: Sendable, Hashable {
  public var name: String
  public var value: String
  public var origin: Origin

  public init(name: String, value: String, origin: Origin = Origin()) {
    self.name = name
    self.value = value
    self.origin = origin
  }
}

/// An indicator theme or key theme of a competency.
public struct Theme: Sendable, Hashable {
  public var id: String
  public var title: String
  public var descriptions: [Description]
  public var levels: [LevelBlock]
  public var lists: [IndicatorList]
  public var attributes: [Attribute]
  public var origin: Origin

  public init(
    id: String, title: String, descriptions: [Description] = [], levels: [LevelBlock] = [],
    lists: [IndicatorList] = [], attributes: [Attribute] = [], origin: Origin = Origin()
  ) {
    self.id = id
    self.title = title
    self.descriptions = descriptions
    self.levels = levels
    self.lists = lists
    self.attributes = attributes
    self.origin = origin
  }
}

/// One observable behaviour.
public struct Indicator: Sendable, Hashable {
  /// Whether the behaviour is wanted or is a warning sign.
  public enum Polarity: String, Sendable, Hashable {
    case positive
    case negative
  }

  public var text: String
  public var polarity: Polarity
  /// The level's identifier, or nil for an indicator that applies at every level.
  public var levelID: String?
  /// The theme's identifier, if the indicator belongs to a theme.
  public var themeID: String?
  public var references: [Reference]
  public var origin: Origin

  public init(
    text: String, polarity: Polarity = .positive, levelID: String? = nil, themeID: String? = nil,
    references: [Reference] = [], origin: Origin = Origin()
  ) {
    self.text = text
    self.polarity = polarity
    self.levelID = levelID
    self.themeID = themeID
    self.references = references
    self.origin = origin
  }
}

/// A reference from an indicator to a competency of this or an external framework.
public struct Reference: Sendable, Hashable {
  /// How strongly the indicator is tied to the target.
  public enum Strength: String, Sendable, Hashable, CaseIterable {
    /// The indicator is taken from the target.
    case from
    case closelyLinksTo = "closely links to"
    case linksTo = "links to"
  }

  public var strength: Strength
  /// The external framework's code as written (`CLF`) and its identifier; nil for a
  /// competency of this framework.
  public var framework: Target?
  public var competency: Target
  public var level: Target?
  public var origin: Origin

  public init(
    strength: Strength, framework: Target? = nil, competency: Target, level: Target? = nil,
    origin: Origin = Origin()
  ) {
    self.strength = strength
    self.framework = framework
    self.competency = competency
    self.level = level
    self.origin = origin
  }
}
