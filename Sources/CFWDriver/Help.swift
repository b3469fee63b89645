/// The help texts of `cfw`.
enum Help {
  struct Command {
    var name: String
    var summary: String
    var usage: String
    var details: String
  }

  static let commands: [Command] = [
    Command(
      name: "check", summary: "Check frameworks and report every problem",
      usage: "cfw check [--strict] [--format text|json|github|sarif] [PATH…]",
      details: """
        Compiles each .cfw file (directories are searched for them; with no PATH,
        frameworks/) and reports syntax errors, unresolved references and content
        problems, each with its place in the file and how to fix it.

        Options:
          --strict              Treat warnings as errors.
          --format FORMAT       text (default), json, github (GitHub Actions
                                annotations) or sarif (SARIF 2.1.0).
          --max-file-size N     Refuse files larger than N bytes (default 64 MiB).

        Exit status: 0 no problems, 1 problems found, 2 usage or I/O error.
        """)
  ]

  static var overview: String {
    var text = """
      cfw \(CommandLineTool.version): a compiler for competency frameworks

      Usage: cfw <command> [options] [PATH…]

      Commands:

      """
    let width = commands.map(\.name.count).max() ?? 0
    for command in commands {
      text += "  " + command.name + String(repeating: " ", count: width - command.name.count + 3)
        + command.summary + "\n"
    }
    text += """

      Options:
        -h, --help     Show help.
        --version      Show the version.

      Run ‘cfw help <command>’ for a command’s options.

      """
    return text
  }

  static func command(_ name: String) -> String? {
    guard let command = commands.first(where: { $0.name == name }) else { return nil }
    return "Usage: \(command.usage)\n\n\(command.summary).\n\n\(command.details)\n"
  }
}
