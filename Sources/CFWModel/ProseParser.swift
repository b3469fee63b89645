import CFWSyntax

/// Reads the prose lines of a body into paragraphs and lists, with emphasis and links.
struct ProseParser {
  /// How deeply lists may nest. A deeper list item is read as text and reported, so that
  /// no input can exhaust the stack here or in the emitters.
  static let maximumListDepth = Parser.maximumDepth

  let file: SourceFile
  var sink: DiagnosticSink
  /// Whether this body has been reported for nesting lists too deeply (once is enough).
  var reportedDepth = false

  /// A line of prose with its column, or a blank line.
  struct Line {
    var column: Int
    var text: Span
    var isBlank: Bool { text.isEmpty }
  }

  init(file: SourceFile, sink: DiagnosticSink) {
    self.file = file
    self.sink = sink
  }

  /// The lines of a body's children: prose lines and blank lines (comments are skipped).
  static func lines(of nodes: [SyntaxNode]) -> [Line] {
    var result: [Line] = []
    for node in nodes {
      switch node {
      case .prose(let line): result.append(Line(column: line.column, text: line.text))
      case .blank(let span): result.append(Line(column: 0, text: Span(span.start, span.start)))
      default: continue
      }
    }
    return result
  }

  mutating func parse(_ nodes: [SyntaxNode]) -> [ProseBlock] {
    let lines = ProseParser.lines(of: nodes)
    var index = 0
    return parseBlocks(lines, &index, minimumColumn: 0, depth: 0)
  }

  /// A list marker at the start of a line: its kind and the offset where the text starts.
  func listMarker(_ span: Span) -> (ordered: Bool, textStart: Int)? {
    let bytes = file.bytes
    if bytes[span.start] == 0x2D, span.count >= 2, bytes[span.start + 1] == 0x20 {
      return (false, span.start + 2)
    }
    var index = span.start
    while index < span.end, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
    if index > span.start, index - span.start <= 3, index + 1 < span.end, bytes[index] == 0x2E,
      bytes[index + 1] == 0x20
    {
      return (true, index + 2)
    }
    return nil
  }

  /// Parses blocks from lines whose column is at least `minimumColumn`, inside `depth`
  /// lists.
  mutating func parseBlocks(_ lines: [Line], _ index: inout Int, minimumColumn: Int, depth: Int)
    -> [ProseBlock]
  {
    var blocks: [ProseBlock] = []
    var paragraph: [Span] = []
    func flush(_ parser: inout ProseParser) {
      if !paragraph.isEmpty {
        blocks.append(.paragraph(parser.parseInline(paragraph)))
        paragraph = []
      }
    }
    while index < lines.count {
      let line = lines[index]
      if line.isBlank {
        flush(&self)
        // A blank line ends this block run if what follows is shallower.
        var next = index + 1
        while next < lines.count, lines[next].isBlank { next += 1 }
        if next < lines.count, lines[next].column < minimumColumn { index = next; break }
        index = next
        continue
      }
      if line.column < minimumColumn { break }
      if let marker = listMarker(line.text) {
        if depth < ProseParser.maximumListDepth {
          flush(&self)
          blocks.append(
            parseList(lines, &index, ordered: marker.ordered, column: line.column, depth: depth))
          continue
        }
        reportListDepth(at: line.text)
      }
      paragraph.append(line.text)
      index += 1
    }
    flush(&self)
    return blocks
  }

  /// Parses consecutive list items of one kind at one column.
  mutating func parseList(
    _ lines: [Line], _ index: inout Int, ordered: Bool, column: Int, depth: Int
  ) -> ProseBlock {
    var items: [[ProseBlock]] = []
    while index < lines.count {
      let line = lines[index]
      guard !line.isBlank, line.column == column, let marker = listMarker(line.text),
        marker.ordered == ordered
      else {
        // Blank lines between items of the same list are allowed.
        if line.isBlank {
          var next = index + 1
          while next < lines.count, lines[next].isBlank { next += 1 }
          if next < lines.count, lines[next].column == column,
            let nextMarker = listMarker(lines[next].text), nextMarker.ordered == ordered
          {
            index = next
            continue
          }
        }
        break
      }
      // The item's first paragraph: its text, then continuation lines indented further.
      var first: [Span] = [Span(marker.textStart, line.text.end)]
      index += 1
      while index < lines.count, !lines[index].isBlank, lines[index].column > column,
        listMarker(lines[index].text) == nil
      {
        first.append(lines[index].text)
        index += 1
      }
      var blocks: [ProseBlock] = [.paragraph(parseInline(first))]
      // Nested content: lines indented further than the marker.
      if index < lines.count, !lines[index].isBlank, lines[index].column > column {
        blocks += parseBlocks(lines, &index, minimumColumn: column + 1, depth: depth + 1)
      }
      items.append(blocks)
    }
    return .list(ordered: ordered, items: items)
  }

  mutating func reportListDepth(at span: Span) {
    guard !reportedDepth else { return }
    reportedDepth = true
    sink.report(
      .nestingTooDeep, "lists nest deeper than \(ProseParser.maximumListDepth) levels", at: span,
      help: "flatten the list; this item and those below it are read as text")
  }

