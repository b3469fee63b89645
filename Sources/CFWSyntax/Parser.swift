/// Builds a syntax tree from tokens, driven by the `Context` table.
///
/// The parser never throws and never stops early: a line it cannot place is reported
/// once, and skipped together with the lines indented under it, so one mistake gives one
/// diagnostic and the rest of the file is still read.
public struct Parser {
  /// How deeply declarations may nest before the parser gives up on a block.
  public static let maximumDepth = 64

  public static func parse(_ file: SourceFile) -> SyntaxTree {
    let (tokens, lexical) = Lexer(file: file).tokenize()
    var state = ParserState(file: file, tokens: tokens)
    let nodes = state.parseBody(.root, parentColumn: 0, depth: 0)
    return SyntaxTree(file: file, nodes: nodes, diagnostics: lexical + state.sink.diagnostics)
  }
}

/// One physical line, as the parser sees it.
private struct Line {
  enum Kind {
    case blank
    case comment
    case keyword(Keyword)
    case bullet
    case text
  }

  var kind: Kind
  /// 1-based column of the first character of content.
  var column: Int
  /// Index of the first content token (or of the line's end token when blank).
  var first: Int
  /// Index of the token after the line (after its newline).
  var next: Int
  /// Index of the newline or end-of-file token.
  var end: Int
  /// The content, from first character to the end of the line.
  var span: Span
}

private struct ParserState {
  let file: SourceFile
  let tokens: [Token]
  var index = 0
  var sink: DiagnosticSink
  /// The answer of the last `nextContentColumn` call, kept for the lines it looked over:
  /// from `from` up to the content line at `through`. The parser asks about each line of a
  /// run of blank lines or comments in turn, and this makes the run cost its length once,
  /// not its square.
  var contentColumnCache: (from: Int, through: Int, column: Int?) = (0, -1, nil)

  init(file: SourceFile, tokens: [Token]) {
    self.file = file
    self.tokens = tokens
    self.sink = DiagnosticSink(file: file)
  }

  // MARK: Lines

  /// The line starting at token `start`, or nil at the end of the file.
  func line(at start: Int) -> Line? {
    guard start < tokens.count, tokens[start].kind != .endOfFile else { return nil }
    let indentation = tokens[start].span
    var end = start + 1
    while tokens[end].kind != .newline && tokens[end].kind != .endOfFile { end += 1 }
    let next = tokens[end].kind == .newline ? end + 1 : end
    let first = start + 1
    let column = indentation.count + 1
    guard first < end else {
      return Line(
        kind: .blank, column: column, first: end, next: next, end: end,
        span: Span(indentation.end, indentation.end))
    }
    let kind: Line.Kind
    switch tokens[first].kind {
    case .comment: kind = .comment
    case .keyword(let keyword): kind = .keyword(keyword)
    case .bullet: kind = .bullet
    default: kind = .text
    }
    return Line(
      kind: kind, column: column, first: first, next: next, end: end,
      span: Span(tokens[first].span.start, tokens[end - 1].span.end))
  }

  var current: Line? { line(at: index) }

  /// The column of the next line from token `start` on that is neither blank nor a
  /// comment, if any.
  mutating func nextContentColumn(from start: Int) -> Int? {
    let cache = contentColumnCache
    if start >= cache.from, start <= cache.through { return cache.column }
    var cursor = start
    while let line = line(at: cursor) {
      switch line.kind {
      case .blank, .comment:
        cursor = line.next
      default:
        contentColumnCache = (start, cursor, line.column)
        return line.column
      }
    }
    contentColumnCache = (start, cursor, nil)
    return nil
  }

  /// Skips the current line and every following line indented further than it.
  mutating func skipBlock(_ line: Line) {
    index = line.next
    while let next = current {
      switch next.kind {
      case .blank, .comment:
        // Blank lines and comments belong to the block if more of it follows.
        guard let column = nextContentColumn(from: next.next), column > line.column else { return }
      default:
        if next.column <= line.column { return }
      }
      index = next.next
    }
  }

  // MARK: Bodies

