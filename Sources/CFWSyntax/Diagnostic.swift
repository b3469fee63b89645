/// A problem found in a source file, with everything needed to explain it.
///
/// Detection produces `Diagnostic` values; renderers (text, JSON, GitHub, SARIF) turn
/// them into output.
public struct Diagnostic: Sendable, Hashable {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Hashable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .warning && rhs == .error
    }
  }

  /// A secondary message, optionally pointing at another place.
  public struct Note: Sendable, Hashable {
    public var message: String
    public var path: String?
    public var range: SourceRange?

    public init(_ message: String, path: String? = nil, range: SourceRange? = nil) {
      self.message = message
      self.path = path
      self.range = range
    }
  }

  /// A suggested edit: replace the text in `range` by `replacement`.
  public struct FixIt: Sendable, Hashable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
      self.range = range
      self.replacement = replacement
    }
  }

  public var code: DiagnosticCode
  public var severity: Severity
  public var message: String
  public var path: String
  public var range: SourceRange
  public var notes: [Note]
  /// One sentence on how to fix the problem.
  public var help: String?
  public var fixIt: FixIt?

  public init(
    _ code: DiagnosticCode, _ message: String, path: String, range: SourceRange,
    severity: Severity? = nil, notes: [Note] = [], help: String? = nil, fixIt: FixIt? = nil
  ) {
    self.code = code
    self.severity = severity ?? code.severity
    self.message = message
    self.path = path
    self.range = range
    self.notes = notes
    self.help = help
    self.fixIt = fixIt
  }
}

extension Diagnostic {
  /// Orders diagnostics by file, then position, then code, so that output is stable.
  public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.sorted { a, b in
      if a.path != b.path { return a.path < b.path }
      if a.range.start.offset != b.range.start.offset {
        return a.range.start.offset < b.range.start.offset
      }
      if a.code.rawValue != b.code.rawValue { return a.code.rawValue < b.code.rawValue }
      return a.message < b.message
    }
  }
}

/// Collects diagnostics for one source file.
public struct DiagnosticSink: Sendable {
  public let file: SourceFile
  public private(set) var diagnostics: [Diagnostic] = []

  public init(file: SourceFile) { self.file = file }

  public mutating func report(
    _ code: DiagnosticCode, _ message: String, at span: Span, severity: Diagnostic.Severity? = nil,
    notes: [Diagnostic.Note] = [], help: String? = nil, fix replacement: String? = nil
  ) {
    let range = file.range(span)
    diagnostics.append(
      Diagnostic(
        code, message, path: file.path, range: range, severity: severity, notes: notes, help: help,
        fixIt: replacement.map { Diagnostic.FixIt(range: range, replacement: $0) }))
  }

  public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
}
