import CFWModel
import Testing

/// The index gives the same answers as the model's own look-ups, which walk the model.
@Suite struct FrameworkIndexTests {
  static let framework = Framework(
    id: "f", title: "F",
    contents: [
      .scale(Scale(id: "levels", title: "Levels", levels: [])),
      .scale(Scale(id: "levels", title: "Levels again", levels: [])),
      .scale(Scale(id: "stages", title: "Stages", levels: [])),
      .group(
        Group(
          id: "g", title: "G",
          members: [
            .competency(Competency(id: "listening", title: "Listening")),
            .group(
              Group(
                id: "inner", title: "Inner",
                members: [.competency(Competency(id: "writing", title: "Writing"))])),
          ])),
      .competency(Competency(id: "listening", title: "Listening again")),
    ],
    externals: [
      ExternalFramework(id: "clf", code: "CLF", title: "One"),
      ExternalFramework(id: "clf", code: "CLF", title: "Two"),
    ])

  @Test func answersAsTheModelDoes() {
    let framework = Self.framework
    let index = FrameworkIndex(framework)
    for id in ["levels", "stages", "none"] {
      #expect(index.scale(id: id)?.title == framework.scale(id: id)?.title)
    }
    for id in ["listening", "writing", "none"] {
      #expect(index.competency(id: id)?.title == framework.competency(id: id)?.title)
    }
    for id in ["clf", "none"] {
      #expect(index.external(id: id)?.title == framework.external(id: id)?.title)
    }
    // Where identifiers repeat, the first in file order wins.
    #expect(index.scale(id: "levels")?.title == "Levels")
    #expect(index.competency(id: "listening")?.title == "Listening")
    #expect(index.external(id: "clf")?.title == "One")
  }
}
