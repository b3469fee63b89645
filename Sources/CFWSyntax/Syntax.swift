/// The syntax tree of one file: what the parser read, with every comment and blank line
/// kept, so that a formatter can print the file again.
public struct SyntaxTree: Sendable {
  public let file: SourceFile
  /// The top-level nodes, in file order.
  public var nodes: [SyntaxNode]
  /// Encoding and syntax diagnostics.
  public var diagnostics: [Diagnostic]

  public init(file: SourceFile, nodes: [SyntaxNode], diagnostics: [Diagnostic]) {
    self.file = file
    self.nodes = nodes
    self.diagnostics = diagnostics
  }

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// One node of the syntax tree.
public enum SyntaxNode: Sendable, Hashable {
  case declaration(Declaration)
  case bullet(Bullet)
  case prose(ProseLine)
  case comment(Comment)
  case blank(Span)

  /// The bytes the node's first line covers (without indentation).
  public var span: Span {
    switch self {
    case .declaration(let d): return d.span
    case .bullet(let b): return b.span
    case .prose(let p): return p.text
    case .comment(let c): return c.span
    case .blank(let s): return s
    }
  }
}

/// A declaration: a keyword, what follows it on the line, and its indented body.
public struct Declaration: Sendable, Hashable {
  public var keyword: Keyword
  public var keywordSpan: Span
  /// The text after the keyword, without an explicit identifier.
  public var argument: Span?
  /// The explicit identifier, `{#id}` included.
  public var identifier: Span?
  /// The header line's content, from the keyword to the end of the line.
  public var span: Span
  /// The column of the keyword (1-based).
  public var column: Int
  /// The context of the body.
  public var context: Context
  public var children: [SyntaxNode]

  /// The identifier's text without `{#` and `}`.
  public func identifierText(in file: SourceFile) -> String? {
    identifier.map { file.text(Span($0.start + 2, $0.end - 1)) }
  }

  /// The declarations among the children.
  public var declarations: [Declaration] {
    children.compactMap { if case .declaration(let d) = $0 { return d } else { return nil } }
  }

  /// The bullets among the children.
  public var bullets: [Bullet] {
    children.compactMap { if case .bullet(let b) = $0 { return b } else { return nil } }
  }

  /// The prose lines among the children.
  public var proseLines: [ProseLine] {
    children.compactMap { if case .prose(let p) = $0 { return p } else { return nil } }
  }
}

/// A bullet: `- ` and its text, which may continue on more deeply indented lines.
public struct Bullet: Sendable, Hashable {
  /// The dash.
  public var dash: Span
  /// The text on each line, in order (the first may be missing for a bare `-`).
  public var lines: BulletLines
  /// From the dash to the end of the last line.
  public var span: Span
  public var column: Int
}

/// The lines of a bullet's text. Nearly every bullet has one to three lines, which are
/// kept in place rather than in an array of their own: one allocation less for every
/// indicator. Further lines go to an array.
public struct BulletLines: RandomAccessCollection, Sendable, Hashable {
  private static let inlineCapacity = 3
  private var inline = (Span(0, 0), Span(0, 0), Span(0, 0))
  private var inlineCount = 0
  private var overflow: [Span] = []

  public init(_ lines: [Span] = []) {
    for line in lines { append(line) }
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { inlineCount + overflow.count }

  public subscript(position: Int) -> Span {
    precondition(position >= 0 && position < endIndex, "bullet line out of range")
    switch position {
    case 0: return inline.0
    case 1: return inline.1
    case 2: return inline.2
    default: return overflow[position - Self.inlineCapacity]
    }
  }

  public mutating func append(_ line: Span) {
    switch inlineCount {
    case 0: inline.0 = line
    case 1: inline.1 = line
    case 2: inline.2 = line
    default:
      overflow.append(line)
      return
    }
    inlineCount += 1
  }

  public static func == (lhs: BulletLines, rhs: BulletLines) -> Bool {
    lhs.elementsEqual(rhs)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for line in self { hasher.combine(line) }
  }
}

/// A line of prose in the body of a description, section or level.
public struct ProseLine: Sendable, Hashable {
  /// The column of the first character (1-based).
  public var column: Int
  /// The text, from its first character to the end of the line.
  public var text: Span
}

/// A whole-line comment.
public struct Comment: Sendable, Hashable {
  public var column: Int
  public var span: Span
}
