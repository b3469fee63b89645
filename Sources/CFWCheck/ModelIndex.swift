import CFWModel

/// Lookups that several rules need, computed once per file: every competency in file
/// order, competencies and scales by identifier, and the scale of each competency.
///
/// `Framework.competency(id:)` and `Framework.scale(of:)` walk the model on each call;
/// rules that look something up per competency or per requirement use this index
/// instead, so that checking stays linear in the size of the framework.
public struct ModelIndex: Sendable {
  /// Every competency, depth first, in file order.
  public let competencies: [Competency]
  /// The scale of each competency in `competencies`, at the same position.
  public let competencyScales: [Scale?]
  /// Every group, depth first, in file order.
  public let groups: [Group]
  /// The scales, in file order.
  public let scales: [Scale]
  /// Whether two competencies have the same identifier (which CFW101 reports).
  public let hasRepeatedCompetencyIDs: Bool
  let competencyPositions: [String: Int]
  let scalesByID: [String: Scale]

  public init(_ framework: Framework?) {
    competencies = framework?.allCompetencies ?? []
    groups = framework?.allGroups ?? []
    scales = framework?.scales ?? []
    var positions: [String: Int] = [:]
    positions.reserveCapacity(competencies.count)
    var repeated = false
    for (position, competency) in competencies.enumerated() {
      if positions[competency.id] == nil {
        positions[competency.id] = position
      } else {
        repeated = true
      }
    }
    competencyPositions = positions
    hasRepeatedCompetencyIDs = repeated
    var byID: [String: Scale] = [:]
    for scale in scales where byID[scale.id] == nil { byID[scale.id] = scale }
    scalesByID = byID
    competencyScales = competencies.map { competency in competency.scaleID.flatMap { byID[$0] } }
  }

  /// The first competency with this identifier, as `Framework.competency(id:)` finds it.
  public func competency(id: String) -> Competency? {
    competencyPositions[id].map { competencies[$0] }
  }

  /// The scale of a competency, as `Framework.scale(of:)` finds it.
  public func scale(of competency: Competency) -> Scale? {
    competency.scaleID.flatMap { scalesByID[$0] }
  }
}
