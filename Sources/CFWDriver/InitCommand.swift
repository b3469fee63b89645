import CFWModel

/// `cfw init [NAME]`: writes a small, commented starter framework that passes `cfw check`.
public struct InitCommand {
  public var name: String

  public init(name: String) { self.name = name }

  /// The file the command writes: NAME with `.cfw` added when it has no extension.
  public var path: String { name.hasSuffix(".cfw") ? name : name + ".cfw" }

  public func run(_ console: Console) -> Int32 {
    if FileSystem.exists(path) {
      console.err("error: ‘\(path)’ already exists; choose another name or remove it first\n")
      return 2
    }
    let title = Path.lastComponent(name).replacingSuffix(".cfw")
      .split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(
        separator: " ")
    do {
      try FileSystem.writeAtomically(Array(InitCommand.template(title: title).utf8), to: path)
    } catch {
      console.err("error: \(error)\n")
      return 2
    }
    console.out("wrote \(path); check it with ‘cfw check \(path)’\n")
    return 0
  }

  /// The starter framework.
  public static func template(title: String) -> String {
    """
    # A starter competency framework. Lines that start with "# " are comments.
    # The language is described in docs/language.md; `cfw check` explains any mistake.

    # The framework: its title, then details indented under it.
    framework \(title)
      publisher Your organisation
      date 2026-01

    # Prose for the handbook. Paragraphs are separated by blank lines.
    section Introduction
      This framework describes the behaviours we expect at work. Each competency has
      indicators for each level.

    # The levels, from the first to the most senior.
    scale Levels
      level 1 Foundation
        Everyone in the organisation.
      level 2 Leading others
        Team leaders and managers.

    # Groups gather competencies. Indent a competency under its group.
    group Working with people
      competency Communicating clearly
        description
          Shares information openly and checks that others have understood it.
        level 1
          - Listens carefully and asks questions when something is unclear.
          - Writes and speaks in plain English.
        level 2
          - Explains the reasons for decisions to the team.
        negative Ineffective behaviours
          - Withholds information that others need.

      competency Working together
        description
          Builds good working relationships inside and outside the team.
        level 1
          - Offers help to colleagues without being asked.
        level 2
          - Brings people from different teams together to solve problems.

    # A role names the competencies it needs and the level of each.
    role Team Leader
      requires Communicating clearly at level 2
      requires Working together at level 2

    """
  }
}