  // MARK: Inline

  /// Parses the inline content of a paragraph made of several lines.
  mutating func parseInline(_ lines: [Span]) -> [Inline] {
    if let plain = InlineScanner.plainText(file: file, lines: lines) { return [.text(plain)] }
    var scanner = InlineScanner(file: file, lines: lines)
    let result = scanner.parse()
    for (url, span) in scanner.links where !ProseParser.isSafe(url) {
      sink.report(
        .unsafeLink, "link to ‘\(url)’ is not allowed", at: span,
        help: "links may use only https:, http: or mailto: (or be relative)")
    }
    return result
  }

  /// Whether a link target uses an allowed scheme (or none).
  static func isSafe(_ url: String) -> Bool {
    // Scalars, not characters: a colon followed by a combining mark is still a colon.
    let trimmed = url.unicodeScalars.drop { $0 == " " }
    guard let colon = trimmed.firstIndex(of: ":") else { return true }
    let scheme = String(trimmed[..<colon])
    if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
    return ["http", "https", "mailto"].contains(scheme.lowercased())
  }
}

/// Scans the joined text of a paragraph for emphasis, links, escapes and line breaks.
struct InlineScanner {
  let file: SourceFile
  /// The text, lines joined by single spaces (or by a line break marker).
  var bytes: [UInt8] = []
  /// For each byte of `bytes`, its offset in the file.
  var sourceOffsets: [Int] = []
  var links: [(String, Span)] = []
  /// How many emphasis, strong or link spans enclose the text being scanned.
  var depth = 0
  static let lineBreak: UInt8 = 0x0A
  /// How deeply spans may nest; deeper delimiters are read as text, so that no input can
  /// exhaust the stack.
  static let maximumDepth = 32
  /// Scans computed once for `bytes` and then looked up, so that a long paragraph full
  /// of unclosed `[`, `*` or `](` takes linear time, not quadratic.
  var memo = Memo()

  /// What the scanner has worked out about `bytes`.
  struct Memo {
    /// For each `[`, the index of the `]` that closes it, or -1.
    var closingBrackets: [Int]?
    /// For each index, the first index from there holding `)` or a space.
    var urlEnds: [Int]?
    /// For `*` and `**`, the answer of `findCloser` from each index: -2 unknown, -1 none.
    var closers: [[Int]] = [[], []]
  }

  init(file: SourceFile, lines: [Span]) {
    self.file = file
    for (number, line) in lines.enumerated() {
      var end = line.end
      var hardBreak = false
      if end > line.start, file.bytes[end - 1] == 0x5C, number < lines.count - 1 {
        end -= 1
        hardBreak = true
        while end > line.start, file.bytes[end - 1] == 0x20 { end -= 1 }
      }
      for offset in line.start..<end {
        bytes.append(file.bytes[offset])
        sourceOffsets.append(offset)
      }
      if number < lines.count - 1 {
        bytes.append(hardBreak ? InlineScanner.lineBreak : 0x20)
        sourceOffsets.append(end)
      }
    }
  }

  /// The text of a paragraph with nothing for the scanner to find (no `\\`, `*` or `[`),
  /// its lines joined by spaces; nil when the paragraph needs scanning. Most paragraphs
  /// are plain, and this reads them without copying them byte by byte.
  static func plainText(file: SourceFile, lines: [Span]) -> String? {
    let isPlain = file.bytes.withUnsafeBufferPointer { bytes in
      lines.allSatisfy { !ByteWords.contains(0x5C, 0x2A, 0x5B, in: bytes, $0.range) }
    }
    guard isPlain, lines.contains(where: { !$0.isEmpty }) else { return nil }
    if lines.count == 1 { return file.text(lines[0]) }
    var joined: [UInt8] = []
    joined.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
    for (number, line) in lines.enumerated() {
      joined.append(contentsOf: file.bytes[line.range])
      if number < lines.count - 1 { joined.append(0x20) }
    }
    return String(decoding: joined, as: UTF8.self)
  }

  func span(_ start: Int, _ end: Int) -> Span {
    let from = start < sourceOffsets.count ? sourceOffsets[start] : (sourceOffsets.last ?? 0) + 1
    let to = end > 0 && end <= sourceOffsets.count ? sourceOffsets[end - 1] + 1 : from
    return Span(from, max(from, to))
  }

  mutating func parse() -> [Inline] {
    var index = 0
    return parseSpans(&index, until: nil)
  }

