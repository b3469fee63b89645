import CFWSyntax
import CFWTestSupport
import Foundation
import Testing

@Suite struct ParserTests {
  static func parse(_ text: String) -> SyntaxTree {
    Parser.parse(SourceFile(path: "test.cfw", text: text))
  }

  /// The dump of the tree of `text`, without its first line and final line break.
  static func dump(_ text: String) -> String {
    String(parse(text).dump().split(separator: "\n", maxSplits: 1).last ?? "")
      .trimmingCharacters(in: .newlines)
  }

  /// The code and position of each diagnostic.
  static func diagnostics(_ text: String) -> [String] {
    parse(text).diagnostics.map {
      "\($0.code.rawValue)@\($0.range.start.line):\($0.range.start.column)"
    }
  }

  // MARK: Structure

  @Test func indentationNestsDeclarations() {
    #expect(
      Self.dump(
        """
        group Personal Qualities
          label Cluster One
          competency Self Belief {#self-belief}
            stage 1 Acts with confidence
              - Manages own anxieties
                and appears confident.
        """) == """
          └─ declaration group "Personal Qualities" @1:1
             ├─ declaration label "Cluster One" @2:3
             └─ declaration competency "Self Belief" {#self-belief} @3:3
                └─ declaration stage "1 Acts with confidence" @4:5
                   └─ bullet "Manages own anxieties" "and appears confident." @5:7
          """)
  }

  @Test func commentsAndBlankLinesAreKept() {
    #expect(
      Self.dump(
        """
        # About
        values Our values
          - Honest

          # between bullets
          - Proud
        """) == """
          ├─ comment "# About" @1:1
          └─ declaration values "Our values" @2:1
             ├─ bullet "Honest" @3:3
             ├─ blank @4:1
             ├─ comment "# between bullets" @5:3
             └─ bullet "Proud" @6:3
          """)
  }

  @Test func blankLinesAfterABodyBelongToTheOuterBody() {
    let tree = Self.parse("scale S\n  level 1\n\n\nscale T\n")
    #expect(tree.nodes.count == 4)
    #expect(tree.diagnostics.isEmpty)
  }

  @Test func sectionBodyHoldsProseAndSubsections() {
    #expect(
      Self.dump(
        """
        section Foreword
          Good social care has the potential
          to transform people’s lives.
            section indented further is prose
          section How it is structured
            1. Demonstrating personal qualities
        """) == """
          └─ declaration section "Foreword" @1:1
             ├─ prose "Good social care has the potential" @2:3
             ├─ prose "to transform people’s lives." @3:3
             ├─ prose "section indented further is prose" @4:5
             └─ declaration section "How it is structured" @5:3
                └─ prose "1. Demonstrating personal qualities" @6:5
          """)
  }

  // MARK: Keywords as text

  @Test func keywordInProseIsProse() {
    let source = """
      competency A
        description
          level of detail matters.
          section headings are prose here.
          Values come first.
        level 1
          - x
      """
    #expect(Self.parse(source).diagnostics.isEmpty)
    #expect(
      Self.dump(source).split(separator: "\n").map(String.init) == [
        "└─ declaration competency \"A\" @1:1",
        "   ├─ declaration description @2:3",
        "   │  ├─ prose \"level of detail matters.\" @3:5",
        "   │  ├─ prose \"section headings are prose here.\" @4:5",
        "   │  └─ prose \"Values come first.\" @5:5",
        "   └─ declaration level \"1\" @6:3",
        "      └─ bullet \"x\" @7:5",
      ])
  }

  @Test func bulletContinuationStartingWithAKeywordIsText() {
    #expect(
      Self.dump(
        """
        competency A
          level 1
            - Works with the
              description of the service
              level of care expected.
            - Second
        """) == """
          └─ declaration competency "A" @1:1
             └─ declaration level "1" @2:3
                ├─ bullet "Works with the" "description of the service" "level of care expected." @3:5
                └─ bullet "Second" @6:5
          """)
  }

  @Test func blankLineEndsABullet() {
    #expect(
      Self.diagnostics(
        """
        values V
          - One

            continued after a blank line
        """) == ["CFW006@4:5"])
  }

  // MARK: Errors and recovery

  @Test func oneBadLineGivesOneDiagnosticAndTheRestIsParsed() {
    let source = """
      framework F
      competency A
        lable 1
          indented under the bad line
          - and a bullet
        level 1
          - x
      competency B
      """
    let tree = Self.parse(source)
    #expect(tree.diagnostics.count == 1)
    let diagnostic = tree.diagnostics.first
    #expect(diagnostic?.code == .unknownKeyword)
    #expect(diagnostic?.message == "unknown keyword ‘lable’")
    #expect(diagnostic?.fixIt?.replacement == "label")
    #expect(
      Self.dump(source) == """
        ├─ declaration framework "F" @1:1
        ├─ declaration competency "A" @2:1
        │  └─ declaration level "1" @6:3
        │     └─ bullet "x" @7:5
        └─ declaration competency "B" @8:1
        error[CFW004] @3:3 unknown keyword ‘lable’
        """)
  }

  @Test(arguments: [
    ("competency A\n  publisher P\n  label 1", "CFW005@2:3"),  // allowed, but not here
    ("competency A\n  - loose bullet\n  label 1", "CFW009@2:3"),
    ("values V\n  - One\n  Two\n  - Three", "CFW009@3:3"),
    ("values V\n  - One\n  level 1\n  - Three", "CFW005@3:3"),
    ("competency A\n    label 1\n  label 2\n    audience all", "CFW006@3:3"),
    ("competency A\n  label 1\n    more\n  audience all", "CFW019@3:5"),
    ("competency A\n  label 1 {#one}\n  audience all", "CFW008@2:11"),
    ("competency A {#Self_Belief}\n  label 1", "CFW013@1:14"),
    ("competency\n  label 1", "CFW007@1:1"),
    ("competency A\n  description of it\n    Text.", "CFW008@2:15"),
    ("Framework F\nscale S", "CFW004@1:1"),
  ])
  func misplacedLineGivesOneDiagnostic(source: String, expected: String) {
    #expect(Self.diagnostics(source) == [expected])
  }

  @Test func misplacedDeclarationSaysWhereItBelongs() {
    let diagnostic = Self.parse("competency A\n  publisher P").diagnostics.first
    #expect(diagnostic?.message == "‘publisher’ cannot stand in a competency")
    #expect(
      diagnostic?.help == "‘publisher’ belongs in the framework header or an external framework")
  }

  @Test func nestingDeeperThanTheMaximumIsReportedOnce() {
    // 10,000 groups, each indented one space further than the one before (50 MB of
    // spaces): the parser must stop descending at its maximum depth without running out
    // of stack.
    let count = 10_000
    var text = ""
    text.reserveCapacity(count * (count + 20) / 2)
    for depth in 0..<count {
      text += String(repeating: " ", count: depth) + "group G\(depth)\n"
    }
    let tree = Self.parse(text)
    #expect(tree.diagnostics.map(\.code) == [.nestingTooDeep])
    #expect(tree.diagnostics.first?.range.start.line == Parser.maximumDepth + 1)
    var depth = 0
    var nodes = tree.nodes
    while case .declaration(let group)? = nodes.first {
      depth += 1
      nodes = group.children
    }
    #expect(depth == Parser.maximumDepth)
  }

  // MARK: Golden

  @Test func clfTreeMatchesGolden() throws {
    let url = RepositoryPaths.frameworks.appendingPathComponent("clf.cfw")
    let file = SourceFile(path: "frameworks/clf.cfw", bytes: Array(try Data(contentsOf: url)))
    let tree = Parser.parse(file)
    #expect(!tree.hasErrors)
    Golden.assertMatches(tree.dump(), path: "Tests/Goldens/syntax/clf.txt")
  }
}
