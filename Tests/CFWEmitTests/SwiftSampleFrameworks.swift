import CFWModel

/// Frameworks built by hand for the Swift emitter's tests: a small one that uses every
/// part of the model, and a hostile one whose every text field holds characters that
/// generated Swift must escape.
enum SwiftSampleFrameworks {
  /// Sections with nested prose, values, two scales (one with midpoints and descending
  /// seniority), nested groups, behaviours, level titles, themes, level-independent and
  /// negative indicators, references within the framework and to an external one, roles,
  /// and names that are Swift keywords or start with a digit.
  static let complete = Framework(
    id: "sample-framework", title: "Sample Leadership Framework",
    subtitle: "Competency Framework",
    publishers: ["Mansfield District Council", "Ashfield District Council"],
    date: "2019-04", version: "2.1",
    licences: ["© Mansfield District Council. All rights reserved."],
    uri: "https://example.org/frameworks/sample", language: "en-GB",
    contents: [
      .section(
        Section(
          id: "foreword", title: "Foreword",
          parts: [
            .prose(
              .paragraph([
                .text("Good care can "), .emphasis([.text("transform")]), .text(" lives; see "),
                .link(text: [.strong([.text("the guide")])], url: "https://example.org/guide"),
                .text("."), .lineBreak, .text("Second line."),
              ])),
            .section(
              Section(
                id: "how-it-is-structured", title: "How it is structured",
                parts: [
                  .prose(
                    .list(
                      ordered: true,
                      items: [
                        [.paragraph([.text("Demonstrating personal qualities")])],
                        [
                          .paragraph([.text("Working with others")]),
                          .list(
                            ordered: false,
                            items: [[.paragraph([.text("Developing networks")])], []]),
                        ],
                      ]))
                ])),
          ])),
      .values(
        ValueList(id: "our-values", title: "Our Values", values: ["People focused", "Honest"])),
      .scale(
        Scale(
          id: "leadership-levels", title: "Leadership levels", seniority: .descending,
          description: [.paragraph([.text("Level 1 is the most senior.")])],
          levels: [
            Level(
              id: "1", code: "1", label: "Level 1",
              description: [.paragraph([.text("Chief Executives and Directors")])]),
            Level(id: "2", code: "2", label: "Level 2"),
          ])),
      .scale(
        Scale(
          id: "rating", title: "Rating", term: "stage",
          levels: [
            Level(id: "a", code: "A", isMidpoint: true), Level(id: "b", code: "B"),
            Level(id: "c", code: "C", isMidpoint: true), Level(id: "d", code: "D"),
          ])),
      .group(
        Group(
          id: "personal-qualities", title: "Personal Qualities", label: "Cluster One",
          audience: "All staff",
          descriptions: [Description(blocks: [.paragraph([.text("How we lead ourselves.")])])],
          members: [
            .competency(selfBelief),
            .group(
              Group(
                id: "default", title: "Default", members: [.competency(numbered)])),
          ])),
      .competency(communication),
    ],
    roles: [
      Role(
        id: "team-leader", title: "Team Leader", label: "R1",
        descriptions: [Description(blocks: [.paragraph([.text("Leads a team.")])])],
        requirements: [
          Requirement(
            competency: Target(name: "Self Belief", id: "self-belief"),
            level: Target(name: "2", id: "2")),
          Requirement(
            competency: Target(name: "Communication", id: "communication"),
            level: Target(name: "D", id: "d")),
        ])
    ],
    externals: [
      ExternalFramework(
        id: "clf", code: "CLF", title: "Continuous Learning Framework",
        publishers: ["Scottish Social Services Council"],
        scales: [
          Scale(
            id: "clf-levels", title: "CLF levels",
            levels: [
              Level(id: "engaged", code: "Engaged"), Level(id: "established", code: "Established"),
            ])
        ],
        competencies: [
          ExternalCompetency(id: "confidence", title: "Confidence"),
          ExternalCompetency(
            id: "awareness-of-the-wider-context", title: "Awareness of the wider context",
            label: "1", description: [.paragraph([.text("Seeing the whole system.")])]),
        ])
    ])

