/// "Did you mean …?" suggestions by edit distance.
public enum Suggestions {
  /// The candidate closest to `word`, if it is close enough to be a likely typo: at most
  /// a third of the word's length in edits (and at least one), compared in identifier form.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let target = Array(Identifier.slug(word).utf8)
    guard target.count >= 3 else { return nil }
    let limit = max(1, target.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let other = Array(Identifier.slug(candidate).utf8)
      if abs(other.count - target.count) > limit { continue }
      let bound = min(limit, (best?.1 ?? limit + 1) - 1)
      if bound < 0 { break }
      if let distance = distance(target, other, limit: bound) {
        if best == nil || distance < best!.1 { best = (candidate, distance) }
      }
    }
    return best?.0
  }

  /// The edit distance (insertions, deletions, substitutions, adjacent swaps) between two
  /// byte strings, or nil when it exceeds `limit`. Runs in O(n·limit).
  public static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in distance(a, b, limit: limit) }
    }
  }

  /// The edit distance between two runs of bytes, or nil when it exceeds `limit`. Its three
  /// rows are one temporary allocation (on the stack for short words), so that comparing
  /// many words allocates nothing.
  public static func distance(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> Int? {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let big = limit + 1
    let width = b.count + 1
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows -> Int? in
      rows.initialize(repeating: big)
      var previous2 = rows.baseAddress!
      var previous = previous2 + width
      var current = previous + width
      for j in 0...min(b.count, limit) { previous[j] = j }
      for i in 1...a.count {
        let low = max(1, i - limit)
        let high = min(b.count, i + limit)
        for j in 0...b.count { current[j] = big }
        if i <= limit { current[0] = i }
        guard low <= high else { return nil }
        var rowMinimum = current[0]
        for j in low...high {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, previous2[j - 2] + 1)
          }
          current[j] = value
          rowMinimum = min(rowMinimum, value)
        }
        if rowMinimum > limit { return nil }
        (previous2, previous, current) = (previous, current, previous2)
      }
      let result = previous[b.count]
      return result <= limit ? result : nil
    }
  }
}
