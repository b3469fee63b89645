import CFWModel
import Testing

@testable import CFWEmit

/// Text from a framework is data: whatever it holds, it must show as text and never
/// become markup, script or a dangerous link.
@Suite struct HTMLEscapingTests {
  static let hostile = "<script>alert(\"x\")</script> </style> Tom & Jerry's"

  static var framework: Framework {
    var framework = HTMLSampleFramework.framework
    framework.title = "Title </style><script>alert(1)</script> & \"quotes\""
    framework.contents.append(
      .section(
        Section(
          id: "hostile", title: hostile,
          parts: [
            .prose(
              .paragraph([
                .text(hostile + " "),
                .link(text: [.text("click me")], url: "javascript:alert(1)"),
                .text(" "),
                .link(text: [.text("data")], url: "data:text/html,<script>alert(1)</script>"),
                .text(" "),
                .link(text: [.text("spaced")], url: "https:// evil"),
                .text(" "),
                .link(text: [.text("fine")], url: "https://example.org/?a=1&b=\"2\""),
              ]))
          ])))
    return framework
  }

  static let html = HTMLEmitterTests.html(framework)

  @Test func scriptAndStyleEndTagsShowAsText() {
    #expect(!Self.html.contains("<script"))
    #expect(Self.html.components(separatedBy: "</style>").count == 2)
    #expect(
      Self.html.contains(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;/style&gt; Tom &amp; Jerry&#39;s"))
    #expect(
      Self.html.contains(
        "<h1>Title &lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</h1>"
      ))
  }

  @Test func titleInThePageHeadIsACSSStringThatCannotCloseTheStyle() {
    #expect(
      Self.html.contains(
        #"content: "Title \3c /style\3e \3c script\3e alert(1)\3c /script\3e  \26  \22 quotes\22 ";"#
      ))
    #expect(HandbookStyle.cssString("a\\b\nc") == #""a\5c b\a c""#)
  }

  @Test func linksWithOtherSchemesAreRefusedAndPrintedAsText() {
    #expect(!Self.html.contains("href=\"javascript:"))
    #expect(!Self.html.contains("href=\"data:"))
    #expect(!Self.html.contains("href=\"https:// evil"))
    #expect(Self.html.contains("click me (javascript:alert(1))"))
    #expect(Self.html.contains("data (data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;)"))
    #expect(
      Self.html.contains(
        "<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" class=\"print-url\">fine</a>"))
  }

  @Test func schemesAreComparedWithoutRegardToCase() {
    #expect(ProseWriter.isAllowedLink("HTTPS://example.org"))
    #expect(ProseWriter.isAllowedLink("mailto:hr@example.org"))
    #expect(!ProseWriter.isAllowedLink("JavaScript:alert(1)"))
    #expect(!ProseWriter.isAllowedLink(" javascript:alert(1)"))
    #expect(!ProseWriter.isAllowedLink("https://example.org/\u{0}"))
    #expect(!ProseWriter.isAllowedLink("/relative/path"))
  }

  @Test func hostileTextPassesTheStructureChecks() {
    let problems = HTMLStructureCheck.problems(
      Self.html, language: "en-GB",
      proseLinks: [
        "https://example.org/guide", "mailto:hr@example.org", "https://example.org/?a=1&b=\"2\"",
      ], localFiles: ["sample/team-leader.html", "sample/team-leader-form.html"])
    #expect(problems == [])
  }
}
