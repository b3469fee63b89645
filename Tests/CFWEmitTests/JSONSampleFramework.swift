import CFWModel

/// A small framework built by hand that uses every part of the model the JSON output
/// shows: sections with nested prose, values, two scales (one with midpoints and
/// descending seniority), nested groups, behaviours, level titles, themes, level-independent
/// and negative indicators, references within the framework and to an external one, and
/// role profiles.
enum JSONSampleFramework {
  static let framework = Framework(
    id: "sample-leadership-framework", title: "Sample Leadership Framework",
    subtitle: "Competency Framework",
    publishers: ["Mansfield District Council", "Ashfield District Council"], date: "2019-04",
    version: "2.1", licences: ["© Mansfield District Council. All rights reserved."],
    uri: "https://example.org/frameworks/sample", language: "en-GB",
    contents: [
      .section(foreword),
      .values(
        ValueList(
          id: "our-values", title: "Our Values",
          values: ["People focused", "Honest", "Proud", "Ambitious."])),
      .scale(levels),
      .scale(rating),
      .group(personalQualities),
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
          .text("."),
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
          id: "how-to-use", title: "How to use",
          parts: [.prose(.paragraph([.text("Read it.")]))])),
    ])

  static let levels = Scale(
    id: "levels", title: "Levels", seniority: .descending,
    levels: [
      Level(
        id: "1", code: "1", label: "Level 1",
        description: [.paragraph([.text("Chief Executives and Directors")])]),
      Level(id: "2", code: "2", label: "Level 2", description: [.paragraph([.text("Managers")])]),
    ])

  static let rating = Scale(
    id: "rating", title: "Rating", term: "level",
    description: [.paragraph([.text("Ratings from A to D.")])],
    levels: [
      Level(id: "a", code: "A", isMidpoint: true),
      Level(id: "b", code: "B", description: [.paragraph([.text("Developing")])]),
      Level(id: "c", code: "C", isMidpoint: true),
      Level(id: "d", code: "D", label: "Excellent"),
    ])

  static let personalQualities = Group(
    id: "personal-qualities", title: "Personal Qualities", label: "Cluster One",
    audience: "All staff",
    descriptions: [Description(blocks: [.paragraph([.text("Qualities of the person.")])])],
    members: [
      .competency(selfBelief),
      .group(
        Group(
          id: "senior", title: "Senior", audience: "Relevant to most senior staff only",
          members: [.competency(vision)])),
    ])

  static let selfBelief = Competency(
    id: "self-belief", title: "Self Belief", label: "1", scaleID: "levels",
    descriptions: [
      Description(blocks: [.paragraph([.text("The inner confidence that you will succeed.")])]),
      Description(audience: "leaders", blocks: [.paragraph([.text("For leaders, more.")])]),
    ],
    behaviours: [
      IndicatorList(
        title: "Features of this quality include:",
        items: [Indicator(text: "Relishing a challenge.")])
    ],
    levels: [
      LevelBlock(
        levelID: "1", code: "1", title: "Acts with confidence",
        indicators: [Indicator(text: "Appears confident to others.", levelID: "1")]),
      LevelBlock(
        levelID: "2", code: "2",
        indicators: [Indicator(text: "Stands up and is counted.", levelID: "2")]),
    ],
    negatives: [
      IndicatorList(
        title: "Doubts own capability",
        items: [Indicator(text: "Feels overwhelmed by change.", polarity: .negative)])
    ])

  static let vision = Competency(
    id: "vision", title: "Vision", scaleID: "levels",
    indicators: [
      IndicatorList(items: [Indicator(text: "Creates a compelling vision for the future.")])
    ])

  static let communication = Competency(
    id: "communication", title: "Communication", scaleID: "rating",
    related: [Target(name: "Self Belief", id: "self-belief")],
    themes: [
      Theme(
        id: "style", title: "Style",
        descriptions: [Description(blocks: [.paragraph([.text("How one communicates.")])])],
        levels: [
          LevelBlock(
            levelID: "b", code: "B",
            indicators: [
              Indicator(
                text: "Communicates politely.", levelID: "b", themeID: "style",
                references: [
                  Reference(
                    strength: .from, framework: Target(name: "CLF", id: "clf"),
                    competency: Target(name: "Confidence", id: "confidence"),
                    level: Target(name: "Established", id: "established"))
                ])
            ]),
          LevelBlock(
            levelID: "d", code: "D",
            indicators: [
              Indicator(
                text: "Applies effective communication skills.", levelID: "d",
                themeID: "style",
                references: [
                  Reference(
                    strength: .linksTo, competency: Target(name: "Self Belief", id: "self-belief"))
                ])
            ]),
        ])
    ])

  static let clf = ExternalFramework(
    id: "clf", code: "CLF", title: "Continuous Learning Framework",
    publishers: ["Scottish Social Services Council"],
    scales: [
      Scale(
        id: "clf-levels", title: "CLF levels",
        levels: [
          Level(id: "engaged", code: "Engaged"), Level(id: "established", code: "Established"),
        ])
    ],
    competencies: [ExternalCompetency(id: "confidence", title: "Confidence")])
}
