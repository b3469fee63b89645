import CFWCheck
import CFWModel
import CFWSyntax
import CFWSynthetic
import CFWTestSupport
import Testing

/// The synthetic frameworks of the benchmark: deterministic, clean, and shaped like the
/// published frameworks.
@Suite struct SyntheticFrameworkTests {
  func compile(_ synthetic: SyntheticFramework) -> (CompiledFile, [Diagnostic]) {
    var compiler = Compiler(maximumFileSize: Int.max, read: { _ in nil })
    let compiled = compiler.compile(SourceFile(path: "synthetic.cfw", bytes: synthetic.source()))
    return (compiled, Checker.check(compiled))
  }

  @Test func sameSizeAndSeedGiveTheSameBytes() {
    let first = SyntheticFramework(competencies: 50, seed: 7).source()
    #expect(first == SyntheticFramework(competencies: 50, seed: 7).source())
    #expect(first != SyntheticFramework(competencies: 50, seed: 8).source())
  }

  @Test(arguments: [1, 10, 100, 1_000])
  func checksClean(competencies: Int) throws {
    let (compiled, diagnostics) = compile(SyntheticFramework(competencies: competencies))
    let renderer = DiagnosticRenderer(colour: false)
    #expect(
      diagnostics.isEmpty,
      "\(diagnostics.prefix(3).map { renderer.render($0, file: compiled.file) })")
    let framework = try #require(compiled.framework)
    #expect(framework.allCompetencies.count == competencies)
  }

  @Test func hasTheShapeOfAPublishedFramework() throws {
    let (compiled, _) = compile(SyntheticFramework(competencies: 300))
    let framework = try #require(compiled.framework)
    #expect(Set(framework.scales.map(\.levels.count)) == Set(3...8))
    #expect(framework.allGroups.contains { !$0.groups.isEmpty }, "nested groups")
    #expect(framework.roles.count == 12)
    #expect(framework.roles.allSatisfy { !$0.requirements.isEmpty })
    var references = 0
    var themed = 0
    for competency in framework.allCompetencies {
      let scale = try #require(framework.scale(id: competency.scaleID ?? ""))
      let blocks = competency.levels + competency.themes.flatMap(\.levels)
      if !competency.themes.isEmpty { themed += 1 }
      // Every level of its scale, in each theme or directly.
      #expect(blocks.count == scale.levels.count * max(1, competency.themes.count))
      for block in blocks {
        #expect((3...6).contains(block.indicators.count))
        for indicator in block.indicators {
          #expect(
            (10...30).contains(indicator.text.split(separator: " ").count), "\(indicator.text)")
          references += indicator.references.count
        }
      }
      #expect(competency.negatives.first.map { (3...6).contains($0.items.count) } == true)
    }
    #expect(themed > 0)
    #expect(references > 100)
    #expect(framework.externals.map(\.code) == ["REF"])
  }

  @Test func titlesAreDistinctAndNeverNearlyTheSame() {
    let synthetic = SyntheticFramework(competencies: 20_000)
    let titles = (0..<20_000).map(synthetic.competencyTitle)
    #expect(Set(titles.map(Identifier.slug)).count == titles.count)
    var near = 0
    NearDuplicates.pairs(titles) { _, _ in near += 1 }
    #expect(near == 0)
  }
}
