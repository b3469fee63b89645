/// "Did you mean …?" over a long list of candidates, without comparing a name with
/// every candidate.
///
/// Up to `budget` candidates, a query compares the name with all of them, exactly as
/// `Suggestions.closest` does. Beyond that, each candidate is indexed under keys that a
/// likely typo leaves intact: each of its words with one letter left out or none, its
/// title with each word in turn replaced by a wildcard, and its letters run together. A
/// query looks up the same keys of the name, rarest key first, and compares the name with
/// at most `budget` of the candidates found, so its cost does not grow with the list.
public struct SuggestionIndex: Sendable {
  /// The most candidates one query compares with the name.
  public static let budget = 64

  let candidates: [String]
  let slugs: [[UInt8]]
  /// Candidate positions by hashed key; empty when the list is within the budget.
  let postings: [UInt64: [Int32]]

  public init(_ candidates: [String]) {
    self.candidates = candidates
    slugs = candidates.map { Array(Identifier.slug($0).utf8) }
    var postings: [UInt64: [Int32]] = [:]
    if candidates.count > SuggestionIndex.budget {
      for (position, slug) in slugs.enumerated() {
        var seen = Set<UInt64>()
        SuggestionIndex.keys(slug) { key in
          if seen.insert(key).inserted { postings[key, default: []].append(Int32(position)) }
        }
      }
    }
    self.postings = postings
  }

  /// The candidate closest to `word`, if it is close enough to be a likely typo (see
  /// `Suggestions.closest`).
  public func closest(to word: String) -> String? {
    lookup(word).position.map { candidates[$0] }
  }

  /// The position of the candidate closest to `word`, and how many candidates the name was
  /// compared with (which tests use to show that the work per query is bounded).
  public func lookup(_ word: String) -> (position: Int?, comparisons: Int) {
    let target = Array(Identifier.slug(word).utf8)
    guard target.count >= 3 else { return (nil, 0) }
    let limit = max(1, target.count / 3)
    var positions: [Int] = []
    if postings.isEmpty {
      positions = Array(candidates.indices)
    } else {
      var lists: [[Int32]] = []
      var seen = Set<UInt64>()
      SuggestionIndex.keys(target) { key in
        if seen.insert(key).inserted, let list = postings[key] { lists.append(list) }
      }
      lists.sort { ($0.count, $0[0]) < ($1.count, $1[0]) }
      var chosen = Set<Int32>()
      outer: for list in lists {
        for position in list where chosen.insert(position).inserted {
          if chosen.count >= SuggestionIndex.budget { break outer }
        }
      }
      positions = chosen.map(Int.init).sorted()
    }
    var best: (position: Int, distance: Int)?
    var comparisons = 0
    for position in positions {
      let other = slugs[position]
      if abs(other.count - target.count) > limit { continue }
      let bound = min(limit, (best?.distance ?? limit + 1) - 1)
      if bound < 0 { break }
      comparisons += 1
      if let distance = Suggestions.distance(target, other, limit: bound),
        best == nil || distance < best!.distance
      {
        best = (position, distance)
      }
    }
    return (best?.position, comparisons)
  }

  /// Calls `body` with the hashed keys of a slug: each word, each word with one byte left
  /// out, and all the letters run together (in one key space, so that words one edit
  /// apart share a key), and the words with each one in turn replaced by a wildcard.
  static func keys(_ slug: [UInt8], _ body: (UInt64) -> Void) {
    let words = slug.split(separator: 0x2D)
    for word in words {
      body(hash(word, salt: 1))
      guard word.count > 1 else { continue }
      for skip in word.indices {
        var h = Hasher64(salt: 1)
        for index in word.indices where index != skip { h.add(word[index]) }
        body(h.value)
      }
    }
    if words.count > 1 {
      for wild in words.indices {
        var h = Hasher64(salt: 3)
        for (index, word) in words.enumerated() {
          if index == wild { h.add(0x2A) } else { word.forEach { h.add($0) } }
          h.add(0x2D)
        }
        body(h.value)
      }
      // In the key space of words, so that “Selfbelief” finds “Self-belief” and back.
      var h = Hasher64(salt: 1)
      for word in words { word.forEach { h.add($0) } }
      body(h.value)
    }
  }

  static func hash(_ bytes: ArraySlice<UInt8>, salt: UInt64) -> UInt64 {
    var h = Hasher64(salt: salt)
    bytes.forEach { h.add($0) }
    return h.value
  }
}

/// FNV-1a, 64 bits: a stable hash for index keys (collisions only add candidates).
struct Hasher64 {
  var value: UInt64

  init(salt: UInt64) { value = 0xCBF2_9CE4_8422_2325 ^ (salt &* 0x100_0000_01B3) }

  mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x100_0000_01B3
  }
}
