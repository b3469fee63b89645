import CFWModel
import CFWSyntax

/// One validation rule. Rules look at a compiled file and report diagnostics; they
/// never change the model.
public protocol Rule: Sendable {
  func check(_ context: inout CheckContext)
}

/// What a rule sees, and where it reports.
public struct CheckContext {
  public let compiled: CompiledFile
  /// Lookups into the framework, computed once for all rules.
  public let index: ModelIndex
  public private(set) var diagnostics: [Diagnostic] = []

  public init(compiled: CompiledFile) {
    self.init(compiled: compiled, index: ModelIndex(compiled.framework))
  }

  public init(compiled: CompiledFile, index: ModelIndex) {
    self.compiled = compiled
    self.index = index
  }

  public var file: SourceFile { compiled.file }
  public var framework: Framework? { compiled.framework }

  /// Reports a diagnostic at a byte span of the file.
  public mutating func report(
    _ code: DiagnosticCode, _ message: String, at span: Span, notes: [Diagnostic.Note] = [],
    help: String? = nil, fix: String? = nil
  ) {
    let range = file.range(span)
    diagnostics.append(
      Diagnostic(
        code, message, path: file.path, range: range, notes: notes, help: help,
        fixIt: fix.map { Diagnostic.FixIt(range: range, replacement: $0) }))
  }

  /// Reports a diagnostic at the origin of a model value.
  public mutating func report(
    _ code: DiagnosticCode, _ message: String, at origin: Origin, notes: [Diagnostic.Note] = [],
    help: String? = nil, fix: String? = nil
  ) {
    guard let range = origin.range else { return }
    diagnostics.append(
      Diagnostic(
        code, message, path: origin.path.isEmpty ? file.path : origin.path, range: range,
        notes: notes, help: help,
        fixIt: fix.map { Diagnostic.FixIt(range: range, replacement: $0) }))
  }

  /// "defined at path:line:col" for a model value.
  public func location(_ origin: Origin) -> String {
    guard let range = origin.range else { return origin.path }
    return "\(origin.path):\(range.start.line):\(range.start.column)"
  }
}

/// Runs every rule over compiled files.
public enum Checker {
  /// The rules, in the order their diagnostics are produced (output is sorted anyway).
  public static let rules: [any Rule] = [
    DuplicateIdentifierRule(), NearDuplicateTitleRule(), UnresolvedReferenceRule(),
    LevelOrderRule(), MidpointIndicatorsRule(), EmptyContentRule(), RoleRule(),
    LevelKeywordRule(), LevelLabelRule(), TextHygieneRule(), CodeAndAliasRule(), AttributeRule(),
    CumulativeScaleRule(),
  ]

  /// The diagnostics of a compiled file: its own syntax and resolution diagnostics, then
  /// the rules'. The parser skips only the block it cannot read, so the rules still see
  /// the rest of the file and every error is reported in one run.
  ///
  /// The rules do not depend on each other, so they run side by side on the machine's
  /// cores, each with a context of its own; their diagnostics are joined in the order of
  /// `rules`, so the result is the same as running them one after another.
  public static func check(_ compiled: CompiledFile) -> [Diagnostic] {
    let index = ModelIndex(compiled.framework)
    let found = [[Diagnostic]](concurrentlyMaking: rules.count) { number in
      var context = CheckContext(compiled: compiled, index: index)
      rules[number].check(&context)
      return context.diagnostics
    }
    return Diagnostic.sorted(compiled.diagnostics + found.joined())
  }
}
