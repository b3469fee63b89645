/// Where each declaration may stand, and what its indented body holds.
///
/// The parser is driven by this table: a line whose first word is a keyword allowed in
/// the current context is a declaration; in a prose context every line is prose.
public enum Context: Sendable, Hashable {
  case root
  case framework
  case external
  case scale
  case scaleLevel
  case section
  case group
  case competency
  case externalCompetency
  case theme
  case role
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
    case prose(allowsSections: Bool)
    case none
  }

  public var body: Body {
    switch self {
    case .root, .framework, .external, .scale, .group, .competency, .externalCompetency, .theme,
      .role:
      return .declarations(allowsBullets: false)
    case .scaleLevel, .prose: return .prose(allowsSections: false)
    case .section: return .prose(allowsSections: true)
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
    case (.root, .role): return .role

    case (.framework, .subtitle), (.framework, .publisher), (.framework, .date),
      (.framework, .version), (.framework, .licence), (.framework, .uri), (.framework, .language):
      return .leaf
    case (.external, .publisher), (.external, .uri), (.external, .version), (.external, .date):
      return .leaf
    case (.external, .description): return .prose
    case (.external, .competency): return .externalCompetency

    case (.scale, .seniority): return .leaf
    case (.scale, .description): return .prose
    case (.scale, .level), (.scale, .stage), (.scale, .midpoint): return .scaleLevel

    case (.group, .label), (.group, .audience), (.group, .scale): return .leaf
    case (.group, .description): return .prose

    case (.competency, .label), (.competency, .audience), (.competency, .scale),
      (.competency, .related):
      return .leaf
    case (.competency, .description): return .prose
    case (.competency, .behaviours), (.competency, .indicators), (.competency, .negative),
      (.competency, .level), (.competency, .stage):
      return .bullets
    case (.competency, .theme): return .theme

    case (.externalCompetency, .label): return .leaf
    case (.externalCompetency, .description): return .prose

    case (.theme, .description): return .prose
    case (.theme, .level), (.theme, .stage): return .bullets

    case (.role, .label): return .leaf
    case (.role, .description): return .prose
    case (.role, .requires): return .leaf

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
    case .scaleLevel: return "a level of a scale"
    case .section: return "a section"
    case .group: return "a group"
    case .competency: return "a competency"
    case .externalCompetency: return "an external framework’s competency"
    case .theme: return "a theme"
    case .role: return "a role"
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
    default: return .required
    }
  }

  /// Whether an explicit identifier `{#id}` may end the line.
  public var allowsIdentifier: Bool {
    switch self {
    case .framework, .external, .scale, .values, .section, .group, .competency, .theme, .role:
      return true
    default: return false
    }
  }
}
