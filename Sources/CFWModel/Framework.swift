import CFWSyntax

/// A resolved framework: what a `.cfw` file means, with every reference looked up.
///
/// Model values keep the source location of what they came from (`Origin`), so that
/// checks can point at it; two models are compared by their content, not their origins.
public struct Framework: Sendable, Hashable {
  public var id: String
  public var title: String
  public var subtitle: String?
  public var publishers: [String]
  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  public var date: String?
  public var version: String?
  public var licences: [String]
  /// Base URI for stable identifiers in exports.
  public var uri: String?
  /// BCP 47 language tag of the content.
  public var language: String
  /// The framework's own heading for lists of positive indicators at a level
  /// ("Effective behaviours"), if it names one.
  public var indicatorHeading: String?
  /// The framework's own heading for lists of negative indicators ("Ineffective
  /// behaviours"), if it names one; a list's own title comes first.
  public var negativeHeading: String?
  public var attributes: [Attribute]
  /// Whether the file is written competency by competency or level by level; the
  /// handbook follows it.
  public var layout: Layout
  /// Families of roles, depth first, in file order.
  public var families: [RoleFamily]
  /// Sections, value lists, scales, groups and competencies, in the order of the file.
  public var contents: [Content]
  public var roles: [Role]
  /// External frameworks declared in this file or in the files it imports.
  public var externals: [ExternalFramework]
  public var origin: Origin

  public init(
    id: String, title: String, subtitle: String? = nil, publishers: [String] = [],
    date: String? = nil, version: String? = nil, licences: [String] = [], uri: String? = nil,
    language: String = "en-GB", contents: [Content] = [], roles: [Role] = [],
    externals: [ExternalFramework] = [], indicatorHeading: String? = nil,
    negativeHeading: String? = nil, attributes: [Attribute] = [], layout: Layout = .byCompetency,
    families: [RoleFamily] = [], origin: Origin = Origin()
  ) {
    self.indicatorHeading = indicatorHeading
    self.negativeHeading = negativeHeading
    self.attributes = attributes
    self.layout = layout
    self.families = families
    self.id = id
    self.title = title
    self.subtitle = subtitle
    self.publishers = publishers
    self.date = date
    self.version = version
    self.licences = licences
    self.uri = uri
    self.language = language
    self.contents = contents
    self.roles = roles
    self.externals = externals
    self.origin = origin
  }

  /// The order a framework is written in.
  public enum Layout: String, Sendable, Hashable {
    /// Each competency with its levels (the usual order).
    case byCompetency = "by-competency"
    /// Each level with what every competency says at it: top-level `level` blocks.
    case byLevel = "by-level"
  }

  /// One top-level item of a framework, in file order.
  public enum Content: Sendable, Hashable {
    case section(Section)
    case values(ValueList)
    case scale(Scale)
    case group(Group)
    case competency(Competency)
  }

  /// The scales, in file order.
  public var scales: [Scale] {
    contents.compactMap { if case .scale(let s) = $0 { return s } else { return nil } }
  }

  /// The sections, in file order.
  public var sections: [Section] {
    contents.compactMap { if case .section(let s) = $0 { return s } else { return nil } }
  }

  /// The value lists, in file order.
  public var valueLists: [ValueList] {
    contents.compactMap { if case .values(let v) = $0 { return v } else { return nil } }
  }

  /// The top-level groups and competencies, in file order.
  public var members: [Member] {
    contents.compactMap {
      switch $0 {
      case .group(let g): return .group(g)
      case .competency(let c): return .competency(c)
      default: return nil
      }
    }
  }

  /// Every group, depth first, in file order.
  public var allGroups: [Group] {
    var result: [Group] = []
    func visit(_ members: [Member]) {
      for case .group(let group) in members {
        result.append(group)
        visit(group.members)
      }
    }
    visit(members)
    return result
  }

  /// Every competency, depth first, in file order.
  public var allCompetencies: [Competency] {
    var result: [Competency] = []
    func visit(_ members: [Member]) {
      for member in members {
        switch member {
        case .group(let group): visit(group.members)
        case .competency(let competency): result.append(competency)
        }
      }
    }
    visit(members)
    return result
  }

  /// The scale with this identifier.
  public func scale(id: String) -> Scale? { scales.first { $0.id == id } }

  /// The competency with this identifier.
  public func competency(id: String) -> Competency? { allCompetencies.first { $0.id == id } }

  /// The external framework with this identifier.
  public func external(id: String) -> ExternalFramework? { externals.first { $0.id == id } }
}

/// A group or a competency: what a group (or the framework) contains.
public enum Member: Sendable, Hashable {
  case group(Group)
  case competency(Competency)
}

/// Where a model value came from: a file and the bytes it was read from. Equal to every
/// other origin, so that models compare by content.
///
/// An origin keeps a span and finds its line and column only when asked, so that
/// building a model costs nothing per value beyond the reference to the file.
public struct Origin: Sendable, Hashable {
  /// The file, or nil for a value made in code.
  public let file: SourceFile?
  /// The bytes of `file` the value was read from.
  public let span: Span

  /// The origin of a value made in code, which points nowhere.
  public init() {
    self.file = nil
    self.span = Span(0, 0)
  }

  public init(file: SourceFile, span: Span) {
    self.file = file
    self.span = span
  }

  /// The file's path as the user gave it, or "" for a value made in code.
  public var path: String { file?.path ?? "" }

  /// The line-and-column range of the value, or nil for a value made in code.
  public var range: SourceRange? { file?.range(span) }

  public static func == (lhs: Origin, rhs: Origin) -> Bool { true }
  public func hash(into hasher: inout Hasher) {}
}
