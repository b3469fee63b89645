import CFWSyntax

/// `cfw explain CODE`: what a diagnostic means and how to fix it; `--list` lists every
/// code with its title.
struct ExplainCommand {
  enum Request {
    case code(DiagnosticCode)
    case list
    case help
  }

  var request: Request

  /// Parses the arguments after `explain`.
  init(_ arguments: [String]) throws {
    let options = try Options(
      arguments, command: "explain", flags: ["--list", "--help", "-h"], values: [])
    if options.flag("--help") || options.flag("-h") {
      request = .help
    } else if options.flag("--list") {
      guard options.positional.isEmpty else {
        throw CommandLineTool.UsageError(
          message: "‘cfw explain --list’ takes no code", command: "explain")
      }
      request = .list
    } else {
      guard options.positional.count == 1, let name = options.positional.first else {
        throw CommandLineTool.UsageError(
          message: options.positional.isEmpty
            ? "‘cfw explain’ needs a code, like ‘cfw explain CFW201’"
            : "‘cfw explain’ takes one code", command: "explain")
      }
      request = .code(try ExplainCommand.code(named: name))
    }
  }

  /// The code a user typed: `CFW201`, `cfw201`, `201`, or `12` for `CFW012`.
  static func code(named name: String) throws -> DiagnosticCode {
    var spelled = name.uppercased()
    if (1...3).contains(spelled.count), spelled.allSatisfy({ $0.isASCII && $0.isNumber }) {
      spelled = "CFW" + String(repeating: "0", count: 3 - spelled.count) + spelled
    }
    if let code = DiagnosticCode(rawValue: spelled) { return code }
    var message = "unknown diagnostic code ‘\(name)’"
    if let closest = Suggestions.closest(
      to: spelled, among: DiagnosticCode.allCases.map(\.rawValue))
    {
      message += "; did you mean ‘\(closest)’?"
    } else {
      message += "; ‘cfw explain --list’ lists every code"
    }
    throw CommandLineTool.UsageError(message: message, command: "explain")
  }

  func run(_ console: Console) -> Int32 {
    switch request {
    case .help:
      console.out(Help.command("explain")!)
    case .list:
      for code in DiagnosticCode.allCases {
        let severity = code.severity.rawValue
        console.out(
          "\(code.rawValue)  \(severity)\(String(repeating: " ", count: 9 - severity.count))"
            + "\(code.title)\n")
      }
    case .code(let code):
      console.out(code.explanationText())
    }
    return 0
  }
}
