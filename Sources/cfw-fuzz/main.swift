import CFWCheck
import CFWDriver
import CFWEmit
import CFWFormat
import CFWModel
import CFWSyntax

/// libFuzzer's entry point: runs one input through the whole front end (lexer, parser,
/// compiler, checker), the formatter and, when the input compiles without errors, every
/// emitter, and traps when an invariant breaks.
///
/// Invariants: every diagnostic's range lies inside the file and agrees with
/// `SourceFile.location`; when the input has no syntax errors, its formatted text has
/// none either, means the same framework and formats to itself.
///
/// Build and run it as docs/reliability.md says (`swift build -c release --sanitize fuzzer
/// --product cfw-fuzz`). Built without the fuzzer sanitizer, the program does nothing:
/// this file has no top-level code, so `swift build` still compiles the entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func cfwFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let path = "fuzz.cfw"
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let file = SourceFile(path: path, bytes: bytes)
  var compiler = Compiler(read: { _ in nil })
  let compiled = compiler.compile(file)
  let diagnostics = Checker.check(compiled)
  for diagnostic in diagnostics where diagnostic.path == path {
    let range = diagnostic.range
    precondition(0 <= range.start.offset && range.start.offset <= range.end.offset)
    precondition(range.end.offset <= bytes.count, "diagnostic range past the end of the file")
    precondition(file.location(range.start.offset) == range.start, "start location disagrees")
    precondition(file.location(range.end.offset) == range.end, "end location disagrees")
    _ = DiagnosticRenderer(colour: false).render(diagnostic, file: file)
  }
  if !compiled.tree.hasErrors {
    let formatted = Formatter.format(compiled.tree)
    var again = Compiler(read: { _ in nil })
    let reformatted = again.compile(SourceFile(path: path, text: formatted))
    precondition(!reformatted.tree.hasErrors, "formatted text has syntax errors")
    precondition(reformatted.framework == compiled.framework, "formatting changed the framework")
    precondition(reformatted.externals == compiled.externals, "formatting changed the externals")
    precondition(Formatter.format(reformatted.tree) == formatted, "formatting is not idempotent")
  }
  if let framework = compiled.framework, !diagnostics.contains(where: { $0.severity == .error }) {
    _ = BuildCommand.outputs([(name: "fuzz", framework: framework)], formats: OutputFormat.allCases)
  }
  return 0
}
