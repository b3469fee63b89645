import CFWSyntax

/// `cfw check --format github`: one GitHub Actions workflow command a diagnostic, which
/// GitHub shows as an annotation on the line:
///
///     ::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=CFW201::message
///
/// A warning is `::warning`. Notes (`note: …`) and help (`help: …`) follow the message
/// on lines of their own. Values are escaped as GitHub's toolkit does it.
enum GitHubAnnotations {
  /// The workflow commands for `diagnostics`, each ending in a line feed.
  static func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map { command($0) + "\n" }.joined()
  }

  static func command(_ diagnostic: Diagnostic) -> String {
    let range = diagnostic.range
    let properties = [
      ("file", diagnostic.path),
      ("line", String(range.start.line)),
      ("col", String(range.start.column)),
      ("endLine", String(range.end.line)),
      ("endColumn", String(range.end.column)),
      ("title", diagnostic.code.rawValue),
    ]
    let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
    return "::\(diagnostic.severity.rawValue) \(list)::\(escapeData(text(diagnostic)))"
  }

  /// The message, then each note and the help on a line of its own.
  static func text(_ diagnostic: Diagnostic) -> String {
    var lines = [diagnostic.message]
    for note in diagnostic.notes {
      if let range = note.range {
        let path = note.path ?? diagnostic.path
        lines.append("note: \(note.message) (\(path):\(range.start.line):\(range.start.column))")
      } else {
        lines.append("note: \(note.message)")
      }
    }
    if let help = diagnostic.help { lines.append("help: \(help)") }
    return lines.joined(separator: "\n")
  }

  /// Escapes a command's message: `%`, CR and LF.
  static func escapeData(_ value: String) -> String { escape(value, property: false) }

  /// Escapes a property's value: as a message, and `:` and `,` too.
  static func escapeProperty(_ value: String) -> String { escape(value, property: true) }

  private static func escape(_ value: String, property: Bool) -> String {
    var out = ""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      case ":" where property: out += "%3A"
      case "," where property: out += "%2C"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