  /// Parses the lines indented further than `parentColumn`, as a body of `context`.
  mutating func parseBody(_ context: Context, parentColumn: Int, depth: Int) -> [SyntaxNode] {
    var nodes: [SyntaxNode] = []
    var bodyColumn: Int?
    while let line = current {
      switch line.kind {
      case .blank:
        // Blank lines belong to this body only if more of it follows.
        guard let column = nextContentColumn(from: line.next), column > parentColumn else {
          return nodes
        }
        nodes.append(.blank(line.span))
        index = line.next
        continue
      case .comment:
        // A comment belongs to this body if more of it follows, wherever it is indented.
        if line.column <= parentColumn,
          (nextContentColumn(from: line.next) ?? 0) <= parentColumn
        {
          return nodes
        }
        nodes.append(.comment(Comment(column: line.column, span: line.span)))
        index = line.next
        continue
      default:
        if line.column <= parentColumn { return nodes }
      }

      switch context.body {
      case .prose:
        if case .keyword(let keyword) = line.kind, context.child(keyword) != nil,
          bodyColumn == nil || line.column == bodyColumn
        {
          bodyColumn = bodyColumn ?? line.column
          if let node = parseDeclaration(keyword, line, in: context, depth: depth) {
            nodes.append(node)
          }
        } else {
          bodyColumn = bodyColumn ?? line.column
          nodes.append(.prose(ProseLine(column: line.column, text: line.span)))
          index = line.next
        }
        continue
      case .none:
        sink.report(
          .unexpectedBody, "this line is indented under a declaration that takes no body",
          at: line.span, help: "remove the indentation, or move the line to where it belongs")
        skipBlock(line)
        continue
      case .bullets, .declarations:
        break
      }

      if let column = bodyColumn, line.column != column {
        sink.report(
          .unexpectedIndentation,
          "unexpected indentation: this line is at column \(line.column), the lines before it at column \(column)",
          at: line.span, help: "indent every line of a block by the same amount")
        skipBlock(line)
        continue
      }
      bodyColumn = line.column

      switch (line.kind, context.body) {
      case (.bullet, .bullets), (.bullet, .declarations(allowsBullets: true)):
        nodes.append(.bullet(parseBullet(line)))
      case (.bullet, _):
        sink.report(
          .misplacedBullet, "a bullet cannot stand in \(context.noun)", at: line.span,
          help: bulletHelp(context))
        skipBlock(line)
      case (.keyword(let keyword), .declarations):
        if let node = parseDeclaration(keyword, line, in: context, depth: depth) {
          nodes.append(node)
        }
      case (.keyword(let keyword), .bullets):
        sink.report(
          .misplacedDeclaration, "‘\(keyword.rawValue)’ cannot stand in a bullet list",
          at: tokens[line.first].span,
          help:
            "a bullet list holds only lines that start with ‘- ’; move the declaration out of the list"
        )
        skipBlock(line)
      case (.text, .bullets):
        sink.report(
          .misplacedBullet, "expected a bullet (‘- ’) in this list", at: line.span,
          help: "start the line with ‘- ’, or indent it further to continue the bullet above")
        skipBlock(line)
      default:
        reportUnknownLine(line, in: context)
        skipBlock(line)
      }
    }
    return nodes
  }

  func bulletHelp(_ context: Context) -> String {
    switch context {
    case .competency:
      return "put bullets under a ‘level’, ‘behaviours’, ‘indicators’, ‘negative’ or ‘list’ line"
    case .levelFirst:
      return "put bullets under a ‘competency’ line that names whose indicators they are"
    case .role, .roleLevel, .family:
      return "put bullets under a ‘list’ line"
    case .theme: return "put bullets under a ‘level’ line of the theme"
    default:
      return "bullets belong in ‘values’, ‘behaviours’, ‘indicators’, ‘negative’ and level blocks"
    }
  }

  /// Reports a line of text where a declaration was expected.
  mutating func reportUnknownLine(_ line: Line, in context: Context) {
    let content = file.bytes[line.span.range]
    let wordLength = content.prefix { $0 != 0x20 }.count
    let wordSpan = Span(line.span.start, line.span.start + wordLength)
    let word = file.text(wordSpan)
    let allowed = context.allowedKeywords.map(\.rawValue)
    if let suggestion = Suggestions.closest(to: word.lowercased(), among: allowed) {
      sink.report(
        .unknownKeyword, "unknown keyword ‘\(word)’", at: wordSpan,
        help: "did you mean ‘\(suggestion)’?", fix: suggestion)
    } else {
      let list = allowed.map { "‘\($0)’" }.joined(separator: ", ")
      sink.report(
        .unknownKeyword, "expected a declaration in \(context.noun), found text", at: line.span,
        help: allowed.isEmpty
          ? "remove the line"
          : "start the line with one of \(list), or put prose under a ‘description’")
    }
  }

  // MARK: Declarations

  mutating func parseDeclaration(_ keyword: Keyword, _ line: Line, in context: Context, depth: Int)
    -> SyntaxNode?
  {
    let keywordToken = tokens[line.first]
    guard let childContext = context.child(keyword) else {
      sink.report(
        .misplacedDeclaration, "‘\(keyword.rawValue)’ cannot stand in \(context.noun)",
        at: keywordToken.span, help: placementHelp(keyword, context))
      skipBlock(line)
      return nil
    }
    if depth >= Parser.maximumDepth {
      sink.report(
        .nestingTooDeep, "nesting is deeper than \(Parser.maximumDepth) levels", at: line.span,
        help: "flatten the structure: groups and sections rarely need more than three levels")
      skipBlock(line)
      return nil
    }
    var argument: Span?
    var identifier: Span?
    var cursor = line.first + 1
    if cursor < line.end, tokens[cursor].kind == .text {
      argument = tokens[cursor].span
      cursor += 1
    }
    if cursor < line.end, tokens[cursor].kind == .identifier {
      identifier = tokens[cursor].span
    }
    checkArgument(
      keyword, keywordSpan: keywordToken.span, argument: argument, identifier: identifier)
    index = line.next
    let children = parseBody(childContext, parentColumn: line.column, depth: depth + 1)
    return .declaration(
      Declaration(
        keyword: keyword, keywordSpan: keywordToken.span, argument: argument,
        identifier: identifier, span: line.span, column: line.column, context: childContext,
        children: children))
  }

