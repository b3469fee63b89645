/// Pairs the items of an old and a new list that stand for the same thing, in stages,
/// each stage considering only the items still unpaired.
///
/// Every stage works by hashing, so pairing takes time in proportion to the number of
/// items, never to the product of the two lists' lengths.
struct Pairing {
  private(set) var newForOld: [Int?]
  private(set) var oldForNew: [Int?]

  init(oldCount: Int, newCount: Int) {
    newForOld = Array(repeating: nil, count: oldCount)
    oldForNew = Array(repeating: nil, count: newCount)
  }

  /// The pairs, in the order of the new list.
  var pairs: [(old: Int, new: Int)] {
    oldForNew.enumerated().compactMap { new, old in old.map { ($0, new) } }
  }

  var unpairedOld: [Int] { newForOld.indices.filter { newForOld[$0] == nil } }
  var unpairedNew: [Int] { oldForNew.indices.filter { oldForNew[$0] == nil } }

  mutating func pair(old: Int, new: Int) {
    newForOld[old] = new
    oldForNew[new] = old
  }

  /// Pairs unpaired items with equal keys (nil keys never pair). Items with the same key
  /// pair first with first, in list order.
  mutating func match<Key: Hashable>(oldKey: (Int) -> Key?, newKey: (Int) -> Key?) {
    var waiting: [Key: [Int]] = [:]
    for old in unpairedOld.reversed() {
      if let key = oldKey(old) { waiting[key, default: []].append(old) }
    }
    for new in unpairedNew {
      guard let key = newKey(new), let old = waiting[key]?.popLast() else { continue }
      pair(old: old, new: new)
    }
  }

  /// Pairs unpaired items whose contents overlap by at least `threshold` (Jaccard index
  /// of the sets of content keys). Candidates come from an index of the old contents, so
  /// only items that share a key are compared; a key shared by more than `crowd` old
  /// items says nothing about identity and is not used.
  mutating func matchBySharedContent(
    old: [[String]], new: [[String]], threshold: Double, crowd: Int = 8, comparisons: inout Int
  ) {
    let oldSets = old.map(Set.init)
    var index: [String: [Int]] = [:]
    for item in unpairedOld {
      for key in oldSets[item] { index[key, default: []].append(item) }
    }
    for item in unpairedNew {
      let keys = Set(new[item])
      var shared: [Int: Int] = [:]
      for key in keys {
        guard let postings = index[key], postings.count <= crowd else { continue }
        for candidate in postings where newForOld[candidate] == nil {
          shared[candidate, default: 0] += 1
        }
      }
      var best: (old: Int, score: Double)?
      for (candidate, count) in shared {
        comparisons += 1
        let score = Double(count) / Double(keys.count + oldSets[candidate].count - count)
        guard score >= threshold else { continue }
        if let current = best,
          current.score > score || (current.score == score && current.old < candidate)
        {
          continue
        }
        best = (candidate, score)
      }
      if let best { pair(old: best.old, new: item) }
    }
  }
}