  /// Parses inline content until the closing delimiter `until` (or the end).
  mutating func parseSpans(_ index: inout Int, until closer: [UInt8]?) -> [Inline] {
    var result: [Inline] = []
    var text: [UInt8] = []
    func flushText() {
      if !text.isEmpty {
        result.append(.text(String(decoding: text, as: UTF8.self)))
        text = []
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if let closer, matches(closer, at: index) {
        flushText()
        index += closer.count
        return result
      }
      switch byte {
      case 0x5C where index + 1 < bytes.count && isPunctuation(bytes[index + 1]):
        text.append(bytes[index + 1])
        index += 2
      case InlineScanner.lineBreak:
        flushText()
        result.append(.lineBreak)
        index += 1
      case 0x2A:
        let strong = index + 1 < bytes.count && bytes[index + 1] == 0x2A
        let delimiter: [UInt8] = strong ? [0x2A, 0x2A] : [0x2A]
        if depth < InlineScanner.maximumDepth,
          let close = findCloser(delimiter, from: index + delimiter.count),
          close > index + delimiter.count
        {
          flushText()
          var inner = index + delimiter.count
          depth += 1
          let content = parseSpans(&inner, until: delimiter)
          depth -= 1
          result.append(strong ? .strong(content) : .emphasis(content))
          index = max(inner, close + delimiter.count)
        } else {
          text.append(contentsOf: delimiter)
          index += delimiter.count
        }
      case 0x5B:
        if depth < InlineScanner.maximumDepth, let (label, url, end) = link(at: index) {
          flushText()
          var inner = 0
          var labelScanner = self
          labelScanner.bytes = label.bytes
          labelScanner.sourceOffsets = label.offsets
          labelScanner.links = []
          labelScanner.memo = Memo()
          labelScanner.depth = depth + 1
          let content = labelScanner.parseSpans(&inner, until: nil)
          links.append((url, span(index, end)))
          result.append(.link(text: content, url: url))
          index = end
        } else {
          text.append(byte)
          index += 1
        }
      default:
        text.append(byte)
        index += 1
      }
    }
    flushText()
    return result
  }

  func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
    guard index + delimiter.count <= bytes.count else { return false }
    for (offset, byte) in delimiter.enumerated() where bytes[index + offset] != byte {
      return false
    }
    // `**` is not a closer for `*`.
    if delimiter.count == 1, index + 1 < bytes.count, bytes[index + 1] == 0x2A { return false }
    return true
  }

  /// Finds a closing delimiter that follows a non-space character.
  ///
  /// The scan's next step depends only on where it is, not on where it started, so the
  /// answer for every index it passes is remembered for later scans.
  mutating func findCloser(_ delimiter: [UInt8], from start: Int) -> Int? {
    guard start < bytes.count, bytes[start] != 0x20 else { return nil }
    let kind = delimiter.count - 1
    if memo.closers[kind].isEmpty { memo.closers[kind] = [Int](repeating: -2, count: bytes.count) }
    var visited: [Int] = []
    var index = start
    var answer = -1
    while index < bytes.count {
      if memo.closers[kind][index] != -2 {
        answer = memo.closers[kind][index]
        break
      }
      visited.append(index)
      if bytes[index] == 0x5C {
        index += 2
        continue
      }
      if matches(delimiter, at: index), bytes[index - 1] != 0x20 {
        answer = index
        break
      }
      if delimiter.count == 1, bytes[index] == 0x2A, index + 1 < bytes.count,
        bytes[index + 1] == 0x2A
      {
        index += 2
        continue
      }
      index += 1
    }
    for position in visited { memo.closers[kind][position] = answer }
    return answer < 0 ? nil : answer
  }

  /// The index of the `]` that closes the `[` at `open`, skipping escaped characters and
  /// nested brackets.
  mutating func closingBracket(_ open: Int) -> Int? {
    if memo.closingBrackets == nil {
      var result = [Int](repeating: -1, count: bytes.count)
      var stack: [Int] = []
      var index = 0
      while index < bytes.count {
        switch bytes[index] {
        case 0x5C:
          index += 1
        case 0x5B:
          stack.append(index)
        case 0x5D:
          if let top = stack.popLast() { result[top] = index }
        default:
          break
        }
        index += 1
      }
      memo.closingBrackets = result
    }
    let close = memo.closingBrackets![open]
    return close < 0 ? nil : close
  }

  /// The first index from `start` holding `)` or a space (or the end).
  mutating func urlEnd(from start: Int) -> Int {
    if memo.urlEnds == nil {
      var result = [Int](repeating: bytes.count, count: bytes.count + 1)
      var index = bytes.count - 1
      while index >= 0 {
        result[index] = bytes[index] == 0x29 || bytes[index] == 0x20 ? index : result[index + 1]
        index -= 1
      }
      memo.urlEnds = result
    }
    return memo.urlEnds![min(start, bytes.count)]
  }

  /// A Markdown link `[label](url)` starting at `index`.
  mutating func link(at index: Int) -> ((bytes: [UInt8], offsets: [Int]), String, Int)? {
    guard let close = closingBracket(index), close + 1 < bytes.count, bytes[close + 1] == 0x28
    else {
      return nil
    }
    let end = urlEnd(from: close + 2)
    guard end < bytes.count, bytes[end] == 0x29, end > close + 2 else { return nil }
    let url = String(decoding: bytes[(close + 2)..<end], as: UTF8.self)
    let label = (Array(bytes[(index + 1)..<close]), Array(sourceOffsets[(index + 1)..<close]))
    return (label, url, end + 1)
  }

  func isPunctuation(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
      || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
  }
}
