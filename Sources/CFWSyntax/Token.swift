/// A token: a kind and the bytes it covers.
///
/// The lexer works line by line: every line yields an `indentation` token, then its
/// content, then a `newline` (the last line may end at `endOfFile` instead).
public struct Token: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// The spaces (or, in error, tabs) at the start of a line. May be empty.
    case indentation
    /// A whole-line comment: `#` followed by a space or the end of the line.
    case comment
    /// A keyword at the start of a line.
    case keyword(Keyword)
    /// The `-` that starts a bullet.
    case bullet
    /// Text: the rest of a line after a keyword or bullet, or a whole line of prose.
    case text
    /// An explicit identifier `{#id}` at the end of a declaration line.
    case identifier
    /// A line break: LF, CRLF or CR.
    case newline
    case endOfFile
  }

  public var kind: Kind
  public var span: Span

  public init(_ kind: Kind, _ span: Span) {
    self.kind = kind
    self.span = span
  }
}
