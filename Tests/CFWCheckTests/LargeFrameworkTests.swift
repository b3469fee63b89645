import CFWCheck
import CFWModel
import CFWSyntax
import CFWSynthetic
import Foundation
import Testing

/// A very large framework goes through `cfw check` (compile and check, the code the
/// command runs) to the end, with no diagnostics. Not timed.
///
/// The benchmark (`swift run -c release cfw-bench`) runs 100,000 competencies through the
/// `cfw check` executable. A debug build is about ten times slower than a release build,
/// so this test uses 10,000 competencies (about 65 MB of source) unless
/// `CFW_LARGE_COMPETENCIES` asks for another size, such as 100000.
@Suite struct LargeFrameworkTests {
  static var size: Int {
    ProcessInfo.processInfo.environment["CFW_LARGE_COMPETENCIES"].flatMap { Int($0) } ?? 10_000
  }

  @Test func aLargeFrameworkChecksToTheEnd() throws {
    let size = LargeFrameworkTests.size
    let source = SyntheticFramework(competencies: size).source()
    var compiler = Compiler(maximumFileSize: Int.max, read: { _ in nil })
    let compiled = compiler.compile(SourceFile(path: "synthetic.cfw", bytes: source))
    let diagnostics = Checker.check(compiled)
    #expect(diagnostics.isEmpty)
    let framework = try #require(compiled.framework)
    #expect(framework.allCompetencies.count == size)
  }
}
