import Testing

@testable import CFWEmit

@Suite struct HTMLWriterTests {
  @Test func textIsEscaped() {
    let node = HTMLNode.tag("p", [], text: #"Fish & chips <b> "quoted" 'single'"#)
    #expect(
      node.render()
        == "<p>Fish &amp; chips &lt;b&gt; &quot;quoted&quot; &#39;single&#39;</p>\n")
  }

  @Test func attributeValuesAreEscaped() {
    let node = HTMLNode.tag("a", [.href(#"x" onclick="alert('1')&"#)], text: "link")
    #expect(
      node.render()
        == "<a href=\"x&quot; onclick=&quot;alert(&#39;1&#39;)&amp;\">link</a>\n")
  }

  @Test func rawMarkupIsWrittenAsGiven() {
    let node = HTMLNode.tag("style", [], [.raw("a > b { content: \"&\"; }")])
    #expect(node.render() == "<style>a > b { content: \"&\"; }</style>\n")
  }

  @Test func voidElementsHaveNoEndTag() {
    let node = HTMLNode.tag("p", [], [.text("a"), .tag("br"), .text("b")])
    #expect(node.render() == "<p>a<br>b</p>\n")
    #expect(
      HTMLNode.tag("meta", [HTMLAttribute("charset", "utf-8")]).render()
        == "<meta charset=\"utf-8\">\n")
  }

  @Test func blockChildrenGoOnePerLineAndInlineContentStaysTogether() {
    let node = HTMLNode.tag(
      "ul", [],
      [
        .tag("li", [], [.text("one "), .tag("em", [], text: "two")]),
        .fragment([.tag("li", [], text: "three")]),
      ])
    #expect(node.render() == "<ul>\n  <li>one <em>two</em></li>\n  <li>three</li>\n</ul>\n")
  }

  @Test func aLinkBeforeANestedListKeepsBlockLayout() {
    let node = HTMLNode.tag(
      "li", [], [.tag("a", [.href("#x")], text: "X"), .tag("ol", [], [.tag("li", [], text: "Y")])])
    #expect(
      node.render() == "<li>\n  <a href=\"#x\">X</a>\n  <ol>\n    <li>Y</li>\n  </ol>\n</li>\n")
  }

  @Test func attributesKeepTheirOrder() {
    let node = HTMLNode.tag("div", [.id("a"), .class("b"), HTMLAttribute("role", "region")])
    #expect(node.render() == "<div id=\"a\" class=\"b\" role=\"region\"></div>\n")
  }

  @Test func onlyWellFormedNamesAreAccepted() {
    #expect(HTMLAttribute.isValidName("aria-labelledby"))
    #expect(HTMLAttribute.isValidName("h2"))
    #expect(!HTMLAttribute.isValidName("onclick=\"x\""))
    #expect(!HTMLAttribute.isValidName("a b"))
    #expect(!HTMLAttribute.isValidName("2x"))
    #expect(!HTMLAttribute.isValidName(""))
  }
}
