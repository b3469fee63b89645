import CFWDriver
import CFWSyntax
import CFWTestSupport
import Foundation
import Testing

/// `cfw check --format json|github|sarif`: goldens of the built binary's output, the SARIF
/// schema, GitHub's workflow-command syntax and the JSON Lines fields.
@Suite struct MachineFormatTests {
  static let planted = "Tests/Fixtures/planted/planted.cfw"
  static let sarifSchema = RepositoryPaths.fixtures.appendingPathComponent(
    "schemas/sarif-schema-2.1.0.json"
  ).path

  /// Runs the built `cfw check --format FORMAT` from the repository root.
  func check(_ format: String, _ paths: String...) throws -> ExternalTools.Output {
    try ExternalTools.run(
      CommandLineTests.binary, ["check", "--format", format] + paths,
      environment: ["NO_COLOR": "1"],
      currentDirectory: RepositoryPaths.root)
  }

  /// Diagnostics that reach what planted.cfw does not: a warning, notes with and without a
  /// place, a fix-it that inserts, characters every format must escape, and paths with
  /// awkward characters, inside and outside the current directory.
  static let awkward: [Diagnostic] = {
    let file = SourceFile(
      path: "dir,with:odd%name é.cfw", text: "framework Café  au lait\n  publisher Ünïcode\n")
    let message = "100% sure, really: yes\r\nsecond line \"quoted\" \\ with a\ttab and \u{01}"
    let warning = Diagnostic(
      .doubledSpace, message, path: file.path, range: file.range(15, 17),
      notes: [
        Diagnostic.Note("a note with no place"),
        Diagnostic.Note("a note in the same file", range: file.range(27, 36)),
      ],
      fixIt: Diagnostic.FixIt(range: file.range(15, 17), replacement: " \"\n"))
    let outside = Diagnostic(
      .importNotFound, "cannot read ‘x y.cfw’", path: "/elsewhere/./x y.cfw",
      range: SourceFile(path: "/elsewhere/./x y.cfw", text: "").range(0, 0),
      notes: [Diagnostic.Note("imported here", path: file.path, range: file.range(0, 9))],
      help: "check the path, %s and all")
    let inside = Diagnostic(
      .unknownCompetency, "unknown competency ‘A, B: C’", path: "/repo/sub//./a.cfw",
      range: file.range(0, 9), help: "did you mean ‘A’?",
      fixIt: Diagnostic.FixIt(range: file.range(10, 10), replacement: "A"))
    return [warning, outside, inside]
  }()

  // MARK: Goldens and exit status

  @Test(arguments: [("json", "jsonl"), ("github", "github.txt"), ("sarif", "sarif")])
  func plantedMatchesTheGolden(format: String, extension: String) throws {
    let result = try check(format, Self.planted)
    #expect(result.status == 1)
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    Golden.assertMatches(result.stdout, path: "Tests/Goldens/machine/planted.\(`extension`)")
  }

  @Test(arguments: ["json", "github", "sarif"])
  func exitStatusIsKept(format: String) throws {
    let clean = try check(format, "frameworks/mansfield-ashfield.cfw")
    #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
    if format == "sarif" {
      let log = try Self.object(clean.stdout)
      let run = try #require((log["runs"] as? [[String: Any]])?.first)
      #expect((run["results"] as? [Any])?.isEmpty == true)
    } else {
      #expect(clean.stdout.isEmpty, "\(clean.stdout)")
    }
    let missing = try check(format, "no-such-file.cfw")
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no-such-file.cfw"))
  }

  @Test func outputIsDeterministic() throws {
    for format in ["json", "github", "sarif"] {
      #expect(try check(format, Self.planted).stdout == check(format, Self.planted).stdout)
    }
  }

  // MARK: SARIF

