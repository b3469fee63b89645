import CFWSyntax

/// Diagnostics for machines: JSON lines, GitHub workflow commands and SARIF.
public enum MachineFormats {
  public static func json(_ diagnostics: [Diagnostic]) -> String { "" }
  public static func github(_ diagnostics: [Diagnostic]) -> String { "" }
  public static func sarif(_ diagnostics: [Diagnostic]) -> String { "" }
}
