import CFWDiff
import CFWModel
import CFWTestSupport
import Foundation
import Testing

/// Tiny frameworks for the diff tests, and a way to compare two versions of one.
enum DiffSupport {
  /// A small framework with a scale, a group, two competencies (one with a theme) and a
  /// role: the older version of most tests, edited into the newer one.
  static let base = """
    framework Demo
      version 1

    scale Levels
      level 1 Basic
      level 2 Advanced

    group People
      competency Listening
        behaviours
          - Keeps an open mind.
        level 1
          - Listens carefully to what others say.
          - Asks questions to check understanding.
        level 2
          - Coaches others to listen well in difficult meetings.
        negative
          - Interrupts people before they have finished.

      competency Speaking
        level 1
          - Speaks clearly and calmly to groups.
        level 2
          - Gives short talks to large audiences.
        theme Writing
          level 1
            - Writes short plain notes.
          level 2
            - Edits the writing of others for clarity.

    role Adviser
      requires Listening at level 1
      requires Speaking at level 2

    """

  /// The framework of `text`, recording an issue for each error.
  static func framework(
    _ text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> Framework {
    let (compiled, diagnostics) = TestFrameworks.compile(text)
    for error in diagnostics.filter({ $0.severity == .error }) {
      Issue.record("unexpected error: \(error.message)", sourceLocation: sourceLocation)
    }
    return compiled.framework!
  }

  /// `text` with each pair's first string replaced by its second; every first string must
  /// occur exactly once.
  static func edit(
    _ text: String, _ edits: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation
  ) -> String {
    var result = text
    for (old, new) in edits {
      let count = result.components(separatedBy: old).count - 1
      #expect(count == 1, "‘\(old)’ occurs \(count) times", sourceLocation: sourceLocation)
      result = result.replacingOccurrences(of: old, with: new)
    }
    return result
  }

  /// The changes from `old` to `new`.
  static func changes(
    _ old: String, _ new: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> [Change] {
    FrameworkDiff(
      old: framework(old, sourceLocation: sourceLocation),
      new: framework(new, sourceLocation: sourceLocation)
    ).changes
  }

  /// The changes from `base` to `base` edited.
  static func changes(
    editing edits: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation
  ) -> [Change] {
    changes(base, edit(base, edits, sourceLocation: sourceLocation), sourceLocation: sourceLocation)
  }

  static func entity(_ kind: Entity.Kind, _ id: String, _ title: String) -> Entity {
    Entity(kind: kind, id: id, title: title)
  }

  static let listening = entity(.competency, "listening", "Listening")
  static let speaking = entity(.competency, "speaking", "Speaking")
  static let people = entity(.group, "people", "People")
  static let levels = entity(.scale, "levels", "Levels")
  static let writing = entity(.theme, "writing", "Writing")
  static let adviser = entity(.role, "adviser", "Adviser")

  static func place(
    _ competency: Entity, level: String? = nil, theme: Entity? = nil
  ) -> Place {
    Place(competency: competency, theme: theme, levelID: level, levelCode: level)
  }
}