  /// Writes a text to a fresh temporary file and returns its path.
  static func temporaryFile(_ text: String, name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-sarif-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Runs `check-jsonschema` with the SARIF schema; nil when it is not installed.
  static func validateSARIF(_ text: String, name: String) throws -> ExternalTools.Output? {
    guard let tool = ExternalTools.require("check-jsonschema") else { return nil }
    let path = try temporaryFile(text, name: name)
    return try ExternalTools.run(tool, ["--schemafile", sarifSchema, path])
  }

  @Test func sarifIsValid() throws {
    let planted = try check("sarif", Self.planted).stdout
    let awkward = MachineFormats.sarif(Self.awkward, currentDirectory: "/repo")
    for (name, log) in [("planted.sarif", planted), ("awkward.sarif", awkward)] {
      guard let output = try Self.validateSARIF(log, name: name) else { return }
      #expect(output.status == 0, "\(name): \(output.stdout)\(output.stderr)")
    }
  }

  @Test(arguments: [
    (#""level": "error""#, #""level": "fatal""#, "'fatal' is not one of"),
    (#""version": "2.1.0""#, #""version": "2.0.0""#, "'2.0.0' is not one of"),
    (#""startLine": 13"#, #""startLine": 0"#, "less than the minimum of 1"),
    (#""columnKind": "unicodeCodePoints""#, #""columnKind": "characters""#, "is not one of"),
    (#""ruleIndex": 0,"#, #""ruleIndex": "0","#, "is not of type 'integer'"),
  ])
  func brokenSarifIsRejected(find: String, replacement: String, message: String) throws {
    let valid = try check("sarif", Self.planted).stdout
    let range = try #require(valid.range(of: find), "the log has no \(find)")
    let broken = valid.replacingCharacters(in: range, with: replacement)
    guard let output = try Self.validateSARIF(broken, name: "broken.sarif") else { return }
    #expect(output.status != 0, "a log with \(replacement) was accepted")
    #expect(output.stdout.contains(message), "\(output.stdout)\(output.stderr)")
  }

  @Test func sarifRulesAndResultsAgree() throws {
    let log = try Self.object(try check("sarif", Self.planted).stdout)
    #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
    #expect(log["version"] as? String == "2.1.0")
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "cfw")
    #expect(driver["version"] as? String == CommandLineTool.version)
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let ids = rules.compactMap { $0["id"] as? String }
    #expect(ids == ["CFW004", "CFW101", "CFW104", "CFW201", "CFW202", "CFW301"])
    for rule in rules {
      let code = try #require(DiagnosticCode(rawValue: rule["id"] as? String ?? ""))
      #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == code.title)
      #expect((rule["fullDescription"] as? [String: Any])?["text"] as? String == code.explanation)
    }
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 6)
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(ids[index] == result["ruleId"] as? String)
      #expect(result["level"] as? String == "error")
    }
  }

  @Test func sarifCarriesNotesFixesAndPaths() throws {
    let log = try Self.object(MachineFormats.sarif(Self.awkward, currentDirectory: "/repo/"))
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    try #require(results.count == 3)
    let warning = results[0]
    #expect(warning["level"] as? String == "warning")
    #expect(
      (warning["message"] as? [String: Any])?["text"] as? String
        == Self.awkward[0].message + "\nnote: a note with no place")
    let related = try #require(warning["relatedLocations"] as? [[String: Any]])
    #expect(related.count == 1)
    #expect(
      (related[0]["message"] as? [String: Any])?["text"] as? String == "a note in the same file")
    #expect(Self.region(related[0]) == [2, 3, 2, 12])
    #expect(Self.uri(related[0]) == "dir,with%3Aodd%25name%20%C3%A9.cfw")
    #expect(Self.region(warning) == [1, 15, 1, 17], "columns count Unicode scalars, not bytes")
    let change = try #require(
      ((warning["fixes"] as? [[String: Any]])?.first?["artifactChanges"] as? [[String: Any]])?.first
    )
    let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
    #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == " \"\n")
    let outside = try #require((results[1]["locations"] as? [[String: Any]])?.first)
    #expect(Self.uri(outside) == "file:///elsewhere/x%20y.cfw")
    #expect(Self.artifact(outside)?["uriBaseId"] == nil)
    let inside = try #require((results[2]["locations"] as? [[String: Any]])?.first)
    #expect(Self.uri(inside) == "sub/a.cfw")
    #expect(Self.artifact(inside)?["uriBaseId"] as? String == "%SRCROOT%")
  }

