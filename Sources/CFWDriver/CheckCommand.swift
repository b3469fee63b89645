import CFWSyntax

/// `cfw check`: compiles and validates frameworks and reports every problem.
public struct CheckCommand {
  /// How diagnostics are printed.
  public enum Format: String, CaseIterable, Sendable {
    case text, json, github, sarif
  }

  public var paths: [String]
  public var strict = false
  public var format = Format.text
  public var maximumFileSize = 64 << 20

  public init(paths: [String]) { self.paths = paths }

  /// Runs the check; returns the exit status (0 clean, 1 problems, 2 usage or I/O error).
  public func run(_ console: Console) -> Int32 {
    guard let files = FileSystem.frameworkFiles(paths, reportingTo: console) else { return 2 }
    var workspace = Workspace(paths: files, maximumFileSize: maximumFileSize)
    let unreadable = files.filter { path in !workspace.compiled.contains { $0.file.path == path } }
    for path in unreadable { console.err("error: cannot read ‘\(path)’\n") }
    if strict { workspace.makeStrict() }
    console.out(
      DiagnosticOutput.render(
        workspace.diagnostics, files: workspace.files, format: format, colour: console.colour,
        checkedFiles: workspace.files.count))
    if !unreadable.isEmpty { return 2 }
    return workspace.diagnostics.isEmpty ? 0 : 1
  }
}
