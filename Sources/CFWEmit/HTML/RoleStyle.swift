/// The style a role's handbook and form add to the handbook's style sheet, with the same
/// colours (its custom properties).
///
/// On paper, a role's cover shares its page with what follows, and a form's competency
/// blocks are kept whole on a page where they fit. Boxes to write in are ruled at 7 mm
/// or so; their lines are backgrounds, which Chromium prints only when told to
/// (`-webkit-print-color-adjust: exact`, which the Nu HTML checker's CSS
/// validator accepts).
enum RoleStyle {
  static let css = """
    .kind {
      margin: 0 0 .25rem;
      font-size: .85rem;
      letter-spacing: .04em;
      text-transform: uppercase;
      color: var(--muted);
    }
    .role-cover { padding-top: 2rem; }
    .framework-title { font-size: 1.1rem; }
    .group-name { margin: -.75rem 0 .5rem; color: var(--muted); }
    .expected-level { font-size: 1.05rem; }
    .standing { font-weight: normal; }
    .role-competency .level { margin: 1.25rem 0; padding: .1rem 1rem .25rem; border-left: .4rem solid var(--rule); }
    .role-competency .level > h3 { margin-top: .75rem; }
    .role-competency .level.expected { background: var(--tint); border-left-color: var(--accent); }
    .ladder-note { font-style: italic; color: var(--muted); }
    .full-entry { margin-top: 1.5rem; }
    .role-summary .requirements th[scope="row"] { width: auto; }

    .fields th[scope="row"] { width: 35%; }
    .fields td { height: 2.75rem; }
    .rating-key th[scope="row"] { width: 6rem; }
    .rating { table-layout: fixed; }
    .rating thead th:first-child { width: 20%; }
    .rating th[scope="row"], .rating td { vertical-align: middle; }
    .choice {
      display: inline-block;
      min-width: 1.5rem;
      margin: .15rem 0;
      padding: 0 .25rem;
      line-height: 1.4rem;
      text-align: center;
      border: 2px solid var(--ink);
      border-radius: 3px;
    }
    .choice.midpoint { border-width: 1px; border-color: var(--muted); color: var(--muted); }
    .choice.expected {
      font-weight: bold;
      background: var(--tint);
      box-shadow: inset 0 -.3rem 0 var(--accent);
      -webkit-print-color-adjust: exact;
    }
    .field-pair { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1rem; }
    .field > h3 { margin: 1rem 0 .4rem; font-size: 1rem; }
    .write-in {
      box-sizing: content-box;
      height: 5.7rem;
      border: 1px solid var(--ink);
      background-image: linear-gradient(to top, var(--rule) 1px, transparent 1px);
      background-size: 100% 1.9rem;
      -webkit-print-color-adjust: exact;
    }
    .write-in.short { height: 5.7rem; }
    .write-in.medium { height: 7.6rem; }
    .write-in.tall { height: 11.4rem; }
    .signatures td { height: 3rem; }
    .signatures th[scope="row"] { width: 20%; }
    .form-competency { margin-top: 3rem; }
    .form-competency .negative { margin: 1rem 0; }

    @media screen and (max-width: 40rem) {
      .field-pair { grid-template-columns: 1fr; }
      .rating thead th:first-child { width: auto; }
      .rating { table-layout: auto; }
    }

    @media print {
      .role-page .cover { min-height: 0; padding-top: 1rem; padding-bottom: 0; break-after: auto; }
      .role-page .cover h1 { font-size: 2.2rem; }
      .role-page nav.contents { break-after: auto; }
      .role-competency .level.expected { background: none; border-left-color: var(--accent); }
      .form-competency, .form-summary { break-inside: avoid; }
      .form-competency { margin-top: 0; padding-top: .5rem; break-before: auto; }
      .form-competency + .form-competency, .form-summary { border-top: 2px solid var(--accent); }
      .form-competency .negative { background: none; }
      .form-competency ul.indicators { font-size: .95rem; line-height: 1.4; }
      .form-competency ul.indicators > li { margin: .15rem 0; }
      .form-competency h3 { margin: .9rem 0 .3rem; }
      .form-competency h4 { margin: .6rem 0 .2rem; }
      .assessment, .rating-key, .field-pair, .fields, .signatures, ul.indicators { break-inside: avoid; }
      .role-page .cover .publication { margin-top: 1rem; }
      .fields td { height: 2.2rem; }
      .rating th, .rating td, .rating-key th, .rating-key td { padding-top: .25rem; padding-bottom: .25rem; }
      .form-guide h2 { margin-top: 1rem; }
    }

    """
}
