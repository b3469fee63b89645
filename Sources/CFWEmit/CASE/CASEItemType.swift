/// The `CFItemType`s of the items cfw writes.
///
/// They are cfw's vocabulary, not any one framework's, so their identifiers are the same
/// in every package: a CASE server that loads several frameworks keeps one “Competency”
/// type.
package enum CASEItemType: String, Sendable, Hashable, CaseIterable {
  case scale
  case level
  case group
  case competency
  case theme
  case indicator
  case negativeIndicator = "negative-indicator"
  case behaviour

  /// The `CFItemType` written on items: “Negative Indicator”.
  package var title: String {
    switch self {
    case .scale: "Scale"
    case .level: "Level"
    case .group: "Group"
    case .competency: "Competency"
    case .theme: "Theme"
    case .indicator: "Indicator"
    case .negativeIndicator: "Negative Indicator"
    case .behaviour: "Behaviour"
    }
  }

  /// What items of the type are.
  package var description: String {
    switch self {
    case .scale: "An ordered list of levels: stages, ratings or levels of seniority."
    case .level: "One level of a scale."
    case .group: "A group of competencies: a cluster, dimension or family."
    case .competency: "A competency, capability or quality, with its indicators."
    case .theme: "A theme of a competency, with indicators by level."
    case .indicator:
      "An observable behaviour that shows the competency, at one level or at every level."
    case .negativeIndicator: "A behaviour that shows the competency is lacking."
    case .behaviour: "A behaviour that applies at every level, such as a feature of a quality."
    }
  }

  /// The type code and hierarchy code: `negative-indicator`.
  package var code: String { rawValue }

  /// `urn:cfw:item-type:negative-indicator`.
  package var uri: String { "urn:cfw:item-type:" + code }

  /// The type as a link, written as `CFItemTypeURI`.
  package var node: CASEPackage.Node {
    CASEPackage.Node(title: title, identifier: UUIDv5.make(uri: uri), uri: uri)
  }

  /// The `lastChangeDateTime` of the definitions: fixed, because they belong to cfw and
  /// not to a framework.
  package static let lastChangeDateTime = CASENames.fixedDateTime
}
