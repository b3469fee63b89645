import CFWSyntax

/// Renders a list of diagnostics in one of the `check` formats.
public enum DiagnosticOutput {
  public static func render(
    _ diagnostics: [Diagnostic], files: [String: SourceFile], format: CheckCommand.Format,
    colour: Bool, checkedFiles: Int
  ) -> String {
    switch format {
    case .text:
      let renderer = DiagnosticRenderer(colour: colour)
      var out = ""
      for diagnostic in diagnostics {
        out += renderer.render(diagnostic, file: files[diagnostic.path]) + "\n"
      }
      let errors = diagnostics.filter { $0.severity == .error }.count
      out +=
        DiagnosticRenderer.summary(
          errors: errors, warnings: diagnostics.count - errors, files: checkedFiles) + "\n"
      return out
    case .json:
      return MachineFormats.json(diagnostics)
    case .github:
      return MachineFormats.github(diagnostics)
    case .sarif:
      return MachineFormats.sarif(diagnostics)
    }
  }
}