  func placementHelp(_ keyword: Keyword, _ context: Context) -> String {
    let places = [
      Context.root, .framework, .external, .scale, .band, .scaleLevel, .group, .competency,
      .competencyLevel, .theme, .family, .role, .roleLevel,
    ]
    .filter { $0.child(keyword) != nil }.map(\.noun)
    guard !places.isEmpty else { return "remove the line" }
    return "‘\(keyword.rawValue)’ belongs in " + places.joined(separator: " or ")
  }

  mutating func checkArgument(
    _ keyword: Keyword, keywordSpan: Span, argument: Span?, identifier: Span?
  ) {
    if let identifier {
      if !keyword.allowsIdentifier {
        sink.report(
          .unexpectedArgument, "‘\(keyword.rawValue)’ takes no identifier", at: identifier,
          help: "remove ‘\(file.text(identifier))’", fix: "")
      } else if !Identifier.isValid(file.bytes[(identifier.start + 2)..<(identifier.end - 1)]) {
        sink.report(
          .invalidIdentifier, "‘\(file.text(identifier))’ is not a valid identifier",
          at: identifier,
          help:
            "an identifier is lowercase letters, digits and ‘-’, like {#self-belief}; to number it, write ‘code 1.1’ in its body"
        )
      }
    }
    switch keyword.argument {
    case .required where argument == nil:
      sink.report(
        .missingArgument, "‘\(keyword.rawValue)’ needs \(ParserState.argumentNoun(keyword))",
        at: keywordSpan, help: "write it after the keyword: \(ParserState.example(keyword))")
    case .none where argument != nil:
      sink.report(
        .unexpectedArgument, "‘\(keyword.rawValue)’ takes nothing after it", at: argument!,
        help: "remove the text after ‘\(keyword.rawValue)’", fix: "")
    default:
      break
    }
    if keyword == .description, let argument {
      let text = file.bytes[argument.range]
      if !(text.starts(with: "for ".utf8) && text.count > 4) {
        sink.report(
          .unexpectedArgument, "‘description’ takes only ‘for AUDIENCE’ after it", at: argument,
          help:
            "write the description on the indented lines below, or name an audience: ‘description for leaders’"
        )
      }
    }
  }

  static func argumentNoun(_ keyword: Keyword) -> String {
    switch keyword {
    case .level, .stage, .midpoint: return "a code"
    case .external: return "a code and a title"
    case .import: return "a file path"
    case .date: return "a date"
    case .uri: return "a URI"
    case .seniority: return "‘ascending’ or ‘descending’"
    case .requires, .related, .desirable, .optional: return "a competency"
    case .attribute: return "a name and a value"
    case .code: return "a code"
    case .alias: return "a name"
    case .language: return "a language tag"
    case .publisher, .licence, .label, .audience, .subtitle, .version: return "text"
    default: return "a title"
    }
  }

  static func example(_ keyword: Keyword) -> String {
    switch keyword {
    case .level: return "‘level 1 Emerging’"
    case .stage: return "‘stage 1 Acts with confidence’"
    case .midpoint: return "‘midpoint C’"
    case .external: return "‘external CLF Continuous Learning Framework’"
    case .import: return "‘import clf.cfw’"
    case .date: return "‘date 2015-08’"
    case .seniority: return "‘seniority descending’"
    case .requires: return "‘requires Delivering at pace at level 2’"
    case .desirable: return "‘desirable Coaching others at level 2’"
    case .optional: return "‘optional Coaching others at level 2’"
    case .attribute: return "‘attribute Owner: People team’"
    case .code: return "‘code 1.1’"
    case .list: return "‘list Knowledge’"
    case .intro: return "‘intro With guidance, I can:’"
    default: return "‘\(keyword.rawValue) …’"
    }
  }

  // MARK: Bullets

  mutating func parseBullet(_ line: Line) -> Bullet {
    let dash = tokens[line.first].span
    var lines = BulletLines()
    if line.first + 1 < line.end { lines.append(tokens[line.first + 1].span) }
    var end = line.span.end
    index = line.next
    // Continuation lines: text indented further than the dash, with no blank line between.
    while let next = current, next.column > line.column {
      switch next.kind {
      case .blank, .comment, .bullet:
        return Bullet(dash: dash, lines: lines, span: Span(dash.start, end), column: line.column)
      case .keyword, .text:
        lines.append(next.span)
        end = next.span.end
        index = next.next
      }
    }
    return Bullet(dash: dash, lines: lines, span: Span(dash.start, end), column: line.column)
  }
}
