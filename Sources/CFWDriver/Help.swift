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
      name: "build", summary: "Write JSON, HTML handbooks, Swift models and exports",
      usage: "cfw build [--out DIR] [--emit json,html,swift,case,csv,moodle] [--check] [PATH…]",
      details: """
        Compiles each .cfw file (with no PATH, every file under frameworks/) and writes
        DIR/json/NAME.json, DIR/html/NAME.html and DIR/swift/NAME.swift (plus the shared
        DIR/swift/CFWModels.swift), the CASE 1.1 package DIR/case/NAME.json, the
        indicator spreadsheet DIR/csv/NAME.csv (and DIR/csv/NAME.excel.csv, with a
        byte-order mark for Excel) and the Moodle import file DIR/moodle/NAME.csv
        (docs/interop.md). For each role, DIR/html/NAME/ROLE.html is its handbook and
        DIR/html/NAME/ROLE-form.html its self-assessment and appraisal form.
        Nothing is written when any framework has errors.
        Files are written atomically and only when their content changes.

        Options:
          --out DIR       Where to write (default out).
          --emit LIST     Formats to write, separated by commas (default all):
                          json, html, swift, case, csv, moodle.
          --check         Write nothing; list the files that would change and exit 1
                          if any would.

        Exit status: 0 success, 1 errors in a framework or outputs out of date,
        2 usage or I/O error.
        """),
    Command(
      name: "fmt", summary: "Rewrite frameworks in the canonical layout",
      usage: "cfw fmt [--check] [PATH…]",
      details: """
        Rewrites each .cfw file (with no PATH, every file under frameworks/) in the
        canonical layout: two spaces per indentation step, no trailing spaces, single
        blank lines, LF line endings. Text and line breaks inside bullets and prose are
        kept. A file is written only if it changes, and only after checking that it
        still compiles to the same framework. Files with syntax errors are reported and
        left alone. docs/formatting.md lists the rules.

        Options:
          --check         Write nothing; list the files that would change and exit 1
                          if any would.

        Exit status: 0 success, 1 files that would change (--check) or could not be
        formatted, 2 usage or I/O error.
        """),
    Command(
      name: "init", summary: "Write a small starter framework",
      usage: "cfw init [NAME]",
      details: """
        Writes NAME.cfw (default framework.cfw): a small, commented framework to start
        from, which passes ‘cfw check’. An existing file is never overwritten.
        """),
    Command(
      name: "explain", summary: "Explain a diagnostic code and how to fix it",
      usage: "cfw explain CODE | cfw explain --list",
      details: """
        Prints what the diagnostic CODE (like CFW201, or cfw201) means, why it matters
        and how to fix it, with a wrong and a right example. docs/diagnostics.md holds
        the same explanations for every code.

        Options:
          --list          List every code with its severity and title.

        Exit status: 0 success, 2 unknown code or usage error.
        """),
    Command(
      name: "diff", summary: "Show what changed between two versions of a framework",
      usage: "cfw diff OLD NEW [--format text|json|markdown] [--breaking]",
      details: """
        Compares two versions of a framework by meaning, not by line: groups,
        competencies, themes, scale levels and roles added, removed, renamed or moved;
        metadata changed; indicators, behaviours and negative indicators added,
        removed, moved to another level, theme or competency, or reworded (shown word
        by word). Both files must compile without errors.

        A change is breaking when an identifier that other systems may store goes away:
        a scale, level, group, competency, theme or role removed, or its identifier
        changed (an explicit {#id} edited, or a title change that changes the derived
        identifier).

        Options:
          --format FORMAT   text (default), json, or markdown (for a pull-request
                            comment).
          --breaking        Exit 1 if any change is breaking.

        Exit status: 0 success, 1 breaking changes (with --breaking), 2 usage or I/O
        error, or a file that does not compile.
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
      text +=
        "  " + command.name + String(repeating: " ", count: width - command.name.count + 3)
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
