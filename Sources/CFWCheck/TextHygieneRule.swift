import CFWModel
import CFWSyntax

/// CFW401–CFW405: wording left damaged by copying from a PDF or Word export: unbalanced
/// brackets or quotes, doubled spaces, bullet glyphs read as letters, and titles that
/// start with leftover punctuation.
struct TextHygieneRule: Rule {
  func check(_ context: inout CheckContext) {
    let bytes = context.file.bytes
    let nodes = context.compiled.tree.nodes
    bytes.withUnsafeBufferPointer { bytes in visit(nodes, bytes, &context) }
  }

  func visit(
    _ nodes: [SyntaxNode], _ bytes: UnsafeBufferPointer<UInt8>, _ context: inout CheckContext
  ) {
    var paragraph: [Span] = []
    for position in nodes.indices {
      switch nodes[position] {
      case .declaration(let declaration):
        flush(&paragraph, bytes, &context)
        if let argument = declaration.argument {
          checkUnit(CollectionOfOne(argument), bytes, &context)
          // An attribute is a name and a value, not a title; a missing name is CFW007.
          if declaration.keyword != .attribute { checkTitleStart(argument, bytes, &context) }
        }
        visit(declaration.children, bytes, &context)
      case .bullet(let bullet):
        flush(&paragraph, bytes, &context)
        checkUnit(bullet.lines, bytes, &context)
        if let first = bullet.lines.first { checkDebris(first, bytes, &context) }
      case .prose(let line):
        paragraph.append(line.text)
      case .blank, .comment:
        flush(&paragraph, bytes, &context)
      }
    }
    flush(&paragraph, bytes, &context)
  }

  /// Checks the lines of a paragraph gathered so far as one text, and starts a new one.
  func flush(
    _ paragraph: inout [Span], _ bytes: UnsafeBufferPointer<UInt8>, _ context: inout CheckContext
  ) {
    guard !paragraph.isEmpty else { return }
    checkUnit(paragraph, bytes, &context)
    paragraph.removeAll(keepingCapacity: true)
  }

  /// Checks doubled spaces in each line, and bracket and quote balance over all lines.
  func checkUnit(
    _ lines: some Collection<Span>, _ bytes: UnsafeBufferPointer<UInt8>,
    _ context: inout CheckContext
  ) {
    // An empty bullet (`-` alone) has no lines.
    guard let firstLine = lines.first else { return }
    var lastLine = firstLine
    var round = 0
    var square = 0
    var curly = 0
    var straight = 0
    var firstProblem: Span?
    var doubledSpaces: [Span] = []
    for line in lines {
      lastLine = line
      var index = line.start
      // A leading “a)” or “1)” is a list marker, not an unbalanced bracket.
      if line.count >= 2, bytes[line.start + 1] == 0x29 { index += 2 }
      while index < line.end {
        // Most bytes are letters and single spaces: skip them eight at a time. The eighth
        // is looked at again in the next step, in case a second space follows it. Near the
        // end of a line, the bytes past it are read but not marked.
        if index + 8 <= bytes.count {
          var marks = TextHygieneRule.marks(ByteMask.load(bytes, index))
          let remaining = line.end - index
          if remaining < 8 { marks &= (1 << (remaining * 8)) &- 1 }
          guard marks != 0 else {
            index += min(7, remaining)
            continue
          }
          index += ByteMask.first(marks)
        }
        let byte = bytes[index]
        switch byte {
        case 0x20 where index + 1 < line.end && bytes[index + 1] == 0x20:
          var end = index
          while end < line.end, bytes[end] == 0x20 { end += 1 }
          doubledSpaces.append(Span(index, end))
          index = end
          continue
        case 0x5B where index + 1 < line.end && bytes[index + 1] == 0x5B,
          0x5D where index + 1 < line.end && bytes[index + 1] == 0x5D:
          // The brackets of a reference `[[…]]` are checked with the reference (CFW012).
          index += 2
          continue
        case 0x28: round += 1
        case 0x29: round -= 1
        case 0x5B: square += 1
        case 0x5D: square -= 1
        case 0x22: straight += 1
        case 0xE2 where index + 2 < line.end && bytes[index + 1] == 0x80:
          if bytes[index + 2] == 0x9C { curly += 1 }
          if bytes[index + 2] == 0x9D { curly -= 1 }
        default: break
        }
        if byte == 0x5C { index += 1 }
        index += 1
        if round < 0 || square < 0 || curly < 0, firstProblem == nil {
          firstProblem = Span(index - 1, index)
        }
      }
    }
    for span in doubledSpaces {
      context.report(
        .doubledSpace, "more than one space between words", at: span, help: "use a single space",
        fix: " ")
    }
    let whole = Span(firstLine.start, lastLine.end)
    if round != 0 || square != 0 {
      context.report(
        .unbalancedBrackets, "brackets are not balanced in this text", at: firstProblem ?? whole,
        help: "add the missing bracket, or remove the extra one")
    }
    if curly != 0 || straight % 2 != 0 {
      context.report(
        .unbalancedQuotes, "quotation marks are not balanced in this text", at: whole,
        help: "add the missing quotation mark, or remove the extra one")
    }
  }

