/// Word-level comparison of two texts: how similar they are, and which words changed.
public enum WordDiff {
  /// A run of words that both texts share, or that only one of them has.
  public struct Run: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
      case same, removed, added
    }

    public var kind: Kind
    /// The words of the run, separated by single spaces.
    public var text: String

    public init(_ kind: Kind, _ text: String) {
      self.kind = kind
      self.text = text
    }
  }

  /// The words of a text for comparing: lowercase letters and digits only, so that
  /// punctuation and capitals do not count.
  public static func comparableWords(_ text: String) -> [String] {
    var words: [String] = []
    var word = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        switch scalar.value {
        case 0x41...0x5A: word.append(Unicode.Scalar(scalar.value + 0x20)!)
        case 0x61...0x7A, 0x30...0x39: word.append(scalar)
        case 0x09...0x0D, 0x20:
          if !word.isEmpty { words.append(String(word)) }
          word = String.UnicodeScalarView()
        default: break
        }
      } else if scalar.properties.isWhitespace {
        if !word.isEmpty { words.append(String(word)) }
        word = String.UnicodeScalarView()
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        word.append(contentsOf: String(scalar).lowercased().unicodeScalars)
      }
    }
    if !word.isEmpty { words.append(String(word)) }
    return words
  }

  /// The share of words two texts have in common, in order: twice the length of their
  /// longest common subsequence over their total length, from 0 (nothing shared) to 1.
  public static func similarity(_ a: [String], _ b: [String]) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 1 }
    return Double(2 * commonLength(a, b)) / Double(a.count + b.count)
  }

  /// The length of the longest common subsequence, in one row of memory.
  static func commonLength(_ a: [String], _ b: [String]) -> Int {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var row = [Int](repeating: 0, count: b.count + 1)
    for i in 0..<a.count {
      var diagonal = 0
      for j in 0..<b.count {
        let above = row[j + 1]
        row[j + 1] = a[i] == b[j] ? diagonal + 1 : max(above, row[j])
        diagonal = above
      }
    }
    return row[b.count]
  }

  /// The words of `old` and `new` (split at white space, compared exactly) as runs: shared
  /// words, and between them the removed words before the added ones.
  public static func runs(from old: String, to new: String) -> [Run] {
    let a = old.split(whereSeparator: \.isWhitespace).map(String.init)
    let b = new.split(whereSeparator: \.isWhitespace).map(String.init)
    // suffix(i, j): the longest common subsequence of a[i...] and b[j...], in one flat
    // table of (a.count + 1) rows of (b.count + 1).
    let width = b.count + 1
    var table = [Int](repeating: 0, count: (a.count + 1) * width)
    func suffix(_ i: Int, _ j: Int) -> Int { table[i * width + j] }
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i * width + j] =
          a[i] == b[j] ? suffix(i + 1, j + 1) + 1 : max(suffix(i + 1, j), suffix(i, j + 1))
      }
    }
    var runs: [Run] = []
    var same: [String] = []
    var removed: [String] = []
    var added: [String] = []
    func flushChanges() {
      if !removed.isEmpty { runs.append(Run(.removed, removed.joined(separator: " "))) }
      if !added.isEmpty { runs.append(Run(.added, added.joined(separator: " "))) }
      removed = []
      added = []
    }
    func flushSame() {
      if !same.isEmpty { runs.append(Run(.same, same.joined(separator: " "))) }
      same = []
    }
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        flushChanges()
        same.append(a[i])
        i += 1
        j += 1
      } else {
        flushSame()
        if j == b.count || (i < a.count && suffix(i + 1, j) >= suffix(i, j + 1)) {
          removed.append(a[i])
          i += 1
        } else {
          added.append(b[j])
          j += 1
        }
      }
    }
    flushChanges()
    flushSame()
    return runs
  }
}
