/// A framework's scales, competencies and external frameworks by identifier, looked up
/// once. `Framework.scale(id:)` and its kind walk the model on every call; code that asks
/// for every item of a large framework (exporters, checks) asks an index instead, so that
/// each answer costs a dictionary look-up. Where identifiers repeat, the first in file
/// order is the answer, as with `Framework.scale(id:)`.
public struct FrameworkIndex: Sendable {
  private let scales: [String: Scale]
  private let competencies: [String: Competency]
  private let externals: [String: ExternalFramework]

  public init(_ framework: Framework) {
    var scales: [String: Scale] = [:]
    for scale in framework.scales where scales[scale.id] == nil { scales[scale.id] = scale }
    var competencies: [String: Competency] = [:]
    for competency in framework.allCompetencies where competencies[competency.id] == nil {
      competencies[competency.id] = competency
    }
    var externals: [String: ExternalFramework] = [:]
    for external in framework.externals where externals[external.id] == nil {
      externals[external.id] = external
    }
    self.scales = scales
    self.competencies = competencies
    self.externals = externals
  }

  /// The scale with this identifier.
  public func scale(id: String) -> Scale? { scales[id] }

  /// The competency with this identifier.
  public func competency(id: String) -> Competency? { competencies[id] }

  /// The external framework with this identifier.
  public func external(id: String) -> ExternalFramework? { externals[id] }
}
