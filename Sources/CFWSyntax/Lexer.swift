/// Turns the bytes of a source file into tokens, and reports encoding problems.
///
/// The lexer is context-free: it marks a line's first word as a keyword whenever it is
/// one, and the parser decides whether, in its context, that line is a declaration or
/// prose. It works directly on UTF-8 bytes in one pass.
public struct Lexer {
  public let file: SourceFile

  public init(file: SourceFile) { self.file = file }

  /// The tokens of the file, and the encoding diagnostics (invalid UTF-8, NUL bytes,
  /// invisible characters, tabs in indentation).
  public func tokenize() -> (tokens: [Token], diagnostics: [Diagnostic]) {
    var sink = DiagnosticSink(file: file)
    guard file.bytes.count <= Token.maximumFileSize else {
      sink.report(
        .fileTooLarge,
        "the file is \(file.bytes.count) bytes, more than cfw reads (\(Token.maximumFileSize))",
        at: Span(0, 0), help: "split the framework into several files")
      return ([Token(.endOfFile, Span(0, 0))], sink.diagnostics)
    }
    var tokens: [Token] = []
    tokens.reserveCapacity(file.bytes.count / 16 + 16)
    file.bytes.withUnsafeBufferPointer { buffer in
      var scanner = Scanner(buffer: buffer, tokens: tokens, sink: sink)
      scanner.run()
      tokens = scanner.tokens
      sink = scanner.sink
    }
    return (tokens, sink.diagnostics)
  }
}

private struct Scanner {
  let buffer: UnsafeBufferPointer<UInt8>
  var tokens: [Token]
  var sink: DiagnosticSink
  var position = 0

  init(buffer: UnsafeBufferPointer<UInt8>, tokens: [Token], sink: DiagnosticSink) {
    self.buffer = buffer
    self.tokens = tokens
    self.sink = sink
  }

  mutating func run() {
    let count = buffer.count
    if count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
    while position < count {
      lexLine()
    }
    tokens.append(Token(.endOfFile, Span(count, count)))
  }

  /// Lexes one line, including its line break.
  mutating func lexLine() {
    let count = buffer.count
    let lineStart = position
    // Indentation.
    while position < count, buffer[position] == 0x20 || buffer[position] == 0x09 {
      if buffer[position] == 0x09 {
        let tabStart = position
        while position < count, buffer[position] == 0x09 || buffer[position] == 0x20 {
          position += 1
        }
        if !isLineEnd(position) {
          sink.report(
            .tabIndentation, "tab in indentation", at: Span(tabStart, position),
            help: "indent with spaces only: two spaces for each step", fix: nil)
        }
        continue
      }
      position += 1
    }
    tokens.append(Token(.indentation, Span(lineStart, position)))
    let contentStart = position
    let lineEnd = scanToLineEnd()
    var end = lineEnd
    while end > contentStart, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
    if end > contentStart {
      lexContent(contentStart, end)
    }
    // Line break.
    if lineEnd < count {
      let breakStart = lineEnd
      if buffer[lineEnd] == 0x0D, lineEnd + 1 < count, buffer[lineEnd + 1] == 0x0A {
        position = lineEnd + 2
      } else {
        position = lineEnd + 1
      }
      tokens.append(Token(.newline, Span(breakStart, position)))
    } else {
      position = lineEnd
    }
  }

  func isLineEnd(_ index: Int) -> Bool {
    index >= buffer.count || buffer[index] == 0x0A || buffer[index] == 0x0D
  }

  /// Finds the end of the current line, checking the bytes on the way.
  mutating func scanToLineEnd() -> Int {
    let count = buffer.count
    var index = position
    while index < count {
      // Eight bytes at a time while none of them is a line break, NUL or non-ASCII.
      while index + 8 <= count, !Scanner.mayNeedAttention(ByteWords.load(buffer, index)) {
        index += 8
      }
      guard index < count else { break }
      let byte = buffer[index]
      if byte < 0x80 {
        if byte == 0x0A || byte == 0x0D { return index }
        if byte == 0 {
          sink.report(
            .nulByte,
            "NUL byte at byte offset \(index) (line \(sink.file.line(containing: index)))",
            at: Span(index, index + 1),
            help: "remove the NUL byte; a .cfw file is UTF-8 text")
        }
        index += 1
        continue
      }
      index = checkMultibyte(at: index)
    }
    return index
  }

  /// Whether any of eight bytes is LF, CR, NUL or has its high bit set.
  @inline(__always)
  static func mayNeedAttention(_ word: UInt64) -> Bool {
    (word & ByteWords.highs) | ByteWords.zeroByte(word) | ByteWords.byte(0x0A, in: word)
      | ByteWords.byte(0x0D, in: word) != 0
  }

