import CFWModel

/// The semantic difference between two versions of a framework: what was added, removed,
/// renamed, moved or reworded, in a deterministic order.
///
/// Changes come in the document order of the newer version, grouped by section (the
/// framework, then each competency, then the roles); within a section, removals follow in
/// the order of the older version.
public struct FrameworkDiff: Sendable {
  public var changes: [Change]
  /// How many pairs of candidates were compared one with the other (texts for rewording,
  /// contents for recognising renamed entities). Everything else is paired by hashing, so
  /// this grows in proportion to the size of the frameworks.
  public var comparisons: Int

  /// Compares `old` with `new`.
  public init(old: Framework, new: Framework) {
    var differ = Differ(old: Inventory(old), new: Inventory(new))
    differ.run()
    changes = differ.sortedChanges()
    comparisons = differ.comparisons
  }

  /// Whether any change is breaking (see `Change.isBreaking`).
  public var hasBreakingChanges: Bool { changes.contains(where: \.isBreaking) }

  /// The number of changes in each category.
  public func count(_ category: Change.Category) -> Int {
    changes.count { $0.category == category }
  }

  /// The number of breaking changes.
  public var breakingCount: Int { changes.count(where: \.isBreaking) }
}
