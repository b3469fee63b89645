/// The `"kind"` of an entity object in the JSON output: the first member of every object
/// that stands for a thing of the framework.
///
/// Prose nodes (paragraphs, lists, inline spans) carry a `"type"` instead, and the plain
/// containers (descriptions, indicator lists, level blocks) carry neither.
package enum JSONKind: Sendable, CaseIterable {
  case framework
  case section
  case values
  case scale
  case level
  case group
  case competency
  case theme
  case indicator
  case behaviour
  case reference
  case role
  case requirement
  case externalFramework
  case externalCompetency

  /// The name written in the output.
  package var name: StaticString {
    switch self {
    case .framework: "framework"
    case .section: "section"
    case .values: "values"
    case .scale: "scale"
    case .level: "level"
    case .group: "group"
    case .competency: "competency"
    case .theme: "theme"
    case .indicator: "indicator"
    case .behaviour: "behaviour"
    case .reference: "reference"
    case .role: "role"
    case .requirement: "requirement"
    case .externalFramework: "external-framework"
    case .externalCompetency: "external-competency"
    }
  }
}
