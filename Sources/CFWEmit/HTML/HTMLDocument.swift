/// The frame every page cfw writes shares: the doctype, `html` with the content's
/// language, and a head with the character set, viewport, generator, title and the inline
/// style sheet. Pages are self-contained: no scripts, images or fonts to fetch.
enum HTMLDocument {
  /// The `html` element of a page.
  static func page(language: String, title: String, style: String, body: HTMLNode) -> HTMLNode {
    .tag(
      "html", [HTMLAttribute("lang", language)],
      [
        .tag(
          "head", [],
          [
            .tag("meta", [HTMLAttribute("charset", "utf-8")]),
            .tag(
              "meta",
              [
                HTMLAttribute("name", "viewport"),
                HTMLAttribute("content", "width=device-width, initial-scale=1"),
              ]),
            .tag("meta", [HTMLAttribute("name", "generator"), HTMLAttribute("content", "cfw")]),
            .tag("title", text: title),
            .tag("style", [], [.raw(style)]),
          ]),
        body,
      ])
  }

  /// A whole document's markup as UTF-8: the doctype, then the `html` element.
  static func markup(_ page: HTMLNode) -> [UInt8] {
    var writer = HTMLWriter()
    writer.raw("<!doctype html>\n")
    page.write(to: &writer)
    return writer.bytes
  }
}