  static func artifact(_ location: [String: Any]) -> [String: Any]? {
    (location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
  }

  static func uri(_ location: [String: Any]) -> String? { artifact(location)?["uri"] as? String }

  static func region(_ location: [String: Any]) -> [Int] {
    let location = (location["locations"] as? [[String: Any]])?.first ?? location
    let region =
      (location["physicalLocation"] as? [String: Any])?["region"] as? [String: Any] ?? [:]
    return ["startLine", "startColumn", "endLine", "endColumn"].compactMap { region[$0] as? Int }
  }

  // MARK: GitHub

  /// A workflow command as GitHub documents it; `%` appears only in the toolkit's escapes.
  static var workflowCommand: Regex<AnyRegexOutput> {
    try! Regex(
      #"^::(error|warning) file=((?:[^%,:\r\n]|%25|%0D|%0A|%3A|%2C)+),line=[1-9][0-9]*,col=[1-9][0-9]*,endLine=[1-9][0-9]*,endColumn=[1-9][0-9]*,title=CFW[0-9]{3}::((?:[^%\r\n]|%25|%0D|%0A)*)$"#
    )
  }

  @Test func githubLinesMatchTheWorkflowCommandSyntax() throws {
    let planted = try check("github", Self.planted).stdout
    let awkward = MachineFormats.github(Self.awkward)
    for output in [planted, awkward] {
      #expect(output.hasSuffix("\n"))
      for line in output.dropLast().split(separator: "\n", omittingEmptySubsequences: false) {
        #expect(line.wholeMatch(of: Self.workflowCommand) != nil, "\(line)")
      }
    }
    #expect(planted.split(separator: "\n").count == 6)
  }

  @Test func githubEscapesAsTheToolkitDoes() throws {
    let lines = MachineFormats.github(Self.awkward).split(separator: "\n")
    try #require(lines.count == 3)
    #expect(
      lines[0].hasPrefix(
        "::warning file=dir%2Cwith%3Aodd%25name é.cfw,line=1,col=15,endLine=1,endColumn=17,title=CFW403::"
      ))
    #expect(
      lines[0].hasSuffix(
        "::100%25 sure, really: yes%0D%0Asecond line \"quoted\" \\ with a\ttab and \u{01}"
          + "%0Anote: a note with no place%0Anote: a note in the same file (dir,with:odd%25name é.cfw:2:3)"
      ))
    let match = try #require(lines[0].wholeMatch(of: Self.workflowCommand))
    let file = try #require(match.output[2].substring)
    let message = try #require(match.output[3].substring)
    #expect(Self.unescape(String(file)) == Self.awkward[0].path)
    #expect(Self.unescape(String(message)).hasPrefix(Self.awkward[0].message + "\nnote: "))
    #expect(
      lines[1].hasPrefix(
        "::error file=/elsewhere/./x y.cfw,line=1,col=1,endLine=1,endColumn=1,title=CFW103::"))
    #expect(lines[1].hasSuffix("%0Ahelp: check the path, %25s and all"))
  }

  /// Undoes the toolkit's escapes: `%25` last, so that it makes no new escape.
  static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
      .replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")
      .replacingOccurrences(of: "%25", with: "%")
  }

  // MARK: JSON Lines

  static let fields = [
    "code", "severity", "message", "file", "startLine", "startColumn", "endLine", "endColumn",
    "notes",
    "help", "fix",
  ]

  @Test func jsonLinesCarryEveryField() throws {
    let planted = try check("json", Self.planted).stdout
    let awkward = MachineFormats.json(Self.awkward)
    for output in [planted, awkward] {
      #expect(output.hasSuffix("\n"))
      for line in output.dropLast().split(separator: "\n", omittingEmptySubsequences: false) {
        let object = try Self.object(String(line))
        #expect(Set(object.keys) == Set(Self.fields), "\(line)")
        let positions = Self.fields.compactMap { line.range(of: "\"\($0)\":")?.lowerBound }
        #expect(
          positions == positions.sorted() && positions.count == Self.fields.count,
          "members in order: \(line)")
        for note in object["notes"] as? [[String: Any]] ?? [] {
          #expect(Set(note.keys) == ["message", "file", "line", "column"])
        }
        if let fix = object["fix"] as? [String: Any] {
          #expect(
            Set(fix.keys) == ["startLine", "startColumn", "endLine", "endColumn", "replacement"])
        } else {
          #expect(object["fix"] is NSNull)
        }
      }
    }
    #expect(planted.split(separator: "\n").count == 6)
  }

  @Test func jsonLinesKeepTheText() throws {
    let lines = MachineFormats.json(Self.awkward).split(separator: "\n").map(String.init)
    try #require(lines.count == 3)
    let warning = try Self.object(lines[0])
    #expect(warning["code"] as? String == "CFW403")
    #expect(warning["severity"] as? String == "warning")
    #expect(warning["message"] as? String == Self.awkward[0].message)
    #expect(warning["file"] as? String == "dir,with:odd%name é.cfw")
    #expect(warning["startColumn"] as? Int == 15)
    #expect(warning["help"] is NSNull)
    let notes = try #require(warning["notes"] as? [[String: Any]])
    #expect(
      notes[0]["file"] is NSNull && notes[0]["line"] is NSNull && notes[0]["column"] is NSNull)
    #expect(
      notes[1]["file"] as? String == "dir,with:odd%name é.cfw",
      "a note without a path is in the same file")
    #expect(notes[1]["line"] as? Int == 2)
    #expect((warning["fix"] as? [String: Any])?["replacement"] as? String == " \"\n")
    let controls = String(String.UnicodeScalarView((0...0x1F).compactMap(Unicode.Scalar.init)))
    var diagnostic = Self.awkward[2]
    diagnostic.message = controls + "\"\\/\u{7F}\u{2028}é😀"
    let line = MachineFormats.json([diagnostic])
    #expect(try Self.object(line)["message"] as? String == diagnostic.message)
    #expect(
      line.contains(#"\u0000\u0001"#) && line.contains(#"\b\t\n\u000b\f\r"#) && line.contains("é😀"))
  }

  static func object(_ text: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [String: Any])
  }
}