  static let selfBelief = Competency(
    id: "self-belief", title: "Self Belief", label: "1", audience: "Everyone",
    scaleID: "leadership-levels",
    descriptions: [
      Description(blocks: [.paragraph([.text("The inner confidence that you will succeed.")])]),
      Description(audience: "leaders", blocks: [.paragraph([.text("For leaders, more so.")])]),
    ],
    related: [Target(name: "Communication", id: "communication")],
    behaviours: [
      IndicatorList(
        title: "Features of this quality include:",
        items: [Indicator(text: "Relishing a challenge.")])
    ],
    indicators: [IndicatorList(items: [Indicator(text: "Acts on principle at every level.")])],
    levels: [
      LevelBlock(
        levelID: "1", code: "1", title: "Acts with confidence",
        indicators: [
          Indicator(
            text: "Manages own anxieties and appears confident to others.", levelID: "1",
            references: [
              Reference(
                strength: .from, framework: Target(name: "CLF", id: "clf"),
                competency: Target(name: "Confidence", id: "confidence"),
                level: Target(name: "Engaged", id: "engaged"))
            ])
        ]),
      LevelBlock(
        levelID: "2", code: "2",
        indicators: [
          Indicator(
            text: "Has the courage to make full use of the formal authority of the role.",
            levelID: "2",
            references: [
              Reference(
                strength: .closelyLinksTo,
                competency: Target(name: "Communication", id: "communication")),
              Reference(strength: .linksTo, competency: Target(name: "Unresolved Name")),
            ])
        ]),
    ],
    negatives: [
      IndicatorList(
        title: "Doubts own capability",
        items: [Indicator(text: "Feels overwhelmed by the pace of change.", polarity: .negative)])
    ])

  /// A competency whose identifier starts with a digit and one whose is a keyword.
  static let numbered = Competency(
    id: "360-feedback", title: "360 Feedback", scaleID: "leadership-levels",
    levels: [
      LevelBlock(
        levelID: "1", code: "1", indicators: [Indicator(text: "Seeks feedback.", levelID: "1")])
    ])

  static let communication = Competency(
    id: "communication", title: "Communication", scaleID: "rating",
    descriptions: [
      Description(blocks: [
        .paragraph([.text("Communicates clearly and openly with others.")]),
        .list(
          ordered: false,
          items: [[.paragraph([.text("Inform")])], [.paragraph([.text("Persuade")])]]),
      ])
    ],
    themes: [
      Theme(
        id: "style", title: "Style",
        descriptions: [Description(blocks: [.paragraph([.text("How it sounds.")])])],
        levels: [
          LevelBlock(
            levelID: "b", code: "B",
            indicators: [
              Indicator(
                text: "Communicates politely, clearly and confidently.", levelID: "b",
                themeID: "style"),
              Indicator(
                text: "Listens carefully to information and instructions.", levelID: "b",
                themeID: "style"),
            ]),
          LevelBlock(
            levelID: "d", code: "D",
            indicators: [
              Indicator(
                text: "Understands and applies effective communication skills.", levelID: "d",
                themeID: "style")
            ]),
        ]),
      Theme(
        id: "method", title: "Method",
        levels: [
          LevelBlock(
            levelID: "b", code: "B",
            indicators: [
              Indicator(text: "Chooses the right channel.", levelID: "b", themeID: "method")
            ])
        ]),
    ])
}

extension SwiftSampleFrameworks {
  /// Text that generated Swift must escape or keep: quotes, backslashes, an
  /// interpolation, raw and multi-line string delimiters, comment delimiters, line
  /// breaks of every kind, tabs, control characters, a byte-order mark, bidirectional
  /// controls, emoji, right-to-left text and a leading combining accent. `tag` keeps the
  /// texts apart.
  static func hostileText(_ tag: String) -> String {
    "\u{301}" + tag
      + " \" \\ \\(x) \"\"\" #\" \"# */ /* // /// \n line\r\nline\rline\t\u{1}\u{7}\u{8}\u{B}\u{C}"
      + "\u{1B}\u{7F}\u{85}\u{2028}\u{2029}\u{FEFF} 😀 👩‍👩‍👧 🇬🇧 שלום مرحبا \u{202E}abc\u{202C} \u{2067}x\u{2069}"
      + " end\\"
  }

