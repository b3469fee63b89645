import CFWSyntax

/// One compiled source file: its syntax tree and what it declares.
public struct CompiledFile: Sendable {
  public var file: SourceFile
  public var tree: SyntaxTree
  /// The framework the file declares; nil for a library of external frameworks.
  public var framework: Framework?
  /// The external frameworks the file declares itself.
  public var externals: [ExternalFramework]
  /// The external frameworks the file sees through its imports.
  public var importedExternals: [ExternalFramework] = []
  /// Syntax and resolution diagnostics of this file (checks add more).
  public var diagnostics: [Diagnostic]

  /// Whether the file holds only external frameworks.
  public var isLibrary: Bool { framework == nil && !externals.isEmpty }
}

/// Compiles `.cfw` files and the files they import, each once.
///
/// Reading is injected, so the compiler does no I/O of its own: the driver reads from
/// disk, tests from memory.
public struct Compiler {
  /// Reads the bytes of a file, or returns nil when it cannot be read.
  public typealias Reader = (String) -> [UInt8]?

  /// The largest file the compiler reads, in bytes.
  public var maximumFileSize: Int
  let read: Reader
  /// Compiled files by normalised path.
  public private(set) var files: [String: CompiledFile] = [:]
  /// Paths being compiled, innermost last, to detect import cycles.
  var stack: [String] = []

  public init(maximumFileSize: Int = 64 << 20, read: @escaping Reader) {
    self.maximumFileSize = maximumFileSize
    self.read = read
  }

  /// Compiles the file at `path` (and what it imports). Returns nil when the file cannot
  /// be read.
  @discardableResult
  public mutating func compile(path: String) -> CompiledFile? {
    let key = Path.normalise(path)
    if let done = files[key] { return done }
    guard let bytes = read(path) else { return nil }
    let compiled = compile(SourceFile(path: path, bytes: bytes))
    return compiled
  }

  /// Compiles a file already in memory.
  public mutating func compile(_ file: SourceFile) -> CompiledFile {
    let key = Path.normalise(file.path)
    if let done = files[key] { return done }
    if file.bytes.count > maximumFileSize {
      var sink = DiagnosticSink(file: file)
      sink.report(
        .fileTooLarge,
        "the file is \(file.bytes.count) bytes, more than the limit of \(maximumFileSize)",
        at: Span(0, 0), help: "split the framework into several files, or raise --max-file-size")
      let tree = SyntaxTree(
        file: SourceFile(path: file.path, bytes: []), nodes: [], diagnostics: [])
      let result = CompiledFile(
        file: file, tree: tree, framework: nil, externals: [], importedExternals: [],
        diagnostics: sink.diagnostics)
      files[key] = result
      return result
    }
    stack.append(key)
    defer { stack.removeLast() }
    let tree = Parser.parse(file)
    var resolver = Resolver(file: file)
    checkLayout(tree, sink: &resolver.sink)
    let own = resolver.resolveExternals(tree)
    let imported = imports(tree, from: file, sink: &resolver.sink)
    resolver.externals = own + imported
    let framework = resolver.resolveFramework(tree)
    let result = CompiledFile(
      file: file, tree: tree, framework: framework, externals: own, importedExternals: imported,
      diagnostics: tree.diagnostics + resolver.sink.diagnostics)
    files[key] = result
    return result
  }

  /// A file starts with `framework` (then anything) or holds only external frameworks.
  func checkLayout(_ tree: SyntaxTree, sink: inout DiagnosticSink) {
    let declarations = tree.nodes.compactMap { node -> Declaration? in
      if case .declaration(let d) = node { return d } else { return nil }
    }
    let frameworks = declarations.filter { $0.keyword == .framework }
    for extra in frameworks.dropFirst() {
      sink.report(
        .missingFramework, "a file declares one framework; this is a second", at: extra.keywordSpan,
        notes: [
          Diagnostic.Note(
            "the first is here", path: tree.file.path, range: tree.file.range(frameworks[0].span))
        ], help: "put each framework in its own file")
    }
    if let first = frameworks.first, let before = declarations.first,
      before.keyword != .framework
    {
      sink.report(
        .missingFramework, "‘framework’ must be the first declaration of the file",
        at: first.keywordSpan, help: "move the ‘framework’ block to the top of the file")
    }
    if frameworks.isEmpty, !declarations.contains(where: { $0.keyword == .external }) {
      let span = declarations.first?.keywordSpan ?? Span(0, 0)
      if declarations.contains(where: { $0.keyword != .import }) {
        sink.report(
          .missingFramework, "this file declares no framework", at: span,
          help: "start the file with ‘framework TITLE’")
      }
    }
  }

  /// Compiles the files imported by `tree` and returns the external frameworks they
  /// declare, transitively.
  mutating func imports(_ tree: SyntaxTree, from file: SourceFile, sink: inout DiagnosticSink)
    -> [ExternalFramework]
  {
    var result: [ExternalFramework] = []
    for case .declaration(let declaration) in tree.nodes where declaration.keyword == .import {
      guard let argument = declaration.argument else { continue }
      let relative = file.text(argument)
      let path = Path.join(Path.directory(of: file.path), relative)
      let key = Path.normalise(path)
      if let position = stack.firstIndex(of: key) {
        let chain = (stack[position...] + [key]).map { Path.lastComponent($0) }
        sink.report(
          .importCycle, "importing ‘\(relative)’ makes a cycle: \(chain.joined(separator: " → "))",
          at: argument,
          help:
            "remove one of the imports; shared declarations belong in a file that imports nothing")
        continue
      }
      guard let imported = compile(path: path) else {
        sink.report(
          .importNotFound, "cannot read imported file ‘\(relative)’", at: argument,
          help:
            "the path is relative to this file’s folder (\(Path.directory(of: file.path).isEmpty ? "." : Path.directory(of: file.path)))"
        )
        continue
      }
      for external in imported.externals + imported.importedExternals
      where !result.contains(where: { $0.id == external.id }) {
        result.append(external)
      }
    }
    return result
  }
}

/// Path arithmetic on `/`-separated paths, without touching the file system.
public enum Path {
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
  }

  public static func lastComponent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  public static func join(_ directory: String, _ path: String) -> String {
    if path.hasPrefix("/") || directory.isEmpty { return path }
    return directory + "/" + path
  }

  /// Removes `.` components and folds `..` where possible.
  public static func normalise(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
        continue
      }
      if part == "..", absolute { continue }
      parts.append(part)
    }
    return (absolute ? "/" : "") + parts.joined(separator: "/")
  }
}
