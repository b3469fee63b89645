/// Where each declaration may stand, and what its indented body holds.
///
/// The parser is driven by this table: a line whose first word is a keyword allowed in
/// the current context is a declaration; in a prose context every line is prose.
public enum Context: Sendable, Hashable {
  case root
  case framework
  case external
  case scale
  /// A band: a named run of consecutive levels of a scale.
  case band
  case scaleLevel
  case section
  case group
  case competency
  /// What a competency (or theme) says at one level: indicators, negative indicators, a
  /// summary and named lists.
  case competencyLevel
  /// A top-level `level` block of a framework written level by level.
  case levelFirst
  case externalCompetency
  case theme
  /// A family of roles (a department or job family).
  case family
  case role
  /// One level of a role's career ladder.
  case roleLevel
  /// Prose: paragraphs and lists.
  case prose
  /// Bullets only.
  case bullets
  /// No body at all.
  case leaf

  /// What the body of this context is made of.
  public enum Body: Sendable {
    case declarations(allowsBullets: Bool)
    case bullets
    /// Prose, in which a line at the body's margin whose first word is a keyword allowed
    /// in the context (`section` in a section, `intro` in a level) is a declaration.
    case prose
    case none
  }

  public var body: Body {
    switch self {
    case .root, .framework, .external, .scale, .band, .group, .competency, .levelFirst,
      .externalCompetency, .theme, .family, .role, .roleLevel:
      return .declarations(allowsBullets: false)
    case .competencyLevel: return .declarations(allowsBullets: true)
    case .scaleLevel, .prose, .section: return .prose
    case .bullets: return .bullets
    case .leaf: return .none
    }
  }

  /// The context of the body of `keyword` when it stands in this context, or nil if the
  /// keyword is not allowed here.
  public func child(_ keyword: Keyword) -> Context? {
    switch (self, keyword) {
    case (.root, .framework): return .framework
    case (.root, .import): return .leaf
    case (.root, .external): return .external
    case (.root, .scale), (.external, .scale): return .scale
    case (.root, .values): return .bullets
    case (.root, .section), (.section, .section): return .section
    case (.root, .group), (.group, .group): return .group
    case (.root, .competency), (.group, .competency): return .competency
    case (.root, .level), (.root, .stage): return .levelFirst
    case (.root, .family), (.family, .family): return .family
    case (.root, .role), (.family, .role): return .role

    case (.framework, .subtitle), (.framework, .publisher), (.framework, .date),
      (.framework, .version), (.framework, .licence), (.framework, .uri), (.framework, .language),
      (.framework, .indicators), (.framework, .negative):
      return .leaf
    case (.external, .publisher), (.external, .uri), (.external, .version), (.external, .date):
      return .leaf
    case (.external, .description): return .prose
    case (.external, .competency): return .externalCompetency

    case (.scale, .seniority), (.scale, .cumulative): return .leaf
    case (.scale, .description), (.band, .description): return .prose
    case (.scale, .band): return .band
    case (.scale, .level), (.scale, .stage), (.scale, .midpoint), (.band, .level),
      (.band, .stage), (.band, .midpoint):
      return .scaleLevel
    case (.scaleLevel, .intro): return .leaf

    case (.group, .label), (.group, .audience), (.group, .scale), (.group, .code),
      (.group, .alias):
      return .leaf
    case (.group, .description): return .prose

    case (.competency, .label), (.competency, .audience), (.competency, .scale),
      (.competency, .related), (.competency, .code), (.competency, .alias):
      return .leaf
    case (.competency, .description): return .prose
    case (.competency, .behaviours), (.competency, .indicators), (.competency, .negative):
      return .bullets
    case (.competency, .level), (.competency, .stage), (.theme, .level), (.theme, .stage):
      return .competencyLevel
    case (.competency, .theme): return .theme

    case (.competencyLevel, .description): return .prose
    case (.competencyLevel, .negative): return .bullets
    case (.levelFirst, .competency): return .competencyLevel

    case (.externalCompetency, .label), (.externalCompetency, .code),
      (.externalCompetency, .alias):
      return .leaf
    case (.externalCompetency, .description): return .prose

    case (.theme, .description): return .prose

    case (.family, .label), (.family, .code): return .leaf
    case (.family, .description): return .prose

    case (.role, .label), (.role, .code), (.role, .alias), (.role, .requires),
      (.role, .desirable), (.role, .optional):
      return .leaf
    case (.role, .description): return .prose
    case (.role, .level), (.role, .stage): return .roleLevel
    case (.roleLevel, .label), (.roleLevel, .requires), (.roleLevel, .desirable),
      (.roleLevel, .optional):
      return .leaf
    case (.roleLevel, .description): return .prose

    // Named lists and attributes: the open end of the language.
    case (.group, .list), (.competency, .list), (.competencyLevel, .list), (.theme, .list),
      (.family, .list), (.role, .list), (.roleLevel, .list):
      return .bullets
    case (.framework, .attribute), (.scale, .attribute), (.band, .attribute),
      (.scaleLevel, .attribute), (.group, .attribute), (.competency, .attribute),
      (.competencyLevel, .attribute), (.theme, .attribute), (.family, .attribute),
      (.role, .attribute), (.roleLevel, .attribute):
      return .leaf

    default: return nil
    }
  }

  /// The keywords allowed in this context, in the order the language reference lists them.
  public var allowedKeywords: [Keyword] { Keyword.allCases.filter { child($0) != nil } }

  /// A short name for messages ("a competency", "the framework header").
  public var noun: String {
    switch self {
    case .root: return "the top level of a file"
    case .framework: return "the framework header"
    case .external: return "an external framework"
    case .scale: return "a scale"
    case .band: return "a band of levels"
    case .scaleLevel: return "a level of a scale"
    case .section: return "a section"
    case .group: return "a group"
    case .competency: return "a competency"
    case .competencyLevel: return "a competency’s level"
    case .levelFirst: return "a level block"
    case .externalCompetency: return "an external framework’s competency"
    case .theme: return "a theme"
    case .family: return "a family of roles"
    case .role: return "a role"
    case .roleLevel: return "a level of a role"
    case .prose: return "prose"
    case .bullets: return "a bullet list"
    case .leaf: return "a one-line declaration"
    }
  }
}

extension Keyword {
  /// What follows the keyword on its line.
  public enum Argument: Sendable {
    /// Nothing may follow.
    case none
    /// Text is required.
    case required
    /// Text may follow.
    case optional
  }

  public var argument: Argument {
    switch self {
    case .behaviours, .indicators, .negative, .description: return .optional
    case .cumulative: return .none
    default: return .required
    }
  }

  /// Whether an explicit identifier `{#id}` may end the line.
  public var allowsIdentifier: Bool {
    switch self {
    case .framework, .external, .scale, .values, .section, .group, .competency, .theme, .role,
      .band, .family:
      return true
    default: return false
    }
  }
}
