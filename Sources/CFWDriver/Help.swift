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
        """),
    Command(
      name: "build", summary: "Write JSON, HTML handbooks and Swift models",
      usage: "cfw build [--out DIR] [--emit json,html,swift] [--check] [PATH…]",
      details: """
        Compiles each .cfw file (with no PATH, every file under frameworks/) and writes
        DIR/json/NAME.json, DIR/html/NAME.html and DIR/swift/NAME.swift (plus the shared
        DIR/swift/CFWModels.swift). Nothing is written when any framework has errors.
        Files are written atomically and only when their content changes.

        Options:
          --out DIR       Where to write (default out).
          --emit LIST     Formats to write, separated by commas (default all).
          --check         Write nothing; list the files that would change and exit 1
                          if any would.

        Exit status: 0 success, 1 errors in a framework or outputs out of date,
        2 usage or I/O error.
        """),
    Command(
      name: "init", summary: "Write a small starter framework",
      usage: "cfw init [NAME]",
      details: """
        Writes NAME.cfw (default framework.cfw): a small, commented framework to start
        from, which passes ‘cfw check’. An existing file is never overwritten.
        """),
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
