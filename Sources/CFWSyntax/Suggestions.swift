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
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let big = limit + 1
    var previous2 = [Int](repeating: big, count: b.count + 1)
    var previous = [Int](repeating: big, count: b.count + 1)
    var current = [Int](repeating: big, count: b.count + 1)
    for j in 0...min(b.count, limit) { previous[j] = j }
    for i in 1...a.count {
      let low = max(1, i - limit)
      let high = min(b.count, i + limit)
      for j in 0...b.count { current[j] = big }
      if i <= limit { current[0] = i }
      if low <= high {
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
      } else {
        return nil
      }
      swap(&previous2, &previous)
      swap(&previous, &current)
    }
    let result = previous[b.count]
    return result <= limit ? result : nil
  }
}
