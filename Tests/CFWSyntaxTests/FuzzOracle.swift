import CFWCheck
import CFWEmit
import CFWModel
import CFWSyntax

@testable import CFWDriver

/// Runs one input through the front end, the checks, `fmt` and (when the input is clean)
/// the emitters, and says which invariants it breaks.
///
/// The invariants: every diagnostic, note and fix-it range lies inside its file and agrees
/// with `SourceFile.location`; rendering a diagnostic works; when `fmt` rewrites a file,
/// the rewritten file has no syntax errors, means the same framework and is left as it is
/// by a second `fmt`; and `fmt` never refuses a file without syntax errors (that refusal
/// means the formatter would have changed the framework).
struct FuzzOracle {
  /// The files that imports may read, by normalised path.
  let library: [String: [UInt8]]

  func read(_ path: String) -> [UInt8]? { library[Path.normalise(path)] }

  /// The broken invariants for `bytes` compiled as the file at `path`; empty when all hold.
  func problems(_ bytes: [UInt8], path: String) -> [String] {
    var problems: [String] = []
    let file = SourceFile(path: path, bytes: bytes)
    let library = self.library
    var compiler = Compiler(read: { library[Path.normalise($0)] })
    let compiled = compiler.compile(file)
    let diagnostics = Checker.check(compiled)
    var files = [path: file]
    for other in compiler.files.values { files[other.file.path] = other.file }
    files[path] = file
    let renderer = DiagnosticRenderer(colour: false)
    for diagnostic in diagnostics {
      guard let source = files[diagnostic.path] else {
        problems.append(
          "\(diagnostic.code.rawValue) names a file that was not read: \(diagnostic.path)")
        continue
      }
      let what = "\(diagnostic.code.rawValue) ‘\(diagnostic.message)’"
      problems += FuzzOracle.rangeProblems(diagnostic.range, in: source, what: what)
      if let fixIt = diagnostic.fixIt {
        problems += FuzzOracle.rangeProblems(fixIt.range, in: source, what: what + " (fix-it)")
      }
      for note in diagnostic.notes {
        guard let range = note.range else { continue }
        guard let noteFile = files[note.path ?? diagnostic.path] else {
          problems.append("\(what) has a note in a file that was not read")
          continue
        }
        problems += FuzzOracle.rangeProblems(range, in: noteFile, what: what + " (note)")
      }
      _ = renderer.render(diagnostic, file: source)
    }
    problems += formatProblems(bytes, path: path, compiled: compiled)
    if let framework = compiled.framework, !diagnostics.contains(where: { $0.severity == .error }) {
      _ = BuildCommand.outputs(
        [(name: "fuzz", framework: framework)], formats: OutputFormat.allCases)
    }
    return problems
  }

  /// What `fmt` breaks, if anything.
  func formatProblems(_ bytes: [UInt8], path: String, compiled: CompiledFile) -> [String] {
    switch FmtCommand.format(bytes, path: path, read: read) {
    case .unchanged:
      return []
    case .syntaxErrors:
      return compiled.tree.hasErrors ? [] : ["fmt reported syntax errors the parser did not"]
    case .contentWouldChange:
      return ["fmt refused a file without syntax errors: formatting would change its framework"]
    case .changed(let formatted):
      var problems: [String] = []
      let library = self.library
      var compiler = Compiler(read: { other in
        Path.normalise(other) == Path.normalise(path) ? formatted : library[Path.normalise(other)]
      })
      let after = compiler.compile(SourceFile(path: path, bytes: formatted))
      if after.tree.hasErrors { problems.append("the formatted text has syntax errors") }
      if after.framework != compiled.framework || after.externals != compiled.externals {
        problems.append("the formatted text means a different framework")
      }
      if FmtCommand.format(formatted, path: path, read: read) != .unchanged {
        problems.append("formatting the formatted text changes it again")
      }
      return problems
    }
  }

  /// Whether `range` lies inside `file` and its lines and columns are the ones
  /// `SourceFile.location` gives for its offsets.
  static func rangeProblems(_ range: SourceRange, in file: SourceFile, what: String) -> [String] {
    let start = range.start
    let end = range.end
    guard 0 <= start.offset, start.offset <= end.offset, end.offset <= file.bytes.count else {
      return [
        "\(what): range \(start.offset)..<\(end.offset) is outside the file of \(file.bytes.count) bytes"
      ]
    }
    var problems: [String] = []
    if file.location(start.offset) != start {
      problems.append(
        "\(what): start \(start.line):\(start.column) is not where offset \(start.offset) is")
    }
    if file.location(end.offset) != end {
      problems.append("\(what): end \(end.line):\(end.column) is not where offset \(end.offset) is")
    }
    return problems
  }
}
