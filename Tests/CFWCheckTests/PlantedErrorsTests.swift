import CFWCheck
import CFWModel
import CFWSyntax
import CFWTestSupport
import Foundation
import Testing

/// Files with known mistakes: every mistake is reported once, at its place, and nothing
/// else is.
@Suite struct PlantedErrorsTests {
  /// Compiles an entry file from disk (with its imports) and checks every file read.
  func diagnostics(_ path: String) -> (diagnostics: [Diagnostic], files: [String: SourceFile]) {
    let root = RepositoryPaths.root.path + "/"
    var compiler = Compiler(read: { path in
      FileManager.default.contents(atPath: root + path).map { [UInt8]($0) }
    })
    compiler.compile(path: path)
    var all: [Diagnostic] = []
    var files: [String: SourceFile] = [:]
    for compiled in compiler.files.values {
      files[compiled.file.path] = compiled.file
      all += Checker.check(compiled)
    }
    return (Diagnostic.sorted(all), files)
  }

  func render(_ result: (diagnostics: [Diagnostic], files: [String: SourceFile])) -> String {
    let renderer = DiagnosticRenderer(colour: false)
    return result.diagnostics.map { renderer.render($0, file: result.files[$0.path]) }.joined(
      separator: "\n")
  }

  @Test func sixPlantedErrorsAreReportedAndNothingElse() {
    let result = diagnostics("Tests/Fixtures/planted/planted.cfw")
    let found = result.diagnostics.map {
      "\($0.code.rawValue) \(Path.lastComponent($0.path)):\($0.range.start.line):\($0.range.start.column)"
    }
    #expect(
      found == [
        "CFW004 planted.cfw:13:5", "CFW301 planted.cfw:18:11", "CFW202 planted.cfw:25:11",
        "CFW101 planted.cfw:29:3", "CFW201 planted.cfw:39:12", "CFW104 shared.cfw:6:8",
      ])
    #expect(
      result.diagnostics.first { $0.code == .unknownCompetency }?.help?.contains(
        "did you mean ‘Delivering at pace’") == true)
    Golden.assertMatches(render(result), path: "Tests/Goldens/planted/planted.txt")
  }

  /// Each contradiction of the source documents, written the way the source has it,
  /// draws a diagnostic.
  @Test(arguments: [
    ("public-service-stages", ["CFW004", "CFW405"]),
    ("adult-social-care-vision", ["CFW201"]),
    ("cherwell-themes", ["CFW101", "CFW102"]),
    ("mansfield-names", ["CFW201", "CFW201"]),
  ])
  func sourceContradictions(name: String, codes: [String]) {
    let result = diagnostics("Tests/Fixtures/contradictions/\(name).cfw")
    #expect(result.diagnostics.map(\.code.rawValue).sorted() == codes.sorted())
    Golden.assertMatches(render(result), path: "Tests/Goldens/contradictions/\(name).txt")
  }

  @Test func suggestionsNameTheCanonicalForm() {
    let vision = diagnostics("Tests/Fixtures/contradictions/adult-social-care-vision.cfw")
      .diagnostics
    #expect(
      vision.first?.help?.contains(
        "Influencing the vision of the wider health and social care system") == true)
    let names = diagnostics("Tests/Fixtures/contradictions/mansfield-names.cfw").diagnostics
    #expect(names.contains { $0.help?.contains("‘Building capability for all’") == true })
    #expect(names.contains { $0.help?.contains("‘Delivering at pace’") == true })
  }
}
