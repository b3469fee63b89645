import CFWSyntax
import Foundation

/// Diagnostics for machines: JSON Lines, GitHub workflow commands and SARIF.
public enum MachineFormats {
  /// One JSON object a line, one line a diagnostic (see `JSONDiagnostics`).
  public static func json(_ diagnostics: [Diagnostic]) -> String {
    JSONDiagnostics.render(diagnostics)
  }

  /// One GitHub Actions workflow command a diagnostic (see `GitHubAnnotations`).
  public static func github(_ diagnostics: [Diagnostic]) -> String {
    GitHubAnnotations.render(diagnostics)
  }

  /// One SARIF 2.1.0 log (see `SARIFLog`). Absolute paths inside `currentDirectory` are
  /// written relative to it.
  public static func sarif(
    _ diagnostics: [Diagnostic],
    currentDirectory: String = FileManager.default.currentDirectoryPath
  ) -> String {
    SARIFLog(diagnostics: diagnostics, currentDirectory: currentDirectory).render()
  }
}
