import CFWEmit
import CFWModel
import CFWTestSupport
import Testing

@Suite struct HTMLStructureTests {
  @Test func sampleHandbookIsWellStructured() {
    let framework = HTMLSampleFramework.framework
    let problems = HTMLStructureCheck.problems(
      HTMLEmitterTests.html(framework), language: framework.language,
      proseLinks: HTMLStructureCheck.proseLinks(framework),
      localFiles: Self.paths(framework, name: "sample"))
    #expect(problems == [])
  }

  @Test func bundledHandbooksAreWellStructured() {
    for (name, framework) in TestFrameworks.bundled() {
      let problems = HTMLStructureCheck.problems(
        HTMLEmitterTests.html(framework, name: name), language: framework.language,
        proseLinks: HTMLStructureCheck.proseLinks(framework),
        localFiles: Self.paths(framework, name: name))
      #expect(problems == [], "\(name)")
    }
  }

  /// The paths of the files written with a framework's handbook: its roles' pages.
  static func paths(_ framework: Framework, name: String) -> Set<String> {
    Set(HTMLEmitter().emit(framework, name: name).map(\.path))
  }

  @Test func deeplyNestedGroupsKeepHeadingsWithinSix() {
    var inner = Member.competency(Competency(id: "deep", title: "Deep"))
    for depth in (1...7).reversed() {
      inner = .group(Group(id: "level-\(depth)", title: "Level \(depth)", members: [inner]))
    }
    guard case .group(let outer) = inner else { return }
    let framework = Framework(id: "deep", title: "Deep", contents: [.group(outer)])
    let html = HTMLEmitterTests.html(framework)
    #expect(HTMLStructureCheck.problems(html, language: "en-GB", proseLinks: []) == [])
    #expect(html.contains("<h6>Deep</h6>"))
    #expect(!html.contains("<h7"))
  }

  /// The checks themselves must catch what they look for.
  @Test func checksCatchBrokenDocuments() {
    let broken = """
      <!doctype html>
      <html><head><style>@import "x.css";</style></head><body>
      <h1>A</h1><h3>B</h3><h1>C</h1><header></header><main></main>
      <a href="#missing">x</a><a href="https://tracker.example">y</a>
      <img src="https://example.org/x.png"><script>alert(1)</script>
      <table><tr><th>x</th></tr></table><p id="p"></p><p id="p"></p>
      </body></html>
      """
    let problems = HTMLStructureCheck.problems(broken, language: "en-GB", proseLinks: [])
    #expect(
      problems == [
        "2 h1 elements, not 1",
        "heading h3 follows h1",
        "0 nav elements, not 1",
        "lang is missing, not en-GB",
        "no <meta charset=\"utf-8\">",
        "no viewport <meta>",
        "duplicate id p",
        "no id for href=\"#missing\"",
        "external href=\"https://tracker.example\" is not a prose link",
        "<img> element",
        "src=\"https://example.org/x.png\"",
        "<script> element",
        "a table without a caption first",
        "a th without scope",
        "style sheet contains @import",
      ])
  }
}
