import CFWCheck
import CFWModel
import CFWSyntax
import Foundation
import Testing

/// Loads frameworks for tests.
package enum TestFrameworks {
  /// Compiles the file at `url` and returns its framework, recording a test issue for
  /// every error diagnostic.
  package static func load(_ url: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> Framework?
  {
    var compiler = Compiler(read: { path in
      FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    })
    guard let compiled = compiler.compile(path: url.path) else {
      Issue.record("cannot read \(url.path)", sourceLocation: sourceLocation)
      return nil
    }
    let errors = Checker.check(compiled).filter { $0.severity == .error }
    let renderer = DiagnosticRenderer(colour: false)
    for error in errors {
      Issue.record(
        Comment(rawValue: renderer.render(error, file: compiled.file)),
        sourceLocation: sourceLocation)
    }
    return compiled.framework
  }

  /// Every bundled framework (libraries of external frameworks excluded), with the base
  /// name of its file, sorted by name.
  package static func bundled() -> [(name: String, framework: Framework)] {
    RepositoryPaths.frameworkFiles.compactMap { url in
      guard let framework = load(url) else { return nil }
      return (url.deletingPathExtension().lastPathComponent, framework)
    }
  }

  /// Compiles source text held in memory (with optional other in-memory files for
  /// imports) and returns the compiled file and all its diagnostics, checks included.
  package static func compile(
    _ text: String, path: String = "test.cfw", files: [String: String] = [:]
  ) -> (compiled: CompiledFile, diagnostics: [Diagnostic]) {
    var all = files
    all[path] = text
    let snapshot = all
    var compiler = Compiler(read: { path in snapshot[path].map { Array($0.utf8) } })
    let compiled = compiler.compile(SourceFile(path: path, text: text))
    return (compiled, Checker.check(compiled))
  }
}
