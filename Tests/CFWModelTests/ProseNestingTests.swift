import CFWModel
import CFWSyntax
import CFWTestSupport
import Testing

/// Prose that nests without end must not exhaust the stack of the prose parser.
@Suite struct ProseNestingTests {
  static func compile(description lines: [String]) -> CompiledFile {
    let text = (["framework F", "competency A", "  description"] + lines).joined(separator: "\n")
    var compiler = Compiler { _ in nil }
    return compiler.compile(SourceFile(path: "test.cfw", text: text))
  }

  @Test func listsNestedTooDeeplyAreReportedOnceAndReadAsText() {
    let items = (0..<2_000).map { String(repeating: " ", count: 4 + $0) + "- item" }
    let compiled = Self.compile(description: items)
    #expect(compiled.diagnostics.map(\.code) == [.nestingTooDeep])
    #expect(compiled.diagnostics.first?.range.start.line == 3 + Parser.maximumDepth + 1)
    guard case .competency(let competency)? = compiled.framework?.contents.first else {
      Issue.record("no competency")
      return
    }
    var depth = 0
    var blocks = competency.descriptions.first?.blocks ?? []
    while case .list(_, let items)? = blocks.last {
      depth += 1
      blocks = items.first ?? []
    }
    #expect(depth == Parser.maximumDepth)
  }

  /// Lines of 10,000 spans, each inside the one before (by name, to keep failures short).
  static let nestedSpans = [
    "emphasis": String(repeating: "*a **a ", count: 10_000) + "b"
      + String(repeating: " a** a*", count: 10_000),
    "links": String(repeating: "[x", count: 10_000) + String(repeating: "](y)", count: 10_000),
  ]

  @Test(arguments: ["emphasis", "links"])
  func deeplyNestedSpansAreReadWithoutCrashing(kind: String) {
    let compiled = Self.compile(description: ["    " + Self.nestedSpans[kind]!])
    #expect(compiled.diagnostics.isEmpty)
    #expect(compiled.framework != nil)
  }
}
