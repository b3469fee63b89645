import CFWDiff
import CFWModel
import Testing

/// The diff pairs by hashing and compares texts only within one place, so the number of
/// comparisons grows with the size of the frameworks, not with its square.
@Suite struct ScalingTests {
  /// A framework of `size` competencies in groups of ten, each with three levels of three
  /// indicators, a behaviour and a negative indicator. The newer version rewords,
  /// moves, adds and removes an indicator in every competency, retitles every tenth and
  /// moves every twentieth to another group.
  static func frameworks(size: Int) -> (old: Framework, new: Framework) {
    func competency(_ index: Int, newer: Bool) -> Competency {
      let id = "competency-\(index)"
      func text(_ n: Int) -> String {
        "Competency \(index) indicator \(n): works with colleagues on shared task \(n * 7 + index)."
      }
      var levels = (1...3).map { level in
        LevelBlock(
          levelID: "\(level)", code: "\(level)",
          indicators: (1...3).map { Indicator(text: text(level * 10 + $0), levelID: "\(level)") })
      }
      if newer {
        levels[0].indicators[0].text = text(10 + 1).replacingOccurrences(
          of: "works", with: "always works")
        let moved = levels[1].indicators.removeFirst()
        levels[2].indicators.append(moved)
        levels[2].indicators.remove(at: 0)
        levels[0].indicators.append(
          Indicator(text: "Competency \(index) added: shares results.", levelID: "1"))
      }
      return Competency(
        id: id,
        title: newer && index % 10 == 0 ? "Competency number \(index)" : "Competency \(index)",
        scaleID: "levels",
        behaviours: [IndicatorList(items: [Indicator(text: "Behaviour of \(index).")])],
        levels: levels,
        negatives: [
          IndicatorList(items: [Indicator(text: "Negative of \(index).", polarity: .negative)])
        ])
    }
    func framework(newer: Bool) -> Framework {
      let scale = Scale(
        id: "levels", title: "Levels",
        levels: (1...3).map { Level(id: "\($0)", code: "\($0)") })
      var groups = stride(from: 0, to: size, by: 10).map { start in
        Group(
          id: "group-\(start / 10)", title: "Group \(start / 10)",
          members: (start..<min(start + 10, size)).map { .competency(competency($0, newer: newer)) }
        )
      }
      if newer {
        for index in stride(from: 0, to: groups.count - 1, by: 2) {
          let member = groups[index].members.removeLast()
          groups[index + 1].members.append(member)
        }
      }
      return Framework(
        id: "synthetic", title: "Synthetic", contents: [.scale(scale)] + groups.map { .group($0) })
    }
    return (framework(newer: false), framework(newer: true))
  }

  @Test func comparisonsGrowLinearly() {
    let small = Self.frameworks(size: 1_000)
    let large = Self.frameworks(size: 10_000)
    let smallDiff = FrameworkDiff(old: small.old, new: small.new)
    let largeDiff = FrameworkDiff(old: large.old, new: large.new)
    // The planted changes are all found…
    #expect(smallDiff.count(.reworded) == 1_000)
    #expect(smallDiff.count(.moved) == 1_000 + 50)
    #expect(smallDiff.count(.added) == 1_000)
    #expect(smallDiff.count(.removed) == 1_000)
    #expect(smallDiff.count(.renamed) == 100)
    #expect(largeDiff.count(.reworded) == 10_000)
    // …with comparisons in proportion to the size.
    #expect(smallDiff.comparisons > 0)
    let ratio = Double(largeDiff.comparisons) / Double(smallDiff.comparisons)
    #expect(
      ratio <= 11,
      "comparisons: \(smallDiff.comparisons) for 1,000, \(largeDiff.comparisons) for 10,000")
  }
}
