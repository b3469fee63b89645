import CFWSyntax

/// Finding near-duplicate titles without comparing every pair.
public enum NearDuplicates {
  /// Calls `report(i, j)` (with i < j) for each pair of titles that differ in exactly one
  /// word, where the two words are within a third of their length in edits. Returns the
  /// number of word comparisons made, so that tests can show the work is linear.
  ///
  /// Each title goes into one bucket per word, keyed by the title with that word left
  /// out; it is compared only with the titles already in those buckets.
  @discardableResult
  public static func pairs(_ titles: [String], report: (Int, Int) -> Void) -> Int {
    let slugs = SlugWords(titles)
    var buckets: [BucketKey: [(title: Int, word: Int)]] = [:]
    buckets.reserveCapacity(slugs.words.count)
    var comparisons = 0
    var reported = Set<[Int]>()
    for (title, words) in slugs.titles.enumerated()
    where (1...NearDuplicateTitleRule.wordLimit).contains(words.count) {
      for word in words {
        let key = BucketKey(slugs, words, leavingOut: word)
        guard let bucket = buckets.index(forKey: key) else {
          buckets[key] = [(title, word)]
          continue
        }
        for other in buckets.values[bucket].prefix(NearDuplicateTitleRule.bucketLimit)
        where !slugs.same(other.word, word) {
          comparisons += 1
          if slugs.areClose(other.word, word), reported.insert([other.title, title]).inserted {
            report(other.title, title)
          }
        }
        // Appending in place: copying the bucket out and back would make a large bucket
        // cost its square.
        buckets.values[bucket].append((title, word))
      }
    }
    return comparisons
  }
}

/// The words of the titles' identifier forms (`Identifier.slug`, split at `-`), stored as
/// byte ranges of one buffer, so that bucketing builds no string per word.
///
/// Words are compared as strings (by canonical equivalence) unless both are ASCII. No
/// string with a non-ASCII character is canonically equivalent to an ASCII one once
/// slugged (the few characters that decompose to ASCII are lowercased or dropped first),
/// so ASCII words can be compared byte by byte.
final class SlugWords {
  let bytes: [UInt8]
  /// The byte range of each word.
  let words: [Range<Int>]
  /// Whether each word is all ASCII.
  let isASCII: [Bool]
  /// The words of each title, as a range of `words`.
  let titles: [Range<Int>]

  init(_ titles: [String]) {
    var bytes: [UInt8] = []
    var words: [Range<Int>] = []
    var isASCII: [Bool] = []
    var titleWords: [Range<Int>] = []
    titleWords.reserveCapacity(titles.count)
    /// Ends a word at the end of `bytes` (empty words are left out, as `split` does).
    func addWord(from start: Int, ascii: Bool) {
      guard bytes.count > start else { return }
      words.append(start..<bytes.count)
      isASCII.append(ascii || bytes[start...].allSatisfy { $0 < 0x80 })
    }
    for title in titles {
      let first = words.count
      let slug = Identifier.slug(title)
      if slug.utf8.allSatisfy({ $0 < 0x80 }) {
        var start = bytes.count
        for byte in slug.utf8 {
          if byte == 0x2D {
            addWord(from: start, ascii: true)
            start = bytes.count
          } else {
            bytes.append(byte)
          }
        }
        addWord(from: start, ascii: true)
      } else {
        // Split as characters, as `String.split` does: a dash followed by a combining
        // mark is one character, not a dash.
        for word in slug.split(separator: "-") {
          let start = bytes.count
          bytes += word.utf8
          addWord(from: start, ascii: false)
        }
      }
      titleWords.append(first..<words.count)
    }
    self.bytes = bytes
    self.words = words
    self.isASCII = isASCII
    self.titles = titleWords
  }

  func text(_ word: Int) -> String { String(decoding: bytes[words[word]], as: UTF8.self) }

  /// Whether two words are the same, as strings compare.
  func same(_ a: Int, _ b: Int) -> Bool {
    guard isASCII[a], isASCII[b] else { return text(a) == text(b) }
    return bytes[words[a]].elementsEqual(bytes[words[b]])
  }

  /// Whether two words are within a third of the shorter one's length (in characters) in
  /// edits.
  func areClose(_ a: Int, _ b: Int) -> Bool {
    func length(_ word: Int) -> Int { isASCII[word] ? words[word].count : text(word).count }
    let limit = max(1, min(length(a), length(b)) / 3)
    if abs(words[a].count - words[b].count) > limit { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      Suggestions.distance(
        UnsafeBufferPointer(rebasing: buffer[words[a]]),
        UnsafeBufferPointer(rebasing: buffer[words[b]]), limit: limit) != nil
    }
  }
}

/// A title with one word left out, as a bucket key: two keys are equal when the titles
/// have as many words, leave out the one at the same position, and have the same words
/// elsewhere.
enum BucketKey: Hashable {
  /// A key whose words are all ASCII: compared and hashed as bytes.
  case bytes(ASCIIWords)
  /// Any other key: the words joined by spaces, with `*` for the word left out.
  case text(String)

  init(_ slugs: SlugWords, _ title: Range<Int>, leavingOut hole: Int) {
    let others = title.lazy.filter { $0 != hole }
    if others.allSatisfy({ slugs.isASCII[$0] }) {
      self = .bytes(ASCIIWords(slugs: slugs, title: title, hole: hole))
    } else {
      self = .text(title.map { $0 == hole ? "*" : slugs.text($0) }.joined(separator: " "))
    }
  }

  struct ASCIIWords: Hashable {
    let slugs: SlugWords
    let title: Range<Int>
    let hole: Int

    static func == (lhs: ASCIIWords, rhs: ASCIIWords) -> Bool {
      guard lhs.title.count == rhs.title.count,
        lhs.hole - lhs.title.lowerBound == rhs.hole - rhs.title.lowerBound
      else { return false }
      let bytes = lhs.slugs.bytes
      let words = lhs.slugs.words
      return zip(lhs.title, rhs.title).allSatisfy { left, right in
        left == lhs.hole || bytes[words[left]].elementsEqual(bytes[words[right]])
      }
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(title.count)
      hasher.combine(hole - title.lowerBound)
      slugs.bytes.withUnsafeBytes { bytes in
        for word in title where word != hole {
          let range = slugs.words[word]
          hasher.combine(range.count)
          hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes[range]))
        }
      }
    }
  }
}
