import CFWEmit
import CFWModel
import CFWSyntax

/// `cfw build`: compiles frameworks and writes their JSON, HTML handbooks and Swift
/// models. Nothing is written when any framework has errors; each file is written
/// atomically, so an interrupted build leaves whole files behind.
public struct BuildCommand {
  public var paths: [String]
  public var outputDirectory = "out"
  public var formats: [OutputFormat] = OutputFormat.allCases
  /// Compare with the files on disk instead of writing.
  public var check = false

  public init(paths: [String]) { self.paths = paths }

  static func emitter(_ format: OutputFormat) -> any Emitter {
    switch format {
    case .json: return JSONEmitter()
    case .html: return HTMLEmitter()
    case .swift: return SwiftEmitter()
    case .case: return CASEEmitter()
    case .csv: return CSVEmitter()
    case .moodle: return MoodleEmitter()
    }
  }

  /// The files a build produces, with paths relative to the output directory.
  public static func outputs(
    _ frameworks: [(name: String, framework: Framework)], formats: [OutputFormat]
  )
    -> [OutputFile]
  {
    var files: [OutputFile] = []
    for format in formats {
      let emitter = emitter(format)
      for (name, framework) in frameworks {
        files += emitter.emit(framework, name: name).map { file in
          OutputFile(path: "\(format.rawValue)/\(file.path)", contents: file.contents)
        }
      }
      files += emitter.emitShared(frameworks.map(\.framework)).map { file in
        OutputFile(path: "\(format.rawValue)/\(file.path)", contents: file.contents)
      }
    }
    return files
  }

  public func run(_ console: Console) -> Int32 {
    guard let files = FileSystem.frameworkFiles(paths, reportingTo: console) else { return 2 }
    let workspace = Workspace(paths: files)
    if !workspace.diagnostics.isEmpty {
      console.err(
        DiagnosticOutput.render(
          workspace.diagnostics, files: workspace.files, format: .text, colour: console.colour,
          checkedFiles: workspace.files.count))
    }
    if workspace.errorCount > 0 {
      console.err("error: nothing was written because of the errors above\n")
      return 1
    }
    var frameworks: [(name: String, framework: Framework)] = []
    var names: [String: String] = [:]
    for compiled in workspace.compiled {
      guard let framework = compiled.framework else { continue }
      let name = Path.lastComponent(compiled.file.path).replacingSuffix(".cfw")
      if name == "main"
        || name == Path.lastComponent(SwiftEmitter.sharedFileName).replacingSuffix(".swift")
      {
        console.err(
          "error: ‘\(compiled.file.path)’: a framework file cannot be called ‘\(name).cfw’, whose Swift output would clash; rename it\n"
        )
        return 2
      }
      // Names that differ only in case or punctuation give the same Swift type.
      let key = SwiftEmitter.typeName(forFile: name)
      if let other = names[key] {
        console.err(
          "error: ‘\(compiled.file.path)’ and ‘\(other)’ would write clashing outputs; rename one\n"
        )
        return 2
      }
      names[key] = compiled.file.path
      frameworks.append((name, framework))
    }
    let outputs = BuildCommand.outputs(frameworks, formats: formats)
    for output in outputs where !BuildCommand.isSafe(output.path) {
      console.err("error: refusing to write ‘\(output.path)’ outside the output directory\n")
      return 2
    }
    let base = outputDirectory.hasSuffix("/") ? String(outputDirectory.dropLast()) : outputDirectory
    if check {
      let stale = outputs.filter { FileSystem.read(base + "/" + $0.path) != $0.contents }
      for file in stale { console.out("would change: \(base)/\(file.path)\n") }
      if !stale.isEmpty { return 1 }
      console.out("\(outputs.count) files are up to date\n")
      return 0
    }
    for output in outputs {
      if let link = FileSystem.symbolicLink(from: base, to: output.path) {
        console.err(
          "error: refusing to write ‘\(base)/\(output.path)’ through the symbolic link ‘\(link)’: outputs stay inside the output directory\n"
        )
        return 2
      }
    }
    do {
      for output in outputs {
        let path = base + "/" + output.path
        if FileSystem.read(path) == output.contents { continue }
        try FileSystem.writeAtomically(output.contents, to: path)
      }
    } catch {
      console.err("error: \(error)\n")
      return 2
    }
    console.out("wrote \(outputs.count) files for \(frameworks.count) frameworks to \(base)/\n")
    return 0
  }

  /// Whether a relative output path stays inside the output directory.
  static func isSafe(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/")
      && !path.split(separator: "/", omittingEmptySubsequences: false).contains {
        $0 == ".." || $0 == "." || $0.isEmpty
      }
  }
}

extension String {
  func replacingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