  /// Marks the bytes of a word that `checkUnit` must look at one by one: brackets, quotes,
  /// backslash, non-ASCII bytes (curly quotes among them) and a space followed by a space.
  /// Single spaces are ordinary: alone, they change nothing.
  @inline(__always)
  static func marks(_ word: UInt64) -> UInt64 {
    let spaces = ByteMask.equal(word, 0x20)
    // Setting the lowest bit folds “(” into “)”, and “\” into “]”.
    let odd = word | ByteMask.ones
    return (spaces & (spaces >> 8)) | ByteMask.equal(word, 0x22) | ByteMask.equal(odd, 0x29)
      | ByteMask.equal(word, 0x5B) | ByteMask.equal(odd, 0x5D) | (word & ByteMask.highs)
  }

  /// Glyphs that PDF exports turn bullets into, and `|` read instead of `I`.
  static let debris: [(String, String)] = [
    ("e ", "an ‘e’ left from a bullet glyph"), ("¢", "‘¢’ left from a bullet glyph"),
    ("©", "‘©’ left from a bullet glyph"), ("•", "a bullet glyph"), ("·", "a bullet glyph"),
    ("|s ", "‘|s’ where ‘Is’ was meant"), ("|Is ", "‘|Is’ where ‘Is’ was meant"),
    ("|", "‘|’ where ‘I’ was meant"), ("\u{F0B7}", "a private-use bullet glyph"),
  ]

  func checkDebris(
    _ line: Span, _ buffer: UnsafeBufferPointer<UInt8>, _ context: inout CheckContext
  ) {
    let bytes = buffer[line.range]
    // The first bytes of the prefixes below: most lines start with none of them.
    guard let first = bytes.first, [0x65, 0x7C, 0xC2, 0xE2, 0xEF].contains(first) else { return }
    for (prefix, what) in TextHygieneRule.debris where bytes.starts(with: prefix.utf8) {
      // “e ” counts only before a capital letter: “e Manages…”, not “e.g.”.
      if prefix == "e ",
        !(bytes.count > 2 && bytes[line.start + 2] >= 0x41 && bytes[line.start + 2] <= 0x5A)
      {
        continue
      }
      context.report(
        .exportDebris, "this indicator starts with \(what)",
        at: Span(line.start, line.start + prefix.utf8.count),
        help: "remove it: it is left over from copying the text out of a PDF or Word file")
      return
    }
  }

  func checkTitleStart(
    _ argument: Span, _ buffer: UnsafeBufferPointer<UInt8>, _ context: inout CheckContext
  ) {
    let bytes = buffer[argument.range]
    guard let first = bytes.first, [0x2D, 0x3A, 0xE2].contains(first) else { return }
    for prefix in ["- ", "– ", "— ", ": "] where bytes.starts(with: prefix.utf8) {
      context.report(
        .leadingPunctuation, "this title starts with ‘\(prefix.trimmingCharacters(in: [" "]))’",
        at: Span(argument.start, argument.start + prefix.utf8.count),
        help: "remove the punctuation left over from the heading it was copied from", fix: "")
      return
    }
  }
}

extension String {
  func trimmingCharacters(in set: Set<Character>) -> String {
    Substring(self).trimmingCharacters(in: set)
  }
}
