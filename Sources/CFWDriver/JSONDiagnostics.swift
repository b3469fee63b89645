import CFWSyntax

/// `cfw check --format json`: one JSON object a line (JSON Lines), one line a diagnostic.
///
/// Every object has the same members, in this order: `code`, `severity`, `message`,
/// `file`, `startLine`, `startColumn`, `endLine`, `endColumn`, `notes` (an array of
/// `{message, file, line, column}`, where the place is null for a note without one),
/// `help` (a string or null) and `fix` (`{startLine, startColumn, endLine, endColumn,
/// replacement}` or null). Lines and columns start at 1; columns count Unicode scalars;
/// the end is the position just after the range.
enum JSONDiagnostics {
  /// The JSON Lines of `diagnostics`, each line ending in a line feed.
  static func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map { object($0).compact + "\n" }.joined()
  }

  static func object(_ diagnostic: Diagnostic) -> JSONValue {
    let range = diagnostic.range
    return .object([
      ("code", .string(diagnostic.code.rawValue)),
      ("severity", .string(diagnostic.severity.rawValue)),
      ("message", .string(diagnostic.message)),
      ("file", .string(diagnostic.path)),
      ("startLine", .integer(range.start.line)),
      ("startColumn", .integer(range.start.column)),
      ("endLine", .integer(range.end.line)),
      ("endColumn", .integer(range.end.column)),
      ("notes", .array(diagnostic.notes.map { note($0, in: diagnostic) })),
      ("help", .string(diagnostic.help)),
      ("fix", diagnostic.fixIt.map(fix) ?? .null),
    ])
  }

  /// A note; one with a range but no path points into the diagnostic's own file.
  static func note(_ note: Diagnostic.Note, in diagnostic: Diagnostic) -> JSONValue {
    guard let range = note.range else {
      return .object([
        ("message", .string(note.message)), ("file", .null), ("line", .null), ("column", .null),
      ])
    }
    return .object([
      ("message", .string(note.message)),
      ("file", .string(note.path ?? diagnostic.path)),
      ("line", .integer(range.start.line)),
      ("column", .integer(range.start.column)),
    ])
  }

  static func fix(_ fix: Diagnostic.FixIt) -> JSONValue {
    .object([
      ("startLine", .integer(fix.range.start.line)),
      ("startColumn", .integer(fix.range.start.column)),
      ("endLine", .integer(fix.range.end.line)),
      ("endColumn", .integer(fix.range.end.column)),
      ("replacement", .string(fix.replacement)),
    ])
  }
}
