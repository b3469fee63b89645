/// A source file: its path, its bytes, and the index of its lines.
///
/// Offsets are byte offsets into `bytes`. Lines and columns are 1-based; a column counts
/// Unicode scalars (a tab is one column), so a caret lines up under the character the
/// user sees in most editors.
///
/// A `SourceFile` is a reference to storage shared by its copies, so that every token,
/// syntax node and model value can point back into the file for one reference count.
public struct SourceFile: Sendable {
  private final class Storage: Sendable {
    let path: String
    let bytes: [UInt8]
    let lineStarts: [Int]
    let scalarCheckpoints: [Int]

    init(path: String, bytes: [UInt8], lineStarts: [Int], scalarCheckpoints: [Int]) {
      self.path = path
      self.bytes = bytes
      self.lineStarts = lineStarts
      self.scalarCheckpoints = scalarCheckpoints
    }
  }

  private let storage: Storage

  /// The path as the user gave it (used in diagnostics).
  public var path: String { storage.path }
  /// The file's content, exactly as read.
  public var bytes: [UInt8] { storage.bytes }
  /// The byte offset at which each line starts. A line ends before LF, CRLF or a lone CR.
  public var lineStarts: [Int] { storage.lineStarts }
  /// For a file with a very long line: the number of scalars before every
  /// `checkpointStride`-th byte, so that a column is found without counting from the start
  /// of the line (thousands of diagnostics on one long line would otherwise cost its
  /// square). Empty for ordinary files.
  var scalarCheckpoints: [Int] { storage.scalarCheckpoints }
  static let checkpointStride = 256

  public init(path: String, bytes: [UInt8]) {
    let starts = SourceFile.lineStarts(bytes)
    storage = Storage(
      path: path, bytes: bytes, lineStarts: starts,
      scalarCheckpoints: SourceFile.checkpoints(bytes, lineStarts: starts))
  }

  /// The offset at which each line starts.
  static func lineStarts(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    starts.reserveCapacity(bytes.count / 48 + 16)
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        // Eight bytes at a time: each line feed among them starts a line. A word with a
        // carriage return in it (rare) is read byte by byte below.
        if index + 8 <= count {
          let word = ByteWords.load(buffer, index)
          if ByteWords.byte(0x0D, in: word) == 0 {
            var feeds = ByteWords.exactBytes(0x0A, in: word)
            while feeds != 0 {
              starts.append(index + feeds.trailingZeroBitCount / 8 + 1)
              feeds &= feeds &- 1
            }
            index += 8
            continue
          }
        }
        let byte = buffer[index]
        if byte == 0x0A {
          starts.append(index + 1)
        } else if byte == 0x0D {
          if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
          starts.append(index + 1)
        }
        index += 1
      }
    }
    return starts
  }

  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// The number of lines (a final line break does not start a new line of content,
  /// but the empty line after it still has a number).
  public var lineCount: Int { lineStarts.count }

  /// The 1-based line that contains `offset`.
  public func line(containing offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// The location of a byte offset.
  public func location(_ offset: Int) -> SourceLocation {
    let clamped = min(max(offset, 0), bytes.count)
    let line = line(containing: clamped)
    return SourceLocation(
      offset: clamped, line: line, column: column(of: clamped, lineStart: lineStarts[line - 1]))
  }

  /// The range between two byte offsets.
  public func range(_ start: Int, _ end: Int) -> SourceRange {
    let startLocation = location(start)
    let endOffset = min(max(start, end, 0), bytes.count)
    // The end is usually on the start's line or a few lines below it: walk to it, and
    // count its column on from the start's when both are on one line.
    var line = startLocation.line
    while line < lineStarts.count, lineStarts[line] <= endOffset, line - startLocation.line < 8 {
      line += 1
    }
    guard line == lineStarts.count || lineStarts[line] > endOffset else {
      return SourceRange(start: startLocation, end: location(endOffset))
    }
    let column =
      line == startLocation.line && startLocation.offset >= 3
      ? startLocation.column + scalarCount(from: startLocation.offset, to: endOffset)
      : column(of: endOffset, lineStart: lineStarts[line - 1])
    return SourceRange(
      start: startLocation, end: SourceLocation(offset: endOffset, line: line, column: column))
  }

  /// The number of Unicode scalars that start between two offsets.
  func scalarCount(from start: Int, to end: Int) -> Int {
    var count = 0
    for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// The 1-based column of `offset` on a line starting at `lineStart`.
  func column(of offset: Int, lineStart: Int) -> Int {
    var index = lineStart
    if lineStart == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      index = min(3, offset)
    }
    // A continuation byte at the offset itself belongs to the previous character.
    if !scalarCheckpoints.isEmpty, offset - index > SourceFile.checkpointStride {
      return scalars(before: offset) - scalars(before: index) + 1
    }
    return scalarCount(from: index, to: offset) + 1
  }

  /// The number of scalars that start before `offset`, from the checkpoints.
  func scalars(before offset: Int) -> Int {
    let checkpoint = offset / SourceFile.checkpointStride
    return scalarCheckpoints[checkpoint]
      + scalarCount(from: checkpoint * SourceFile.checkpointStride, to: offset)
  }

  /// The checkpoints of `bytes`, or none when no line is longer than 16 strides.
  static func checkpoints(_ bytes: [UInt8], lineStarts: [Int]) -> [Int] {
    var longest = 0
    for line in lineStarts.indices {
      let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
      longest = max(longest, end - lineStarts[line])
    }
    guard longest > 16 * checkpointStride else { return [] }
    var result: [Int] = []
    result.reserveCapacity(bytes.count / checkpointStride + 1)
    var scalars = 0
    for (index, byte) in bytes.enumerated() {
      if index % checkpointStride == 0 { result.append(scalars) }
      if byte & 0xC0 != 0x80 { scalars += 1 }
    }
    if bytes.count % checkpointStride == 0 { result.append(scalars) }
    return result
  }

  /// The byte range of line `line` (1-based), without its line break.
  public func lineRange(_ line: Int) -> Range<Int> {
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    if end > start, bytes[end - 1] == 0x0A { end -= 1 }
    if end > start, bytes[end - 1] == 0x0D { end -= 1 }
    return start..<end
  }

  /// The text of line `line` (1-based), without its line break. Invalid UTF-8 is repaired.
  public func lineText(_ line: Int) -> String {
    String(decoding: bytes[lineRange(line)], as: UTF8.self)
  }

  /// The text between two byte offsets.
  public func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }
}

/// A position in a source file.
public struct SourceLocation: Sendable, Hashable, Comparable {
  /// Byte offset from the start of the file.
  public var offset: Int
  /// 1-based line.
  public var line: Int
  /// 1-based column, in Unicode scalars.
  public var column: Int

  public init(offset: Int, line: Int, column: Int) {
    self.offset = offset
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    lhs.offset < rhs.offset
  }
}

/// A half-open range in a source file.
public struct SourceRange: Sendable, Hashable {
  public var start: SourceLocation
  public var end: SourceLocation

  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// The byte offsets of the range.
  public var bytes: Range<Int> { start.offset..<end.offset }
}