  /// Validates one UTF-8 sequence starting at `index` and returns the index after it.
  mutating func checkMultibyte(at index: Int) -> Int {
    let count = buffer.count
    let lead = buffer[index]
    let length: Int
    var minimum: UInt32
    if lead & 0xE0 == 0xC0 {
      length = 2
      minimum = 0x80
    } else if lead & 0xF0 == 0xE0 {
      length = 3
      minimum = 0x800
    } else if lead & 0xF8 == 0xF0 {
      length = 4
      minimum = 0x10000
    } else {
      reportInvalidUTF8(at: index)
      return index + 1
    }
    guard index + length <= count else {
      reportInvalidUTF8(at: index)
      return index + 1
    }
    var scalar = UInt32(lead) & (0xFF >> (length + 1))
    for offset in 1..<length {
      let byte = buffer[index + offset]
      guard byte & 0xC0 == 0x80 else {
        reportInvalidUTF8(at: index)
        return index + offset
      }
      scalar = scalar << 6 | UInt32(byte & 0x3F)
    }
    if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
      reportInvalidUTF8(at: index)
      return index + length
    }
    if let name = Scanner.invisibleName(scalar) {
      sink.report(
        .invisibleCharacter,
        "invisible character U+\(String(scalar, radix: 16, uppercase: true)) (\(name)) in text",
        at: Span(index, index + length),
        help:
          "remove it: invisible and direction-changing characters can make text read differently from what it says",
        fix: "")
    }
    return index + length
  }

  mutating func reportInvalidUTF8(at index: Int) {
    let line = sink.file.line(containing: index)
    sink.report(
      .invalidUTF8, "invalid UTF-8 at byte offset \(index) (line \(line))",
      at: Span(index, index + 1),
      help:
        "save the file as UTF-8; the byte 0x\(String(buffer[index], radix: 16, uppercase: true)) is not valid here"
    )
  }

  /// A name for the invisible and bidirectional control characters that draw a warning.
  static func invisibleName(_ scalar: UInt32) -> String? {
    switch scalar {
    case 0x200B: return "zero width space"
    case 0x200C: return "zero width non-joiner"
    case 0x200D: return "zero width joiner"
    case 0x2060: return "word joiner"
    case 0xFEFF: return "zero width no-break space"
    case 0x200E: return "left-to-right mark"
    case 0x200F: return "right-to-left mark"
    case 0x061C: return "Arabic letter mark"
    case 0x202A: return "left-to-right embedding"
    case 0x202B: return "right-to-left embedding"
    case 0x202C: return "pop directional formatting"
    case 0x202D: return "left-to-right override"
    case 0x202E: return "right-to-left override"
    case 0x2066: return "left-to-right isolate"
    case 0x2067: return "right-to-left isolate"
    case 0x2068: return "first strong isolate"
    case 0x2069: return "pop directional isolate"
    default: return nil
    }
  }

  /// Lexes the content of a line between `start` and `end` (trailing blanks removed).
  mutating func lexContent(_ start: Int, _ end: Int) {
    let first = buffer[start]
    // Comment: `#` then a space or the end of the line.
    if first == 0x23, start + 1 == end || buffer[start + 1] == 0x20 {
      tokens.append(Token(.comment, Span(start, end)))
      return
    }
    // Bullet: `-` then a space or the end of the line.
    if first == 0x2D, start + 1 == end || buffer[start + 1] == 0x20 {
      tokens.append(Token(.bullet, Span(start, start + 1)))
      var textStart = start + 1
      while textStart < end, buffer[textStart] == 0x20 { textStart += 1 }
      if textStart < end { tokens.append(Token(.text, Span(textStart, end))) }
      return
    }
    // Keyword: a lowercase word followed by a space or the end of the line.
    if first >= 0x61, first <= 0x7A {
      var wordEnd = start
      while wordEnd < end, buffer[wordEnd] >= 0x61, buffer[wordEnd] <= 0x7A { wordEnd += 1 }
      if wordEnd == end || buffer[wordEnd] == 0x20,
        let keyword = Keyword(bytes: buffer[start..<wordEnd])
      {
        tokens.append(Token(.keyword(keyword), Span(start, wordEnd)))
        var textStart = wordEnd
        while textStart < end, buffer[textStart] == 0x20 { textStart += 1 }
        guard textStart < end else { return }
        // An explicit identifier `{#…}` ends the line.
        var textEnd = end
        if buffer[end - 1] == 0x7D, let open = identifierStart(textStart, end) {
          textEnd = open
          while textEnd > textStart, buffer[textEnd - 1] == 0x20 { textEnd -= 1 }
          if textEnd > textStart { tokens.append(Token(.text, Span(textStart, textEnd))) }
          tokens.append(Token(.identifier, Span(open, end)))
          return
        }
        tokens.append(Token(.text, Span(textStart, textEnd)))
        return
      }
    }
    tokens.append(Token(.text, Span(start, end)))
  }

  /// The offset of the `{#` that opens an identifier ending at `end`, if any.
  func identifierStart(_ start: Int, _ end: Int) -> Int? {
    var index = end - 2
    while index > start {
      if buffer[index] == 0x7B { break }
      if buffer[index] == 0x20 || buffer[index] == 0x7D { return nil }
      index -= 1
    }
    guard index >= start, buffer[index] == 0x7B, index + 1 < end, buffer[index + 1] == 0x23 else {
      return nil
    }
    return index
  }
}
