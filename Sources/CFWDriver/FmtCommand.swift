import CFWFormat
import CFWModel
import CFWSyntax

/// `cfw fmt`: rewrites frameworks in the canonical layout.
///
/// A file with syntax errors is reported and left alone. Before a file is written, the
/// original and the formatted text are both compiled, and the file is written only if
/// their frameworks are the same: formatting never changes what a framework says.
public struct FmtCommand {
  public var paths: [String]
  /// Write nothing; list the files that would change.
  public var check = false

  public init(paths: [String]) { self.paths = paths }

  /// What formatting one file came to.
  enum Outcome: Equatable {
    case unchanged
    case changed(formatted: [UInt8])
    case syntaxErrors([Diagnostic])
    /// The formatted text would compile to a different framework (a bug in the formatter).
    case contentWouldChange
  }

  /// Runs the command; returns the exit status (0 formatted or already formatted, 1 files
  /// that would change under `--check` or that could not be formatted, 2 usage or I/O error).
  public func run(_ console: Console) -> Int32 {
    guard let files = FileSystem.frameworkFiles(paths, reportingTo: console) else { return 2 }
    var status: Int32 = 0
    var changed = 0
    for path in files {
      guard let bytes = FileSystem.read(path) else {
        console.err("error: cannot read ‘\(path)’\n")
        status = 2
        continue
      }
      switch FmtCommand.format(bytes, path: path) {
      case .unchanged:
        continue
      case .syntaxErrors(let diagnostics):
        let renderer = DiagnosticRenderer(colour: console.colour)
        let file = SourceFile(path: path, bytes: bytes)
        for diagnostic in diagnostics {
          console.err(renderer.render(diagnostic, file: file) + "\n")
        }
        console.err("error: ‘\(path)’ has syntax errors, so it was not formatted\n")
        status = max(status, 1)
      case .contentWouldChange:
        console.err(
          "error: formatting ‘\(path)’ would change the framework it describes, so it was not formatted (this is a bug in cfw fmt)\n"
        )
        status = max(status, 1)
      case .changed(let formatted):
        changed += 1
        if check {
          console.out("would change: \(path)\n")
          status = max(status, 1)
          continue
        }
        do {
          try FileSystem.writeAtomically(formatted, to: path)
          console.out("formatted \(path)\n")
        } catch {
          console.err("error: \(error)\n")
          status = 2
        }
      }
    }
    if changed == 0, status == 0 {
      console.out("\(files.count) \(files.count == 1 ? "file is" : "files are") formatted\n")
    }
    return status
  }

  /// Formats the file at `path` whose content is `bytes`, checking that the framework
  /// stays the same. Imports are read from disk, relative to `path`.
  static func format(
    _ bytes: [UInt8], path: String, read: @escaping Compiler.Reader = FileSystem.read
  )
    -> Outcome
  {
    let tree = Parser.parse(SourceFile(path: path, bytes: bytes))
    if tree.hasErrors {
      return .syntaxErrors(Diagnostic.sorted(tree.diagnostics.filter { $0.severity == .error }))
    }
    let formatted = Array(Formatter.format(tree).utf8)
    if formatted == bytes { return .unchanged }
    let before = compile(bytes, path: path, read: read)
    let after = compile(formatted, path: path, read: read)
    guard !after.tree.hasErrors, before.framework == after.framework,
      before.externals == after.externals
    else { return .contentWouldChange }
    return .changed(formatted: formatted)
  }

  /// Compiles `bytes` as the file at `path`, reading the files it imports with `read`.
  static func compile(_ bytes: [UInt8], path: String, read: @escaping Compiler.Reader)
    -> CompiledFile
  {
    let key = Path.normalise(path)
    var compiler = Compiler(read: { Path.normalise($0) == key ? bytes : read($0) })
    return compiler.compile(SourceFile(path: path, bytes: bytes))
  }
}
