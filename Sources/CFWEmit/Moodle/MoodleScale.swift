import CFWModel

/// A scale as Moodle's competency import takes it: the values, least senior first,
/// separated by commas, and a configuration that marks the default and the proficient
/// values.
struct MoodleScale: Sendable, Hashable {
  /// The value names, least senior first.
  var values: [String]
  /// The position (from 0) of the first proficient value; every later value is proficient
  /// too.
  var firstProficient: Int

  /// A framework's scale. The least senior value is the default; values from the first
  /// described (not mid-point) level upwards are proficient.
  init(_ scale: Scale) {
    let levels = scale.seniority == .ascending ? scale.levels : scale.levels.reversed()
    // Moodle splits the values at commas and has no way to escape one.
    values = levels.map { level in
      String(level.displayName.map { $0 == "," ? ";" : $0 })
    }
    firstProficient = levels.firstIndex { !$0.isMidpoint } ?? 0
  }

  /// The scale used when a framework has none: Moodle needs one.
  static let fallback = MoodleScale(
    values: ["Not yet demonstrated", "Demonstrated"], firstProficient: 1)

  private init(values: [String], firstProficient: Int) {
    self.values = values
    self.firstProficient = firstProficient
  }

  /// The Scale values column.
  var valuesText: String { values.joined(separator: ",") }

  /// The Scale configuration column: JSON whose first element names the scale (Moodle
  /// puts in the identifier of the scale it finds or creates), then one element per value.
  var configuration: String {
    var parts = [#"{"scaleid":"0"}"#]
    for index in values.indices {
      let isDefault = index == 0 ? 1 : 0
      let proficient = index >= firstProficient ? 1 : 0
      parts.append(
        #"{"id":\#(index + 1),"scaledefault":\#(isDefault),"proficient":\#(proficient)}"#)
    }
    return "[" + parts.joined(separator: ",") + "]"
  }
}
