/// The handbook's style sheet, inlined into every handbook so that it needs nothing else.
///
/// Colours meet WCAG AA contrast (text at least 4.5:1 on its background). On screen the
/// text keeps a readable measure and fits a phone without sideways scrolling: there the
/// level grids stack, one block per theme; on wider screens too narrow for them they
/// scroll within their own box. In print, pages are A4 with the page number at the foot
/// and the framework's title at the head (Chromium draws page-margin boxes since version
/// 131; it does not support `string-set`, hence the title in `pageTitleRule`).
enum HandbookStyle {
  static let css = """

    :root {
      --ink: #1b1b1b;
      --muted: #4d4d4d;
      --accent: #0a4a6e;
      --rule: #b8c4cc;
      --tint: #eef3f6;
      --negative: #8a1c1c;
      --negative-tint: #fcf3f3;
    }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0;
      color: var(--ink);
      background: #fff;
      font-family: system-ui, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif;
      line-height: 1.5;
      overflow-wrap: break-word;
    }
    header.cover, nav.contents, main { max-width: 70ch; margin: 0 auto; padding-left: 1rem; padding-right: 1rem; }
    h1, h2, h3, h4, h5, h6 {
      color: var(--accent);
      line-height: 1.25;
      break-after: avoid;
      break-inside: avoid;
    }
    h1 { font-size: 2.25rem; }
    h2 { font-size: 1.6rem; margin-top: 2.5rem; padding-bottom: .2em; border-bottom: 2px solid var(--accent); }
    h3 { font-size: 1.3rem; margin-top: 2rem; }
    h4 { font-size: 1.1rem; margin-top: 1.5rem; }
    h5, h6 { font-size: 1rem; }
    a { color: var(--accent); }
    a:focus-visible, .grid-scroll:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    .label {
      display: block;
      font-size: .75em;
      font-weight: normal;
      letter-spacing: .04em;
      text-transform: uppercase;
      color: var(--muted);
    }
    .number { margin-right: .1em; }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .cover { padding-top: 3rem; padding-bottom: 1rem; }
    .cover h1 { margin: 0 0 .5rem; }
    .subtitle { margin: 0; font-size: 1.3rem; color: var(--muted); }
    .publication { margin-top: 2rem; padding-top: 1rem; border-top: 1px solid var(--rule); }
    .publication p { margin: .2rem 0; }
    .publisher { font-weight: bold; }
    .licences { margin-top: 2rem; font-size: .875rem; color: var(--muted); }

    nav.contents ol { list-style: none; padding-left: 0; }
    nav.contents ol ol { padding-left: 1.25rem; }
    nav.contents li { margin: .3rem 0; }
    nav.contents > ol > li > a { font-weight: bold; }

    li > p { margin: .25rem 0; }
    .audience { font-style: italic; color: var(--muted); }
    .for-audience { margin: 1rem 0; padding-left: .75rem; border-left: 3px solid var(--rule); }
    .audience-tag { margin-bottom: .25rem; font-weight: bold; }
    ul.indicators { padding-left: 1.25rem; break-inside: avoid; }
    ul.indicators > li { margin: .35rem 0; }
    .ref {
      display: inline-block;
      margin: .1rem 0;
      padding: 0 .4rem;
      font-size: .8rem;
      line-height: 1.5;
      color: var(--accent);
      background: var(--tint);
      border: 1px solid var(--accent);
      border-radius: .25rem;
    }
    .ref a { color: inherit; }
    .ref-strength { font-style: italic; }
    .negative {
      margin: 1.5rem 0;
      padding: .25rem 1rem;
      background: var(--negative-tint);
      border: 2px dashed var(--negative);
      border-left: .5rem solid var(--negative);
      break-inside: avoid;
    }
    .negative > h1, .negative > h2, .negative > h3, .negative > h4, .negative > h5, .negative > h6 {
      color: var(--negative);
    }
    .negative-tag {
      display: block;
      font-size: .75em;
      letter-spacing: .04em;
      text-transform: uppercase;
    }
    .negative ul.indicators > li::marker { content: "✗  "; }
    .related-title { font-weight: bold; }

    table { width: 100%; margin: 1rem 0; border-collapse: collapse; }
    caption { padding: .4rem 0; font-weight: bold; text-align: left; }
    th, td { padding: .4rem .5rem; text-align: left; vertical-align: top; border: 1px solid var(--rule); }
    thead th { background: var(--tint); }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    td > p:first-child { margin-top: 0; }
    td > p:last-child { margin-bottom: 0; }
    .midpoint th, .midpoint td { color: var(--muted); }
    .rating-only { font-style: italic; }
    .grid-scroll { overflow-x: auto; margin: 1rem 0; }
    .grid { margin: 0; table-layout: fixed; }
    .grid thead th:first-child { width: 20%; }
    .levels th[scope="row"] { width: 6rem; }
    .requirements th[scope="row"] { width: 70%; }
    .grid ul.indicators { margin: 0; padding-left: 1rem; }
    .grid th .description { font-weight: normal; }
    .cell-title { margin: 0; font-weight: bold; }
    .cited > li { margin: .5rem 0; }
    .cited-title { font-weight: bold; }

    @media screen {
      body { border-top: .5rem solid var(--accent); }
    }
    @media screen and (max-width: 40rem) {
      h1 { font-size: 1.8rem; }
      h2 { font-size: 1.4rem; }
      /* The level grid stacks: a block per theme, each cell under its level's name. */
      .grid, .grid caption, .grid tbody, .grid tr, .grid th, .grid td { display: block; width: auto; }
      .grid thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      .grid tr { margin-bottom: 1rem; border: 1px solid var(--rule); }
      .grid th, .grid td { border: 0; }
      .grid th[scope="row"] { background: var(--tint); }
      .grid td { border-top: 1px solid var(--rule); }
      .grid td::before { content: attr(data-level); display: block; font-weight: bold; }
      .grid td:empty { display: none; }
    }
    @media screen and (min-width: 80rem) {
      .grid-scroll {
        width: min(110ch, calc(100vw - 4rem));
        margin-left: 50%;
        transform: translateX(-50%);
      }
    }

    @page { size: A4; margin: 20mm 18mm 22mm; }
    @page {
      @bottom-center {
        content: counter(page);
        font-family: system-ui, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif;
        font-size: 9pt;
        color: #4d4d4d;
      }
    }
    @page :first {
      @top-center { content: none; }
      @bottom-center { content: none; }
    }
    @media print {
      html { font-size: 10pt; }
      header.cover, nav.contents, main { max-width: none; margin: 0; padding-left: 0; padding-right: 0; }
      .cover {
        display: flex;
        flex-direction: column;
        min-height: 250mm;
        padding-top: 60mm;
        break-after: page;
      }
      .licences { margin-top: auto; }
      .cover { border-top: .75rem solid var(--accent); }
      .cover h1 { font-size: 2.6rem; }
      .publication { font-size: 1.1rem; }
      nav.contents { break-after: page; }
      .group, main > .competency, .appendix { break-before: page; }
      h2 { margin-top: 1.5rem; }
      nav.contents li { margin: .1rem 0; }
      a { color: inherit; text-decoration: none; }
      a.print-url::after { content: " (" attr(href) ")"; }
      .grid-scroll { overflow: visible; }
      .grid { font-size: .9rem; }
      .grid thead th:first-child { width: 15%; }
      .grid ul.indicators { padding-left: .9rem; }
      .negative { background: none; }
    }

    """

  /// The `@page` rule that prints the framework's title at the head of every page but the
  /// cover.
  static func pageTitleRule(_ title: String) -> String {
    """
    @page {
      @top-center {
        content: \(cssString(title));
        font-family: system-ui, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif;
        font-size: 9pt;
        color: #4d4d4d;
      }
    }

    """
  }

  /// Text as a quoted CSS string. Quotes, backslashes, `<` (so that no `</style>` can
  /// appear) and control characters are written as CSS escapes.
  static func cssString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"", "\\", "<", ">", "&":
        result += "\\" + String(scalar.value, radix: 16) + " "
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += "\\" + String(scalar.value, radix: 16) + " "
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
