import CFWModel

/// A small framework built by hand that uses every part of the handbook: a cover with all
/// its metadata, prose with emphasis, links and nested lists, values, a scale with
/// mid-points and another in descending seniority, groups with labels, audiences and
/// descriptions, a nested group, behaviours, level-independent indicators, level titles, a
/// theme × level grid, negative indicators, related competencies, references within the
/// framework and to an external one, and role profiles.
enum HTMLSampleFramework {
  static let framework = Framework(
    id: "sample-handbook", title: "Sample Leadership Framework",
    subtitle: "An introduction to the framework",
    publishers: ["Mansfield District Council", "Ashfield District Council"], date: "2015-08",
    version: "2.1", licences: ["© Mansfield District Council. All rights reserved."],
    uri: "https://example.org/frameworks/sample", language: "en-GB",
    contents: [
      .section(foreword),
      .values(
        ValueList(id: "our-values", title: "Our Values", values: ["People focused", "Honest"])),
      .scale(stages),
      .scale(rating),
      .group(personalQualities),
      .group(management),
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
    externals: [clf])

  static let foreword = Section(
    id: "foreword", title: "Foreword",
    parts: [
      .prose(
        .paragraph([
          .text("Good care can "), .emphasis([.text("transform")]), .text(" lives; see "),
          .link(text: [.strong([.text("the guide")])], url: "https://example.org/guide"),
          .text(" or write to "),
          .link(text: [.text("us")], url: "mailto:hr@example.org"), .text("."),
        ])),
      .prose(.paragraph([.strong([.text("Norman Lamb MP")]), .lineBreak, .text("Minister")])),
      .prose(
        .list(
          ordered: false,
          items: [
            [
              .paragraph([.text("Strategic")]),
              .list(ordered: true, items: [[.paragraph([.text("Seeing the big picture")])]]),
            ],
            [.paragraph([.text("People")])],
          ])),
      .section(
        Section(
          id: "how-to-use", title: "How to use it",
          parts: [.prose(.paragraph([.text("Read one part at a time.")]))])),
    ])

  static let stages = Scale(
    id: "stages", title: "Stages", term: "stage",
    description: [.paragraph([.text("Stages of progression.")])],
    levels: [
      Level(id: "1", code: "1", label: "Emerging", description: [.paragraph([.text("New.")])]),
      Level(id: "2", code: "2", label: "Established"),
      Level(id: "3", code: "3"),
    ])

  static let rating = Scale(
    id: "rating", title: "Rating", seniority: .descending,
    levels: [
      Level(id: "a", code: "A", isMidpoint: true),
      Level(id: "b", code: "B", description: [.paragraph([.text("Meets the basics.")])]),
      Level(id: "c", code: "C", isMidpoint: true),
      Level(id: "d", code: "D", description: [.paragraph([.text("Leads others.")])]),
    ])

  static let personalQualities = Group(
    id: "personal-qualities", title: "Personal Qualities", label: "Cluster One",
    audience: "all employees",
    descriptions: [Description(blocks: [.paragraph([.text("How we lead ourselves.")])])],
    members: [.competency(selfBelief)])

  static let selfBelief = Competency(
    id: "self-belief", title: "Self Belief", label: "1",
    audience: "Relevant to most senior staff only",
    scaleID: "stages",
    descriptions: [
      Description(blocks: [.paragraph([.text("The inner confidence that you will succeed.")])]),
      Description(
        audience: "leaders", blocks: [.paragraph([.text("For leaders, it is about example.")])]),
    ],
    related: [
      Target(name: "Communication", id: "communication"), Target(name: "Unknown competency"),
    ],
    behaviours: [
      IndicatorList(
        title: "Features of this quality include:",
        items: [Indicator(text: "Relishing a challenge.")])
    ],
    indicators: [IndicatorList(items: [Indicator(text: "Knows their own mind.")])],
    levels: [
      LevelBlock(
        levelID: "1", code: "1", title: "Acts with confidence",
        indicators: [
          Indicator(
            text: "Manages own anxieties.", levelID: "1",
            references: [
              Reference(
                strength: .from, framework: Target(name: "CLF", id: "clf"),
                competency: Target(name: "Confidence", id: "confidence"),
                level: Target(name: "Established", id: "established"))
            ])
        ]),
      LevelBlock(
        levelID: "2", code: "2",
        indicators: [
          Indicator(
            text: "Draws on own experience.", levelID: "2",
            references: [
              Reference(
                strength: .closelyLinksTo,
                competency: Target(name: "Communication", id: "communication"),
                level: Target(name: "D", id: "d"))
            ])
        ]),
    ],
    negatives: [
      IndicatorList(
        title: "Doubts own capability",
        items: [Indicator(text: "Feels overwhelmed.", polarity: .negative)])
    ])

  static let management = Group(
    id: "management", title: "Management", label: "Dimension 6",
    audience: "Relevant to most senior staff only",
    members: [
      .group(
        Group(
          id: "people", title: "People",
          members: [
            .competency(
              Competency(
                id: "managing-people", title: "Managing people", scaleID: "stages",
                negatives: [
                  IndicatorList(items: [Indicator(text: "Ignores problems.", polarity: .negative)])
                ]))
          ]))
    ])

  static let communication = Competency(
    id: "communication", title: "Communication", scaleID: "rating",
    descriptions: [Description(blocks: [.paragraph([.text("Communicates clearly.")])])],
    themes: [
      Theme(
        id: "style", title: "Style",
        descriptions: [Description(blocks: [.paragraph([.text("How we speak.")])])],
        levels: [
          LevelBlock(
            levelID: "b", code: "B",
            indicators: [Indicator(text: "Communicates politely.", levelID: "b", themeID: "style")]),
          LevelBlock(
            levelID: "d", code: "D", title: "Adapts",
            indicators: [
              Indicator(
                text: "Adapts their style.", levelID: "d", themeID: "style",
                references: [
                  Reference(
                    strength: .linksTo, framework: Target(name: "CLF", id: "clf"),
                    competency: Target(name: "Leadership", id: "leadership"))
                ])
            ]),
        ]),
      Theme(
        id: "method", title: "Method",
        levels: [
          LevelBlock(
            levelID: "d", code: "D",
            indicators: [Indicator(text: "Plans methods.", levelID: "d", themeID: "method")])
        ]),
    ])

  static let clf = ExternalFramework(
    id: "clf", code: "CLF", title: "Continuous Learning Framework",
    publishers: ["Scottish Social Services Council"], uri: "https://example.org/clf",
    description: [.paragraph([.text("Personal capabilities.")])],
    scales: [
      Scale(
        id: "clf-levels", title: "CLF levels",
        levels: [
          Level(id: "engaged", code: "Engaged"), Level(id: "established", code: "Established"),
        ])
    ],
    competencies: [
      ExternalCompetency(id: "confidence", title: "Confidence"),
      ExternalCompetency(id: "leadership", title: "Leadership"),
      ExternalCompetency(id: "resilience", title: "Resilience"),
    ])
}
