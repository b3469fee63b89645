/// A synthetic competency framework of a chosen size, for benchmarks and scaling tests.
///
/// The same size and seed always give the same bytes. The shape follows the published
/// frameworks: nested groups, scales of three to eight levels, indicators by level (and,
/// for some competencies, by theme and level), three to six indicators of 10 to 30 words
/// in each cell, negative indicators, references to other competencies and to an
/// external framework, and role profiles. The text is valid cfw that checks clean.
public struct SyntheticFramework: Sendable, Hashable {
  /// The number of competencies.
  public var competencies: Int
  /// The seed of the random choices (wording, shape); titles depend on it too.
  public var seed: UInt64

  /// The largest number of competencies with distinct, well-separated titles.
  public static let maximumCompetencies = 120_000

  /// The sizes the benchmark measures by default.
  public static let benchmarkSizes = [100, 1_000, 10_000, 100_000]

  public init(competencies: Int, seed: UInt64 = 1) {
    precondition(
      (1...SyntheticFramework.maximumCompetencies).contains(competencies),
      "a synthetic framework has 1 to \(SyntheticFramework.maximumCompetencies) competencies")
    self.competencies = competencies
    self.seed = seed
  }

  /// The `.cfw` source, as UTF-8 bytes.
  public func source() -> [UInt8] {
    var generator = SyntheticGenerator(self)
    return generator.generate()
  }

  /// The `.cfw` source, as text.
  public var text: String { String(decoding: source(), as: UTF8.self) }

  /// The title of competency `index` (from 0): three words, one from each title list,
  /// spread by a multiplicative permutation so that neighbours share few words.
  public func competencyTitle(_ index: Int) -> String {
    typealias V = SyntheticVocabulary
    let total = V.gerunds.count * V.qualifiers.count * V.subjects.count
    let j = (index * 7919 + Int(seed % UInt64(total))) % total
    let first = V.gerunds[j % V.gerunds.count]
    let second = V.qualifiers[(j / V.gerunds.count) % V.qualifiers.count]
    let third = V.subjects[j / (V.gerunds.count * V.qualifiers.count)]
    return "\(first) \(second) \(third)"
  }

  /// The title of group `index` (top-level groups and subgroups are numbered together).
  func groupTitle(_ index: Int) -> String {
    typealias V = SyntheticVocabulary
    let total = V.areas.count * V.domains.count * V.units.count
    precondition(index < total, "too many groups for distinct titles")
    let j = (index * 7919) % total
    let first = V.areas[j % V.areas.count]
    let second = V.domains[(j / V.areas.count) % V.domains.count]
    let third = V.units[j / (V.areas.count * V.domains.count)]
    return "\(first) \(second) \(third)"
  }

  /// The title of role `index`.
  func roleTitle(_ index: Int) -> String {
    typealias V = SyntheticVocabulary
    let total = V.seniorities.count * V.functions.count * V.specialisms.count
    precondition(index < total, "too many roles for distinct titles")
    let j = (index * 4999) % total
    let first = V.seniorities[j % V.seniorities.count]
    let second = V.functions[(j / V.seniorities.count) % V.functions.count]
    let third = V.specialisms[j / (V.seniorities.count * V.functions.count)]
    return "\(first) \(second) \(third)"
  }
}