  /// A framework in which every text field, identifiers included, holds hostile text.
  static let hostile: Framework = {
    let h = hostileText
    let target = { (tag: String) in Target(name: h(tag), id: h(tag + "-id")) }
    let prose: [ProseBlock] = [
      .paragraph([
        .text(h("p1")), .emphasis([.text(h("em"))]), .strong([.text(h("strong"))]),
        .link(text: [.text(h("link"))], url: h("url")), .lineBreak,
      ]),
      .list(
        ordered: true,
        items: [
          [
            .paragraph([.text(h("item"))]),
            .list(ordered: false, items: [[.paragraph([.text(h("nested"))])]]),
          ]
        ]),
    ]
    let description = Description(audience: h("audience"), blocks: prose)
    let indicator = { (tag: String, polarity: Indicator.Polarity) in
      Indicator(
        text: h(tag), polarity: polarity, levelID: h("level-id"), themeID: h("theme-id"),
        references: [
          Reference(
            strength: .from, framework: target("fw"), competency: target("c"), level: target("l")),
          Reference(strength: .linksTo, competency: Target(name: h("unresolved"))),
        ])
    }
    let block = LevelBlock(
      levelID: h("level-id"), code: h("code"), title: h("level-title"),
      indicators: [indicator("i1", .positive), indicator("i2", .positive)])
    let competency = Competency(
      id: h("competency-id"), title: h("competency"), label: h("c-label"),
      audience: h("c-audience"),
      scaleID: h("scale-id"), descriptions: [description], related: [target("related")],
      behaviours: [IndicatorList(title: h("behaviours"), items: [indicator("b1", .positive)])],
      indicators: [IndicatorList(title: h("indicators"), items: [indicator("any", .positive)])],
      levels: [block],
      themes: [
        Theme(id: h("theme-id"), title: h("theme"), descriptions: [description], levels: [block])
      ],
      negatives: [IndicatorList(title: h("negatives"), items: [indicator("n1", .negative)])])
    let scale = Scale(
      id: h("scale-id"), title: h("scale"), term: h("term"), seniority: .descending,
      description: prose,
      levels: [
        Level(id: h("level-id"), code: h("code"), label: h("label"), description: prose),
        Level(id: h("mid-id"), code: h("mid"), isMidpoint: true),
      ])
    return Framework(
      id: h("framework-id"), title: h("title"), subtitle: h("subtitle"),
      publishers: [h("pub1"), h("pub2")],
      date: h("date"), version: h("version"), licences: [h("licence")], uri: h("uri"),
      language: h("language"),
      contents: [
        .section(
          Section(
            id: h("section-id"), title: h("section"),
            parts: [
              .prose(prose[0]),
              .section(Section(id: h("sub-id"), title: h("sub"), parts: [.prose(prose[1])])),
            ])),
        .values(ValueList(id: h("values-id"), title: h("values"), values: [h("v1"), h("v2")])),
        .scale(scale),
        .group(
          Group(
            id: h("group-id"), title: h("group"), label: h("g-label"), audience: h("g-audience"),
            descriptions: [description], members: [.competency(competency)])),
        .competency(
          Competency(id: h("competency-id"), title: h("duplicate identifier"), levels: [block])),
      ],
      roles: [
        Role(
          id: h("role-id"), title: h("role"), label: h("r-label"), descriptions: [description],
          requirements: [Requirement(competency: target("req-c"), level: target("req-l"))])
      ],
      externals: [
        ExternalFramework(
          id: h("ext-id"), code: h("ext-code"), title: h("ext"), publishers: [h("ext-pub")],
          uri: h("ext-uri"),
          description: prose, scales: [scale],
          competencies: [
            ExternalCompetency(
              id: h("ec-id"), title: h("ec"), label: h("ec-label"), description: prose)
          ])
      ])
  }()
}
