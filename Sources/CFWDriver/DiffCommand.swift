import CFWDiff
import CFWModel
import CFWSyntax

/// `cfw diff`: compares two versions of a framework and prints what changed.
public struct DiffCommand {
  public var oldPath: String
  public var newPath: String
  public var format = DiffReport.Format.text
  /// Exit 1 when a change is breaking.
  public var breaking = false

  public init(oldPath: String, newPath: String) {
    self.oldPath = oldPath
    self.newPath = newPath
  }

  /// Runs the diff; returns the exit status (0 success, 1 breaking changes with
  /// `--breaking`, 2 usage or I/O error, or a version that does not compile).
  public func run(_ console: Console) -> Int32 {
    guard let old = load(oldPath, console), let new = load(newPath, console) else { return 2 }
    let diff = FrameworkDiff(old: old, new: new)
    console.out(DiffReport(oldName: oldPath, newName: newPath, diff: diff).render(format))
    return breaking && diff.hasBreakingChanges ? 1 : 0
  }

  /// The framework of the file at `path`, or nil after reporting why there is none: the
  /// file cannot be read, has errors, or declares no framework.
  func load(_ path: String, _ console: Console) -> Framework? {
    guard FileSystem.read(path) != nil else {
      console.err("error: cannot read ‘\(path)’\n")
      return nil
    }
    let workspace = Workspace(paths: [path])
    let errors = workspace.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      console.err(
        DiagnosticOutput.render(
          errors, files: workspace.files, format: .text, colour: console.colour,
          checkedFiles: workspace.files.count))
      console.err("error: ‘\(path)’ does not compile; fix it before comparing\n")
      return nil
    }
    guard let framework = workspace.compiled.first?.framework else {
      console.err("error: ‘\(path)’ declares no framework\n")
      return nil
    }
    return framework
  }
}
