/// A section of prose for the handbook: foreword, introduction, how to use.
public struct Section: Sendable, Hashable {
  public var id: String
  public var title: String
  public var parts: [Part]
  public var origin: Origin

  /// Prose and subsections, in file order.
  public enum Part: Sendable, Hashable {
    case prose(ProseBlock)
    case section(Section)
  }

  public init(id: String, title: String, parts: [Part], origin: Origin = Origin()) {
    self.id = id
    self.title = title
    self.parts = parts
    self.origin = origin
  }
}

/// A named list of values ("Ashfield District Council’s Values").
public struct ValueList: Sendable, Hashable {
  public var id: String
  public var title: String
  public var values: [String]
  public var origin: Origin

  public init(id: String, title: String, values: [String], origin: Origin = Origin()) {
    self.id = id
    self.title = title
    self.values = values
    self.origin = origin
  }
}

/// An ordered list of levels (stages, ratings).
public struct Scale: Sendable, Hashable {
  /// Which end of a scale is more senior.
  public enum Seniority: String, Sendable, Hashable {
    /// Later levels are more senior (the default).
    case ascending
    /// The first level is the most senior.
    case descending
  }

  public var id: String
  public var title: String
  /// The word the framework uses for a level: `level` or `stage`.
  public var term: String
  public var seniority: Seniority
  /// Whether each level includes everything said at the levels below it.
  public var isCumulative: Bool
  public var description: [ProseBlock]
  /// Every level, in order, whether or not it stands in a band.
  public var levels: [Level]
  /// Named runs of consecutive levels.
  public var bands: [Band]
  public var attributes: [Attribute]
  public var origin: Origin

  public init(
    id: String, title: String, term: String = "level", seniority: Seniority = .ascending,
    isCumulative: Bool = false, description: [ProseBlock] = [], levels: [Level],
    bands: [Band] = [], attributes: [Attribute] = [], origin: Origin = Origin()
  ) {
    self.id = id
    self.title = title
    self.term = term
    self.seniority = seniority
    self.isCumulative = isCumulative
    self.description = description
    self.levels = levels
    self.bands = bands
    self.attributes = attributes
    self.origin = origin
  }

  /// The band a level stands in, if any.
  public func band(of levelID: String) -> Band? {
    bands.first { $0.levelIDs.contains(levelID) }
  }

  /// The level with this identifier.
  public func level(id: String) -> Level? { levels.first { $0.id == id } }

  /// The position of a level in the scale, from 0.
  public func index(of levelID: String) -> Int? { levels.firstIndex { $0.id == levelID } }
}

/// A named run of consecutive levels of a scale ("Foundation": levels 1 and 2).
public struct Band: Sendable, Hashable {
  public var id: String
  public var title: String
  public var description: [ProseBlock]
  /// The identifiers of its levels, in scale order.
  public var levelIDs: [String]
  public var attributes: [Attribute]
  public var origin: Origin

  public init(
    id: String, title: String, description: [ProseBlock] = [], levelIDs: [String] = [],
    attributes: [Attribute] = [], origin: Origin = Origin()
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.levelIDs = levelIDs
    self.attributes = attributes
    self.origin = origin
  }
}

/// One level of a scale.
public struct Level: Sendable, Hashable {
  /// The identifier form of the code.
  public var id: String
  /// The code as written: `1`, `B`, `Engaged`.
  public var code: String
  /// The label, if any: `Emerging`, `Front-line Worker`.
  public var label: String?
  /// A rating-only level between two described levels; it carries no indicators.
  public var isMidpoint: Bool
  /// Who is at this level, or what it means.
  public var description: [ProseBlock]
  /// A lead-in printed before every competency's indicators at this level ("With
  /// guidance, I can:").
  public var intro: String?
  public var attributes: [Attribute]
  public var origin: Origin

  public init(
    id: String, code: String, label: String? = nil, isMidpoint: Bool = false,
    description: [ProseBlock] = [], intro: String? = nil, attributes: [Attribute] = [],
    origin: Origin = Origin()
  ) {
    self.id = id
    self.code = code
    self.label = label
    self.isMidpoint = isMidpoint
    self.description = description
    self.intro = intro
    self.attributes = attributes
    self.origin = origin
  }

  /// The label, or the code when there is no label.
  public var displayName: String { label ?? code }
}

/// A group of competencies: a cluster, dimension or theme.
public struct Group: Sendable, Hashable {
  public var id: String
  public var title: String
  public var label: String?
  public var code: String?
  public var aliases: [String]
  public var audience: String?
  public var descriptions: [Description]
  public var members: [Member]
  public var lists: [IndicatorList]
  public var attributes: [Attribute]
  public var origin: Origin

  public init(
    id: String, title: String, label: String? = nil, audience: String? = nil,
    descriptions: [Description] = [], members: [Member] = [], code: String? = nil,
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
    self.descriptions = descriptions
    self.members = members
    self.origin = origin
  }

  /// The competencies directly in this group.
  public var competencies: [Competency] {
    members.compactMap { if case .competency(let c) = $0 { return c } else { return nil } }
  }

  /// The groups directly in this group.
  public var groups: [Group] {
    members.compactMap { if case .group(let g) = $0 { return g } else { return nil } }
  }
}

/// A role profile: the competencies a role needs and the level expected of each. A role
/// with levels is a career ladder: each level has its own summary and requirements, and
/// the role's own requirements apply at every level.
public struct Role: Sendable, Hashable {
  public var id: String
  public var title: String
  public var label: String?
  public var code: String?
  public var aliases: [String]
  /// The family (department, job family) the role stands in, if any.
  public var familyID: String?
  /// What the role is, shared by all its levels.
  public var descriptions: [Description]
  /// Requirements at every level of the role.
  public var requirements: [Requirement]
  /// The levels of a career ladder, from the first written.
  public var levels: [RoleLevel]
  public var lists: [IndicatorList]
  public var attributes: [Attribute]
  public var origin: Origin

