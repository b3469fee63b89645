/// A half-open range of byte offsets in one source file.
///
/// Tokens and syntax nodes keep spans; `SourceFile.range(_:)` turns one into lines and
/// columns when a diagnostic or a tool needs them.
public struct Span: Sendable, Hashable {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }

  public var isEmpty: Bool { start >= end }
  public var count: Int { end - start }
  public var range: Range<Int> { start..<end }
}

extension SourceFile {
  /// The line-and-column range of a span.
  public func range(_ span: Span) -> SourceRange { range(span.start, span.end) }

  /// The text of a span.
  public func text(_ span: Span) -> String { text(span.range) }
}
