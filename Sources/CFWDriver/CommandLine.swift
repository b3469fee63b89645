import CFWDiff
import CFWEmit
import CFWModel
import CFWSyntax
import Foundation

/// The `cfw` command line: parses arguments and runs a command. The executable is a thin
/// wrapper around `CommandLineTool.run`.
public enum CommandLineTool {
  public static let version = "0.1.0"

  /// A usage error: printed with a hint, exit status 2.
  struct UsageError: Error {
    var message: String
    var command: String?
  }

  /// Runs `cfw` with `arguments` (without the program name) and returns the exit status.
  public static func run(_ arguments: [String], console: Console) -> Int32 {
    do {
      return try dispatch(arguments, console: console)
    } catch let error as UsageError {
      console.err("error: \(error.message)\n")
      let help = error.command.map { "cfw help \($0)" } ?? "cfw --help"
      console.err("Run ‘\(help)’ for usage.\n")
      return 2
    } catch {
      console.err("error: \(error)\n")
      return 2
    }
  }

  static func dispatch(_ arguments: [String], console: Console) throws -> Int32 {
    guard let first = arguments.first else {
      console.out(Help.overview)
      return 0
    }
    let rest = Array(arguments.dropFirst())
    if let text = Help.command(first), rest.contains("--help") || rest.contains("-h") {
      console.out(text)
      return 0
    }
    switch first {
    case "--help", "-h":
      console.out(Help.overview)
      return 0
    case "--version":
      console.out("cfw \(version)\n")
      return 0
    case "help":
      guard let topic = rest.first else {
        console.out(Help.overview)
        return 0
      }
      guard let text = Help.command(topic) else {
        throw UsageError(message: "unknown command ‘\(topic)’", command: nil)
      }
      console.out(text)
      return 0
    case "check":
      let options = try Options(
        rest, command: "check", flags: ["--strict"], values: ["--format", "--max-file-size"])
      var command = CheckCommand(paths: options.paths)
      command.strict = options.flag("--strict")
      if let format = options.value("--format") {
        guard let parsed = CheckCommand.Format(rawValue: format) else {
          throw UsageError(
            message: "unknown format ‘\(format)’ (use text, json, github or sarif)",
            command: "check")
        }
        command.format = parsed
      }
      if let size = options.value("--max-file-size") {
        guard let bytes = Int(size), bytes > 0 else {
          throw UsageError(message: "--max-file-size takes a number of bytes", command: "check")
        }
        command.maximumFileSize = bytes
      }
      return command.run(console)
    case "init":
      let options = try Options(rest, command: "init", flags: [], values: [])
      guard options.positional.count <= 1 else {
        throw UsageError(message: "‘cfw init’ takes at most one name", command: "init")
      }
      return InitCommand(name: options.positional.first ?? "framework").run(console)
    case "build":
      let options = try Options(
        rest, command: "build", flags: ["--check"], values: ["--out", "--emit"])
      var command = BuildCommand(paths: options.paths)
      command.check = options.flag("--check")
      if let out = options.value("--out") { command.outputDirectory = out }
      if let emit = options.value("--emit") {
        var formats: [OutputFormat] = []
        for name in emit.split(separator: ",") {
          guard let format = OutputFormat(rawValue: String(name)) else {
            throw UsageError(
              message:
                "unknown output format ‘\(name)’ (use json, html, swift, case, csv or moodle)",
              command: "build")
          }
          if !formats.contains(format) { formats.append(format) }
        }
        command.formats = formats
      }
      return command.run(console)
    case "fmt":
      let options = try Options(rest, command: "fmt", flags: ["--check"], values: [])
      var command = FmtCommand(paths: options.paths)
      command.check = options.flag("--check")
      return command.run(console)
    case "explain":
      return try ExplainCommand(rest).run(console)
    case "diff":
      let options = try Options(rest, command: "diff", flags: ["--breaking"], values: ["--format"])
      guard options.positional.count == 2 else {
        throw UsageError(
          message: "‘cfw diff’ takes two files, the old version and the new", command: "diff")
      }
      var command = DiffCommand(oldPath: options.positional[0], newPath: options.positional[1])
      command.breaking = options.flag("--breaking")
      if let format = options.value("--format") {
        guard let parsed = DiffReport.Format(rawValue: format) else {
          throw UsageError(
            message: "unknown format ‘\(format)’ (use text, json or markdown)", command: "diff")
        }
        command.format = parsed
      }
      return command.run(console)
    default:
      let commands = Help.commands.map(\.name)
      var message = "unknown command ‘\(first)’"
      if let closest = Suggestions.closest(to: first, among: commands) {
        message += "; did you mean ‘\(closest)’?"
      }
      throw UsageError(message: message, command: nil)
    }
  }
}

/// Options of one command: flags, options with values, and positional arguments.
struct Options {
  var positional: [String] = []
  var flags: Set<String> = []
  var values: [String: String] = [:]

  init(
    _ arguments: [String], command: String, flags known: Set<String>,
    values knownValues: Set<String>
  ) throws {
    var index = 0
    var onlyPositional = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositional || !argument.hasPrefix("-") || argument == "-" {
        positional.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositional = true
        continue
      }
      var name = argument
      var inline: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inline = String(argument[argument.index(after: equals)...])
      }
      if known.contains(name), inline == nil {
        flags.insert(name)
      } else if knownValues.contains(name) {
        if let inline {
          values[name] = inline
        } else {
          guard index < arguments.count else {
            throw CommandLineTool.UsageError(message: "\(name) needs a value", command: command)
          }
          values[name] = arguments[index]
          index += 1
        }
      } else {
        throw CommandLineTool.UsageError(
          message: "unknown option ‘\(argument)’ for ‘cfw \(command)’", command: command)
      }
    }
  }

  func flag(_ name: String) -> Bool { flags.contains(name) }
  func value(_ name: String) -> String? { values[name] }

  /// The paths given, or `frameworks` when none are.
  var paths: [String] { positional.isEmpty ? ["frameworks"] : positional }
}
