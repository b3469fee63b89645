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
  public var description: [ProseBlock]
  public var levels: [Level]
  public var origin: Origin

  public init(
    id: String, title: String, term: String = "level", seniority: Seniority = .ascending,
    description: [ProseBlock] = [], levels: [Level], origin: Origin = Origin()
  ) {
    self.id = id
    self.title = title
    self.term = term
    self.seniority = seniority
    self.description = description
    self.levels = levels
    self.origin = origin
  }

  /// The level with this identifier.
  public func level(id: String) -> Level? { levels.first { $0.id == id } }

  /// The position of a level in the scale, from 0.
  public func index(of levelID: String) -> Int? { levels.firstIndex { $0.id == levelID } }
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
  public var origin: Origin

  public init(
    id: String, code: String, label: String? = nil, isMidpoint: Bool = false,
    description: [ProseBlock] = [], origin: Origin = Origin()
  ) {
    self.id = id
    self.code = code
    self.label = label
    self.isMidpoint = isMidpoint
    self.description = description
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
  public var audience: String?
  public var descriptions: [Description]
  public var members: [Member]
  public var origin: Origin

  public init(
    id: String, title: String, label: String? = nil, audience: String? = nil,
    descriptions: [Description] = [], members: [Member] = [], origin: Origin = Origin()
  ) {
    self.id = id
    self.title = title
    self.label = label
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

/// A role profile: the competencies essential to a role and the level expected of each.
public struct Role: Sendable, Hashable {
  public var id: String
  public var title: String
  public var label: String?
  public var descriptions: [Description]
  public var requirements: [Requirement]
  public var origin: Origin

  public init(
    id: String, title: String, label: String? = nil, descriptions: [Description] = [],
    requirements: [Requirement] = [], origin: Origin = Origin()
  ) {
    self.id = id
    self.title = title
    self.label = label
    self.descriptions = descriptions
    self.requirements = requirements
    self.origin = origin
  }
}

/// One line of a role profile: a competency at a level.
public struct Requirement: Sendable, Hashable {
  /// The competency, as written and as resolved.
  public var competency: Target
  /// The level, as written and as resolved.
  public var level: Target
  public var origin: Origin

  public init(competency: Target, level: Target, origin: Origin = Origin()) {
    self.competency = competency
    self.level = level
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
  public var description: [ProseBlock]
  public var origin: Origin

  public init(
    id: String, title: String, label: String? = nil, description: [ProseBlock] = [],
    origin: Origin = Origin()
  ) {
    self.id = id
    self.title = title
    self.label = label
    self.description = description
    self.origin = origin
  }
}
