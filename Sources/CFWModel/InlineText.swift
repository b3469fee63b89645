import CFWSyntax

/// Plain inline text: titles, bullets and their references.
enum InlineText {
  /// The text of a span with backslash escapes removed.
  static func plain(_ file: SourceFile, _ span: Span) -> String {
    plain(file.bytes[span.range])
  }

  static func plain(_ bytes: ArraySlice<UInt8>) -> String {
    guard bytes.contains(0x5C) else { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x5C, index + 1 < bytes.endIndex, isASCIIPunctuation(bytes[index + 1]) {
        out.append(bytes[index + 1])
        index += 2
        continue
      }
      out.append(byte)
      index += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
      || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
  }

  /// A reference as written inside `[[…]]`, with the spans of its parts.
  struct RawReference {
    var strength: Reference.Strength
    var framework: (String, Span)?
    var name: (String, Span)
    var level: (String, Span)?
    var span: Span
  }

  /// The text of a bullet (its lines joined by spaces, references removed) and its
  /// references. Reports malformed references.
  static func bullet(_ bullet: Bullet, file: SourceFile, sink: inout DiagnosticSink) -> (
    String, [RawReference]
  ) {
    if let text = plainText(bullet.lines, file: file) { return (text, []) }
    var out: [UInt8] = []
    out.reserveCapacity(bullet.span.count)
    var references: [RawReference] = []
    file.bytes.withUnsafeBufferPointer { bytes in
      for line in bullet.lines {
        var segmentStart = line.start
        var index = line.start
        while index < line.end {
          // Skip eight bytes at a time while none is a backslash or a bracket.
          if index + 8 <= line.end {
            let word = ByteWords.load(bytes, index)
            if ByteWords.byte(0x5C, in: word) | ByteWords.byte(0x5B, in: word) == 0 {
              index += 8
              continue
            }
          }
          let byte = bytes[index]
          if byte != 0x5C && byte != 0x5B {
            index += 1
            continue
          }
          if byte == 0x5C {
            index += 2
            continue
          }
          if index + 1 < line.end, bytes[index + 1] == 0x5B {
            appendPiece(bytes, segmentStart, index, to: &out)
            var close = index + 2
            while close + 1 < line.end, !(bytes[close] == 0x5D && bytes[close + 1] == 0x5D) {
              close += 1
            }
            guard close + 1 < line.end else {
              sink.report(
                .malformedReference, "‘[[’ is not closed by ‘]]’ on this line",
                at: Span(index, line.end),
                help: "close the reference with ‘]]’, or write ‘\\[[’ for literal brackets")
              segmentStart = line.end
              index = line.end
              break
            }
            if let reference = parseReference(Span(index + 2, close), file: file, sink: &sink) {
              references.append(reference)
            }
            index = close + 2
            segmentStart = index
            continue
          }
          index += 1
        }
        if segmentStart < line.end { appendPiece(bytes, segmentStart, line.end, to: &out) }
      }
    }
    return (String(decoding: out, as: UTF8.self), references)
  }

  /// The text of bullet lines with no backslash and no bracket: each line trimmed of
  /// spaces, joined by single spaces, as `bullet` would make it. Nil when a line has
  /// either. Most bullets are such lines, read here straight into the string.
  static func plainText(_ lines: BulletLines, file: SourceFile) -> String? {
    file.bytes.withUnsafeBufferPointer { bytes -> String? in
      var length = 0
      for line in lines {
        if ByteWords.contains(0x5C, 0x5B, 0x5B, in: bytes, line.range) { return nil }
        let piece = trimmed(bytes, line)
        if !piece.isEmpty { length += (length == 0 ? 0 : 1) + piece.count }
      }
      return String(unsafeUninitializedCapacity: length) { out in
        var written = 0
        for line in lines {
          let piece = trimmed(bytes, line)
          guard !piece.isEmpty else { continue }
          if written > 0 {
            out[written] = 0x20
            written += 1
          }
          (out.baseAddress! + written).update(
            from: bytes.baseAddress! + piece.lowerBound, count: piece.count)
          written += piece.count
        }
        return written
      }
    }
  }

  /// A line without the spaces at its ends.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Span) -> Range<Int> {
    var start = line.start
    var end = line.end
    while start < end, bytes[start] == 0x20 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 { end -= 1 }
    return start..<end
  }

  /// Appends a piece of a bullet's text, trimmed of spaces and unescaped, after a space.
  static func appendPiece(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to out: inout [UInt8]
  ) {
    var start = start
    var end = end
    while start < end, bytes[start] == 0x20 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 { end -= 1 }
    guard start < end else { return }
    if !out.isEmpty { out.append(0x20) }
    var index = start
    while index < end, bytes[index] != 0x5C { index += 1 }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < end {
      let byte = bytes[index]
      if byte == 0x5C, index + 1 < end, isASCIIPunctuation(bytes[index + 1]) {
        out.append(bytes[index + 1])
        index += 2
        continue
      }
      out.append(byte)
      index += 1
    }
  }

  /// Parses `STRENGTH [PREFIX:] NAME [at level|stage CODE]`.
  static func parseReference(_ span: Span, file: SourceFile, sink: inout DiagnosticSink)
    -> RawReference?
  {
    let bytes = file.bytes
    var start = span.start
    var end = span.end
    while start < end, bytes[start] == 0x20 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 { end -= 1 }
    var strength = Reference.Strength.linksTo
    for candidate in [Reference.Strength.closelyLinksTo, .linksTo, .from] {
      let word = Array((candidate.rawValue + " ").utf8)
      if end - start > word.count, bytes[start..<(start + word.count)].elementsEqual(word) {
        strength = candidate
        start += word.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        break
      }
    }
    var framework: (String, Span)?
    if let colon = bytes[start..<end].firstIndex(of: 0x3A) {
      var prefixEnd = colon
      while prefixEnd > start, bytes[prefixEnd - 1] == 0x20 { prefixEnd -= 1 }
      framework = (plain(file, Span(start, prefixEnd)), Span(start, prefixEnd))
      start = colon + 1
      while start < end, bytes[start] == 0x20 { start += 1 }
    }
    var level: (String, Span)?
    var nameEnd = end
    if let (keywordStart, codeStart) = levelSuffix(bytes, start, end) {
      nameEnd = keywordStart
      level = (plain(file, Span(codeStart, end)), Span(codeStart, end))
    }
    guard nameEnd > start, framework.map({ !$0.0.isEmpty }) ?? true else {
      sink.report(
        .malformedReference, "this reference names no competency",
        at: Span(span.start - 2, span.end + 2),
        help:
          "write it as [[from CLF: Confidence at level Exemplary]] or [[links to Delivering at pace]]"
      )
      return nil
    }
    return RawReference(
      strength: strength, framework: framework,
      name: (plain(file, Span(start, nameEnd)), Span(start, nameEnd)), level: level,
      span: Span(span.start - 2, span.end + 2))
  }

  /// Finds the last ` at level ` or ` at stage ` in a range: the offsets where it starts
  /// and where the code after it starts.
  static func levelSuffix(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Int, Int)? {
    let patterns = [Array(" at level ".utf8), Array(" at stage ".utf8)]
    var index = end - 1
    while index >= start {
      for pattern in patterns where index + pattern.count < end {
        if bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
          return (index, index + pattern.count)
        }
      }
      index -= 1
    }
    return nil
  }
}

extension String {
  /// The string without leading and trailing spaces.
  var trimmingSpaces: String {
    var scalars = Substring(self)
    while scalars.first == " " { scalars.removeFirst() }
    while scalars.last == " " { scalars.removeLast() }
    return String(scalars)
  }
}
