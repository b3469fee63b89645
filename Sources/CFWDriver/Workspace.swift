import CFWCheck
import CFWModel
import CFWSyntax

/// A set of frameworks compiled and checked together: what `check` and `build` share.
public struct Workspace {
  /// The files named on the command line (after searching directories).
  public var paths: [String]
  /// Each named file's compilation.
  public var compiled: [CompiledFile] = []
  /// Every diagnostic, of the named files and of the files they import, sorted.
  public var diagnostics: [Diagnostic] = []
  /// Every source file read, by path, for rendering diagnostics.
  public var files: [String: SourceFile] = [:]

  /// Compiles and checks the files at `paths`.
  public init(paths: [String], maximumFileSize: Int = 64 << 20) {
    self.paths = paths
    var compiler = Compiler(maximumFileSize: maximumFileSize, read: FileSystem.read)
    var checked = Set<String>()
    var all: [Diagnostic] = []
    for path in paths {
      guard let file = compiler.compile(path: path) else { continue }
      compiled.append(file)
    }
    for file in compiler.files.values.sorted(by: { $0.file.path < $1.file.path }) {
      files[file.file.path] = file.file
      if checked.insert(file.file.path).inserted { all += Checker.check(file) }
    }
    diagnostics = Diagnostic.sorted(all)
  }

  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

  /// Raises every warning to an error (`--strict`).
  public mutating func makeStrict() {
    diagnostics = diagnostics.map { diagnostic in
      var diagnostic = diagnostic
      diagnostic.severity = .error
      return diagnostic
    }
  }
}
