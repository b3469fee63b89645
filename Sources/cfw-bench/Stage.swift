import CFWCheck
import CFWEmit
import CFWModel
import CFWSyntax
import Foundation

/// One measured stage of the pipeline. Each runs in its own child process, so that its
/// peak memory is its own.
enum Stage: String, CaseIterable {
  /// A plain byte-by-byte scan of the source: the memory-bound limit.
  case scan
  case lex
  /// Lexing and parsing.
  case parse
  /// Lexing, parsing and resolving (`Compiler.compile`).
  case resolve
  /// The checks alone, on a compiled file.
  case validate
  /// Lexing, parsing, resolving and validating.
  case frontEnd = "front-end"
  case json
  case html
  case swift
  /// From source bytes to every output.
  case endToEnd = "end-to-end"
  /// Foundation's `JSONDecoder` decoding the framework's JSON into `Codable` structs.
  case decode

  /// Prepares the stage on a source file (or, for `decode`, a JSON file). The closure it
  /// returns runs the stage and returns the number of bytes it produced (0 for none).
  func prepare(source: [UInt8], path: String) -> () -> Int {
    // Every stage that starts from bytes builds the file's line index too; the lexer
    // alone is measured on a file already indexed.
    let file = SourceFile(path: path, bytes: source)
    switch self {
    case .scan:
      return { ByteScan.lineCount(source) }
    case .lex:
      return { Lexer(file: file).tokenize().tokens.count }
    case .parse:
      return { Parser.parse(SourceFile(path: path, bytes: source)).nodes.count }
    case .resolve:
      return { Stage.compile(SourceFile(path: path, bytes: source)).diagnostics.count }
    case .validate:
      let compiled = Stage.compile(file)
      return { Checker.check(compiled).count }
    case .frontEnd:
      return { Checker.check(Stage.compile(SourceFile(path: path, bytes: source))).count }
    case .json, .html, .swift:
      let framework = Stage.compile(file).framework!
      let emitter = Stage.emitter(self)
      return { emitter.emit(framework, name: "synthetic").reduce(0) { $0 + $1.contents.count } }
    case .endToEnd:
      return {
        let compiled = Stage.compile(SourceFile(path: path, bytes: source))
        var total = Checker.check(compiled).count
        for stage in [Stage.json, .html, .swift] {
          total += Stage.emitter(stage).emit(compiled.framework!, name: "synthetic").reduce(0) {
            $0 + $1.contents.count
          }
        }
        return total
      }
    case .decode:
      let data = Data(source)
      return {
        let document = try! JSONDecoder().decode(FrameworkDocument.self, from: data)
        return document.contents.count
      }
    }
  }

  static func compile(_ file: SourceFile) -> CompiledFile {
    var compiler = Compiler(maximumFileSize: Int.max, read: { _ in nil })
    return compiler.compile(file)
  }

  static func emitter(_ stage: Stage) -> any Emitter {
    switch stage {
    case .html: return HTMLEmitter()
    case .swift: return SwiftEmitter()
    default: return JSONEmitter()
    }
  }
}

/// The yardstick for the lexer: reads every byte once and counts line feeds.
enum ByteScan {
  @inline(never)
  static func lineCount(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      var lines = 0
      for byte in buffer where byte == 0x0A { lines += 1 }
      return lines
    }
  }
}
