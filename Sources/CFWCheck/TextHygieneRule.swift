import CFWModel
import CFWSyntax

/// CFW401–CFW405: wording left damaged by copying from a PDF or Word export: unbalanced
/// brackets or quotes, doubled spaces, bullet glyphs read as letters, and titles that
/// start with leftover punctuation.
struct TextHygieneRule: Rule {
  func check(_ context: inout CheckContext) {
    visit(context.compiled.tree.nodes, &context)
  }

  func visit(_ nodes: [SyntaxNode], _ context: inout CheckContext) {
    var paragraph: [Span] = []
    func flushParagraph(_ context: inout CheckContext) {
      if !paragraph.isEmpty { checkUnit(paragraph, &context) }
      paragraph = []
    }
    for node in nodes {
      switch node {
      case .declaration(let declaration):
        flushParagraph(&context)
        if let argument = declaration.argument {
          checkUnit([argument], &context)
          checkTitleStart(argument, &context)
        }
        visit(declaration.children, &context)
      case .bullet(let bullet):
        flushParagraph(&context)
        checkUnit(Array(bullet.lines), &context)
        if let first = bullet.lines.first { checkDebris(first, &context) }
      case .prose(let line):
        paragraph.append(line.text)
      case .blank, .comment:
        flushParagraph(&context)
      }
    }
    flushParagraph(&context)
  }

  /// Checks doubled spaces in each line, and bracket and quote balance over all lines.
  func checkUnit(_ lines: [Span], _ context: inout CheckContext) {
    // An empty bullet (`-` alone) has no lines.
    guard let firstLine = lines.first, let lastLine = lines.last else { return }
    let interesting = TextHygieneRule.interesting
    var round = 0
    var square = 0
    var curly = 0
    var straight = 0
    var firstProblem: Span?
    var doubledSpaces: [Span] = []
    context.file.bytes.withUnsafeBufferPointer { bytes in
      for line in lines {
        var index = line.start
        // A leading “a)” or “1)” is a list marker, not an unbalanced bracket.
        if line.count >= 2, bytes[line.start + 1] == 0x29 { index += 2 }
        while index < line.end {
          let byte = bytes[index]
          // Most bytes are letters: skip them with one test.
          guard interesting[Int(byte)] else {
            index += 1
            continue
          }
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

  /// The bytes `checkUnit` looks at: space, brackets, quotes, backslash and the lead byte
  /// of curly quotes.
  static let interesting: [Bool] = (0...255).map {
    [0x20, 0x28, 0x29, 0x5B, 0x5D, 0x22, 0x5C, 0xE2].contains($0)
  }

  /// Glyphs that PDF exports turn bullets into, and `|` read instead of `I`.
  static let debris: [(String, String)] = [
    ("e ", "an ‘e’ left from a bullet glyph"), ("¢", "‘¢’ left from a bullet glyph"),
    ("©", "‘©’ left from a bullet glyph"), ("•", "a bullet glyph"), ("·", "a bullet glyph"),
    ("|s ", "‘|s’ where ‘Is’ was meant"), ("|Is ", "‘|Is’ where ‘Is’ was meant"),
    ("|", "‘|’ where ‘I’ was meant"), ("\u{F0B7}", "a private-use bullet glyph"),
  ]

  func checkDebris(_ line: Span, _ context: inout CheckContext) {
    let bytes = context.file.bytes[line.range]
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

  func checkTitleStart(_ argument: Span, _ context: inout CheckContext) {
    let bytes = context.file.bytes[argument.range]
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
