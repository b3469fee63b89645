import CFWSyntax

/// `cfw check --format sarif`: one SARIF 2.1.0 log, for code-scanning services.
///
/// The log has one run. Its rules are the codes the diagnostics use, in code order; each
/// result points at its rule by `ruleId` and `ruleIndex`. Notes with a place become
/// related locations, fix-its become fixes, and help follows the message on a line of its
/// own. Files named by relative paths, or inside the current directory, are given
/// relative to the `%SRCROOT%` base. cfw columns count Unicode scalars, so the run says
/// `"columnKind": "unicodeCodePoints"`.
struct SARIFLog {
  static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

  var diagnostics: [Diagnostic]
  /// The directory that absolute paths are made relative to.
  var currentDirectory: String

  /// The codes used, in order: the run's rules.
  var codes: [DiagnosticCode] {
    Set(diagnostics.map(\.code)).sorted { $0.rawValue < $1.rawValue }
  }

  /// The log as indented JSON text, ending in a line feed.
  func render() -> String {
    let codes = codes
    let driver = JSONValue.object([
      ("name", .string("cfw")),
      ("version", .string(CommandLineTool.version)),
      ("rules", .array(codes.map(rule))),
    ])
    let run = JSONValue.object([
      ("tool", .object([("driver", driver)])),
      ("columnKind", .string("unicodeCodePoints")),
      (
        "results", .array(diagnostics.map { result($0, ruleIndex: codes.firstIndex(of: $0.code)!) })
      ),
    ])
    let log = JSONValue.object([
      ("$schema", .string(Self.schema)),
      ("version", .string("2.1.0")),
      ("runs", .array([run])),
    ])
    return log.pretty + "\n"
  }

  func rule(_ code: DiagnosticCode) -> JSONValue {
    .object([
      ("id", .string(code.rawValue)),
      ("name", .string(Self.ruleName(code))),
      ("shortDescription", .object([("text", .string(code.title))])),
      ("fullDescription", .object([("text", .string(code.explanation))])),
      ("defaultConfiguration", .object([("level", .string(code.severity.rawValue))])),
    ])
  }

  /// The code's case name in upper camel case, like `UnknownCompetency`.
  static func ruleName(_ code: DiagnosticCode) -> String {
    let name = String(describing: code)
    return name.prefix(1).uppercased() + name.dropFirst()
  }

  func result(_ diagnostic: Diagnostic, ruleIndex: Int) -> JSONValue {
    var lines = [diagnostic.message]
    var related: [JSONValue] = []
    for note in diagnostic.notes {
      guard let range = note.range else {
        lines.append("note: \(note.message)")
        continue
      }
      related.append(
        .object([
          ("id", .integer(related.count + 1)),
          ("physicalLocation", location(note.path ?? diagnostic.path, range)),
          ("message", .object([("text", .string(note.message))])),
        ]))
    }
    if let help = diagnostic.help { lines.append("help: \(help)") }
    var members: [(key: String, value: JSONValue)] = [
      ("ruleId", .string(diagnostic.code.rawValue)),
      ("ruleIndex", .integer(ruleIndex)),
      ("level", .string(diagnostic.severity.rawValue)),
      ("message", .object([("text", .string(lines.joined(separator: "\n")))])),
      (
        "locations",
        .array([.object([("physicalLocation", location(diagnostic.path, diagnostic.range))])])
      ),
    ]
    if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
    if let fixIt = diagnostic.fixIt { members.append(("fixes", .array([fix(fixIt, diagnostic)]))) }
    return .object(members)
  }

  func fix(_ fixIt: Diagnostic.FixIt, _ diagnostic: Diagnostic) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = []
    if let help = diagnostic.help {
      members.append(("description", .object([("text", .string(help))])))
    }
    let replacement = JSONValue.object([
      ("deletedRegion", region(fixIt.range)),
      ("insertedContent", .object([("text", .string(fixIt.replacement))])),
    ])
    let change = JSONValue.object([
      ("artifactLocation", artifactLocation(diagnostic.path)),
      ("replacements", .array([replacement])),
    ])
    members.append(("artifactChanges", .array([change])))
    return .object(members)
  }

  func location(_ path: String, _ range: SourceRange) -> JSONValue {
    .object([("artifactLocation", artifactLocation(path)), ("region", region(range))])
  }

  func region(_ range: SourceRange) -> JSONValue {
    .object([
      ("startLine", .integer(range.start.line)),
      ("startColumn", .integer(range.start.column)),
      ("endLine", .integer(range.end.line)),
      ("endColumn", .integer(range.end.column)),
    ])
  }

  /// A relative URI under `%SRCROOT%`, or a `file` URI for a file outside the current
  /// directory.
  func artifactLocation(_ path: String) -> JSONValue {
    let base = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
    var relative = path
    if path.hasPrefix("/") {
      guard path.hasPrefix(base) else {
        return .object([("uri", .string("file://" + Self.percentEncoded(Self.normalised(path))))])
      }
      relative = String(path.dropFirst(base.count))
    }
    return .object([
      ("uri", .string(Self.percentEncoded(Self.normalised(relative)))),
      ("uriBaseId", .string("%SRCROOT%")),
    ])
  }

  /// The path without `.` components and repeated slashes.
  static func normalised(_ path: String) -> String {
    let components = path.split(separator: "/", omittingEmptySubsequences: true).filter {
      $0 != "."
    }
    return (path.hasPrefix("/") ? "/" : "") + components.joined(separator: "/")
  }

  /// The path as a URI path: bytes other than unreserved characters, `/` and the
  /// sub-delimiters are percent-encoded (`:` too, so that a first segment is never
  /// read as a scheme).
  static func percentEncoded(_ path: String) -> String {
    let allowed = Set(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=@".utf8)
    var out = ""
    for byte in path.utf8 {
      if allowed.contains(byte) {
        out.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return out
  }
}
