/// The frame every page cfw writes shares: the doctype, `html` with the content's
/// language, and a head with the character set, viewport, generator, title and the inline
/// style sheet. Pages are self-contained: no scripts, images or fonts to fetch.
enum HTMLDocument {
  /// A whole page's markup as UTF-8: the doctype, then the `html` element with the head,
  /// and after it what `body` writes (the `body` element), a part at a time if it likes.
  ///
  /// `capacity` is room to reserve for the page, when its size can be told in advance, so
  /// that the buffer need not grow (and be copied) on the way to a large page.
  static func markup(
    language: String, title: String, style: String, capacity: Int = 1 << 16,
    body: (inout HTMLWriter, _ depth: Int) -> Void
  ) -> [UInt8] {
    var writer = HTMLWriter(capacity: capacity)
    writer.raw("<!doctype html>\n")
    writer.block("html", [HTMLAttribute("lang", language)], depth: 0) { writer, depth in
      writer.write(head(title: title, style: style), depth: depth)
      body(&writer, depth)
    }
    return writer.bytes
  }

  /// A whole page's markup as UTF-8, its `body` element given whole.
  static func markup(language: String, title: String, style: String, body: HTMLNode) -> [UInt8] {
    markup(language: language, title: title, style: style) { writer, depth in
      writer.write(body, depth: depth)
    }
  }

  /// The `head` of a page.
  static func head(title: String, style: String) -> HTMLNode {
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
      ])
  }
}