  public init(
    id: String, title: String, label: String? = nil, descriptions: [Description] = [],
    requirements: [Requirement] = [], code: String? = nil, aliases: [String] = [],
    familyID: String? = nil, levels: [RoleLevel] = [], lists: [IndicatorList] = [],
    attributes: [Attribute] = [], origin: Origin = Origin()
  ) {
    self.id = id
    self.title = title
    self.label = label
    self.descriptions = descriptions
    self.requirements = requirements
    self.code = code
    self.aliases = aliases
    self.familyID = familyID
    self.levels = levels
    self.lists = lists
    self.attributes = attributes
    self.origin = origin
  }

  /// What is required at one level of the ladder: the role's own requirements, each
  /// replaced by the level's requirement for the same competency, then the level's others.
  public func requirements(at level: RoleLevel) -> [Requirement] {
    let own = Set(level.requirements.compactMap(\.competency.id))
    var result = requirements.filter { $0.competency.id.map { !own.contains($0) } ?? true }
    result += level.requirements
    return result
  }
}

/// One level of a role's career ladder (junior, senior, lead).
public struct RoleLevel: Sendable, Hashable {
  /// The identifier form of the code, unique within the role.
  public var id: String
  public var code: String
  public var title: String?
  public var label: String?
  public var descriptions: [Description]
  public var requirements: [Requirement]
  public var lists: [IndicatorList]
  public var attributes: [Attribute]
  public var origin: Origin

  public init(
    id: String, code: String, title: String? = nil, label: String? = nil,
    descriptions: [Description] = [], requirements: [Requirement] = [],
    lists: [IndicatorList] = [], attributes: [Attribute] = [], origin: Origin = Origin()
  ) {
    self.id = id
    self.code = code
    self.title = title
    self.label = label
    self.descriptions = descriptions
    self.requirements = requirements
    self.lists = lists
    self.attributes = attributes
    self.origin = origin
  }

  /// The title, or the code when there is none.
  public var displayName: String { title ?? code }
}

/// A family of roles: a department or job family. Families may nest.
public struct RoleFamily: Sendable, Hashable {
  public var id: String
  public var title: String
  public var label: String?
  public var code: String?
  /// The family this one stands in, if any.
  public var parentID: String?
  public var descriptions: [Description]
  public var lists: [IndicatorList]
  public var attributes: [Attribute]
  public var origin: Origin

  public init(
    id: String, title: String, label: String? = nil, code: String? = nil,
    parentID: String? = nil, descriptions: [Description] = [], lists: [IndicatorList] = [],
    attributes: [Attribute] = [], origin: Origin = Origin()
  ) {
    self.id = id
    self.title = title
    self.label = label
    self.code = code
    self.parentID = parentID
    self.descriptions = descriptions
    self.lists = lists
    self.attributes = attributes
    self.origin = origin
  }
}

/// One line of a role profile: a competency at a level.
public struct Requirement: Sendable, Hashable {
  /// How much the role needs the competency.
  public enum Importance: String, Sendable, Hashable, CaseIterable {
    /// `requires`: the role cannot be done without it.
    case essential
    /// `desirable`: wanted, but not a condition.
    case desirable
    /// `optional`: one of a choice, or useful in some posts.
    case optional
  }

  /// The competency, as written and as resolved.
  public var competency: Target
  /// The level, as written and as resolved.
  public var level: Target
  public var importance: Importance
  public var origin: Origin

  public init(
    competency: Target, level: Target, importance: Importance = .essential,
    origin: Origin = Origin()
  ) {
    self.competency = competency
    self.level = level
    self.importance = importance
    self.origin = origin
  }
}

/// A name as written in the source and the identifier it resolved to (nil when unresolved).
public struct Target: Sendable, Hashable {
  public var name: String
  public var id: String?
  public var origin: Origin

  public init(name: String, id: String? = nil, origin: Origin = Origin()) {
    self.name = name
    self.id = id
    self.origin = origin
  }
}

/// A framework that indicators cite, declared once with its competencies and levels.
public struct ExternalFramework: Sendable, Hashable {
  public var id: String
  /// The prefix references use: `CLF`.
  public var code: String
  public var title: String
  public var publishers: [String]
  public var uri: String?
  public var description: [ProseBlock]
  public var scales: [Scale]
  public var competencies: [ExternalCompetency]
  /// The file the declaration is in.
  public var origin: Origin

  public init(
    id: String, code: String, title: String, publishers: [String] = [], uri: String? = nil,
    description: [ProseBlock] = [], scales: [Scale] = [], competencies: [ExternalCompetency] = [],
    origin: Origin = Origin()
  ) {
    self.id = id
    self.code = code
    self.title = title
    self.publishers = publishers
    self.uri = uri
    self.description = description
    self.scales = scales
    self.competencies = competencies
    self.origin = origin
  }
}

/// A competency of an external framework.
public struct ExternalCompetency: Sendable, Hashable {
  public var id: String
  public var title: String
  public var label: String?
  public var code: String?
  public var aliases: [String]
  public var description: [ProseBlock]
  public var origin: Origin

  public init(
    id: String, title: String, label: String? = nil, code: String? = nil,
    aliases: [String] = [], description: [ProseBlock] = [], origin: Origin = Origin()
  ) {
    self.id = id
    self.title = title
    self.label = label
    self.code = code
    self.aliases = aliases
    self.description = description
    self.origin = origin
  }
}
