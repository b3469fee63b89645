/// A token: a kind and the bytes it covers.
///
/// The lexer works line by line: every line yields an `indentation` token, then its
/// content, then a `newline` (the last line may end at `endOfFile` instead).
///
/// A token keeps its offsets in 32 bits, so that it takes 12 bytes instead of 24: the
/// lexer writes one for every 20 bytes of source or so, and at that rate the size of the
/// token array, not the scan of the bytes, decides how fast lexing is. Files are limited
/// to `Token.maximumFileSize` bytes accordingly.
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

  /// The largest file the lexer reads: every offset must fit in 32 bits.
  public static let maximumFileSize = Int(UInt32.max)

  private var start: UInt32
  private var end: UInt32
  public var kind: Kind

  /// The bytes the token covers.
  public var span: Span {
    get { Span(Int(start), Int(end)) }
    set {
      start = UInt32(newValue.start)
      end = UInt32(newValue.end)
    }
  }

  /// A token of `kind` covering `span`, whose offsets are at most `maximumFileSize`.
  public init(_ kind: Kind, _ span: Span) {
    self.start = UInt32(span.start)
    self.end = UInt32(span.end)
    self.kind = kind
  }
}
