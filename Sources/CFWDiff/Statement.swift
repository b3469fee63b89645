/// One indicator, behaviour or negative indicator, and where it stands.
public struct Statement: Sendable, Hashable {
  /// Which list the statement belongs to. Statements are only ever paired with statements
  /// of the same kind.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// A positive indicator: level-independent, at a level, or in a theme.
    case indicator
    /// A behaviour that applies at every level (`behaviours`).
    case behaviour
    /// A negative or ineffective indicator (`negative`).
    case negative = "negative-indicator"

    /// The kind in words: `indicator`, `behaviour`, `negative indicator`.
    public var noun: String {
      switch self {
      case .indicator: "indicator"
      case .behaviour: "behaviour"
      case .negative: "negative indicator"
      }
    }
  }

  public var kind: Kind
  public var text: String
  public var place: Place

  public init(kind: Kind, text: String, place: Place) {
    self.kind = kind
    self.text = text
    self.place = place
  }
}

/// Where a statement stands: its competency, and its theme and level if it has them.
public struct Place: Sendable, Hashable {
  public var competency: Entity
  public var theme: Entity?
  /// The level's identifier, or nil for a statement that applies at every level.
  public var levelID: String?
  /// The level's code as written (`2`, `B`).
  public var levelCode: String?
  /// The word the competency's scale uses for a level: `level` or `stage`.
  public var term: String

  public init(
    competency: Entity, theme: Entity? = nil, levelID: String? = nil, levelCode: String? = nil,
    term: String = "level"
  ) {
    self.competency = competency
    self.theme = theme
    self.levelID = levelID
    self.levelCode = levelCode
    self.term = term
  }
}
