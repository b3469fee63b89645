import CFWCheck
import CFWEmit
import CFWModel
import CFWSyntax
import CFWTestSupport
import Foundation
import Testing

/// Tests/Fixtures/hostile/hostile.cfw puts markup, script, quotes, Swift string syntax,
/// backslashes, control characters, right-to-left text and emoji in every text field.
/// Whatever a framework says must reach each output as text: no element or attribute in
/// the HTML, valid JSON holding every string exactly, Swift whose strings are the
/// originals (SwiftCompileTests compiles this fixture with the others).
@Suite struct HostileFixtureTests {
  /// The payload as the model holds it (`\\(` in the file is `\(` here).
  static let payload =
    "<script>alert(\"x\")</script> </style> \"\u{301} ' & \\( \"\"\" #\" \\ end \u{1B}\u{7} שלום مرحبا \u{202E}cba\u{202C} 😀 👩‍👩‍👧 javascript:alert(1) data:text/html,<b>x</b>"

  /// The fields of the fixture, each holding `tag: payload`.
  static let tags = [
    "framework", "subtitle", "publisher", "version", "licence", "section", "paragraph",
    "list item", "values", "value", "scale", "level label", "level prose", "second level label",
    "group", "group label", "group audience", "group description", "competency",
    "competency label", "competency audience", "competency description", "audience",
    "audience description", "behaviours", "behaviour", "level title", "indicator",
    "second indicator", "indicators", "level-independent indicator", "theme", "theme indicator",
    "negative", "negative indicator", "role", "role label",
  ]

  static let expected = tags.map { $0 + ": " + payload }

  static let fixture = RepositoryPaths.fixtures.appendingPathComponent("hostile/hostile.cfw")

  /// Compiles fixture text; the diagnostics include the checks'.
  static func compile(_ bytes: [UInt8], path: String) -> (
    framework: Framework?, diagnostics: [Diagnostic]
  ) {
    var compiler = Compiler(read: { _ in nil })
    let compiled = compiler.compile(SourceFile(path: path, bytes: bytes))
    return (compiled.framework, Checker.check(compiled))
  }

  static let source = FileManager.default.contents(atPath: fixture.path).map { [UInt8]($0) } ?? []
  static let hostile = compile(source, path: "hostile.cfw")

  /// The same fixture with every payload replaced by plain words.
  static let benign: Framework? = {
    let file = String(decoding: source, as: UTF8.self)
    let inFile = payload.replacingOccurrences(of: "\\(", with: "\\\\(")
    return compile(
      Array(file.replacingOccurrences(of: inFile, with: "plain words").utf8), path: "hostile.cfw"
    ).framework
  }()

  /// Every string value in a JSON document.
  static func strings(_ value: Any) -> [String] {
    switch value {
    case let string as String: return [string]
    case let array as [Any]: return array.flatMap(strings)
    case let object as [String: Any]: return object.keys.sorted() + object.values.flatMap(strings)
    default: return []
    }
  }

  @Test func theFixtureCompilesWithWarningsOnlyAndKeepsEveryField() throws {
    let framework = try #require(Self.hostile.framework)
    let errors = Self.hostile.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.message))")
    #expect(Self.hostile.diagnostics.contains { $0.code == .invisibleCharacter })
    let texts = SwiftFrameworkSummary(name: "hostile", framework: framework).texts
    for text in Self.expected {
      #expect(texts.contains { $0.hasSuffix("=" + text) }, "the model lost ‘\(text.prefix(30))…’")
    }
  }

  // MARK: HTML

  @Test func theHTMLShowsEverythingAsTextAndHasTheStructureOfAPlainFramework() throws {
    let framework = try #require(Self.hostile.framework)
    let benign = try #require(Self.benign)
    let pages = HTMLEmitter().emit(framework, name: "hostile")
    let plainPages = HTMLEmitter().emit(benign, name: "hostile")
    #expect(pages.map(\.path) == plainPages.map(\.path))
    #expect(pages.count >= 3, "the handbook and a role's pages")
    for (page, plain) in zip(pages, plainPages) {
      let html = String(decoding: page.contents, as: UTF8.self)
      #expect(!html.lowercased().contains("<script"), "\(page.path)")
      #expect(html.components(separatedBy: "</style>").count <= 2, "\(page.path)")
      #expect(
        !html.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(page.path)")
      // Tag for tag and attribute name for attribute name, the page is the plain one.
      func shape(_ html: String) -> [String] {
        HTMLStructureCheck.scan(html).tags.map { tag in
          (tag.isEnd ? "/" : "") + tag.name + " "
            + tag.attributes.keys.sorted().joined(separator: " ")
        }
      }
      #expect(shape(html) == shape(String(decoding: plain.contents, as: UTF8.self)), "\(page.path)")
    }
    let handbook = String(decoding: pages[0].contents, as: UTF8.self)
    #expect(
      handbook.contains(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;/style&gt; &quot;\u{301} &#39; &amp; \\( &quot;&quot;&quot; #&quot; \\ end \u{FFFD}\u{FFFD} שלום"
      ))
    #expect(handbook.contains("😀 👩‍👩‍👧 javascript:alert(1) data:text/html,&lt;b&gt;x&lt;/b&gt;"))
  }

  @Test func linksThatRunCodeAreRefusedWithADiagnosticAndNeverBecomeLinks() throws {
    let url = RepositoryPaths.fixtures.appendingPathComponent("hostile/hostile-links.cfw")
    let (framework, diagnostics) = Self.compile(
      [UInt8](try Data(contentsOf: url)), path: "hostile-links.cfw")
    let refused = diagnostics.filter { $0.code == .unsafeLink }
    #expect(refused.count == 6)
    #expect(refused.allSatisfy { $0.severity == .error }, "so that the build writes nothing")
    // Even when the HTML is made regardless, none of them is a link.
    let compiled = try #require(framework)
    let page = try #require(HTMLEmitter().emit(compiled, name: "links").first)
    let tags = HTMLStructureCheck.scan(String(decoding: page.contents, as: UTF8.self)).tags
    let hrefs = tags.compactMap { $0.attributes["href"] }.filter { !$0.hasPrefix("#") }
    #expect(hrefs.isEmpty, "\(hrefs)")
  }

  // MARK: JSON

  @Test(arguments: [OutputFormat.json, .case])
  func theJSONIsValidAndHoldsEveryStringExactly(format: OutputFormat) throws {
    let framework = try #require(Self.hostile.framework)
    let emitter: any Emitter = format == .json ? JSONEmitter() : CASEEmitter()
    let file = try #require(emitter.emit(framework, name: "hostile").first)
    let document = try JSONSerialization.jsonObject(with: Data(file.contents))
    let strings = Set(Self.strings(document))
    // CASE keeps the titles and statements; the cfw JSON keeps every field.
    let wanted =
      format == .json
      ? Self.expected : ["framework", "competency", "indicator"].map { $0 + ": " + Self.payload }
    for text in wanted {
      #expect(strings.contains(text), "\(format) lost ‘\(text.prefix(30))…’")
    }
    // No string holds the payload damaged (cut, re-encoded or with escapes left in).
    for string in strings where string.contains("alert(\"x\")") {
      #expect(
        string.contains(Self.payload), "\(format) holds a damaged copy: \(string.debugDescription)")
    }
  }
}
