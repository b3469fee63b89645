import CFWFormat
import CFWModel
import CFWSyntax
import CFWTestSupport
import Foundation

/// Formatting and compiling source text in memory, for the formatter's tests.
enum FormatSupport {
  /// What a file means: its framework and the external frameworks it declares.
  struct Model: Equatable {
    var framework: Framework?
    var externals: [ExternalFramework]
  }

  /// Every `.cfw` file under frameworks/ and Tests/Fixtures, relative to the repository
  /// root, sorted.
  static let sources: [String] = {
    var paths: [String] = []
    for folder in ["frameworks", "Tests/Fixtures"] {
      let url = RepositoryPaths.root.appendingPathComponent(folder)
      let enumerator = FileManager.default.enumerator(atPath: url.path)
      while let item = enumerator?.nextObject() as? String {
        if item.hasSuffix(".cfw") { paths.append(folder + "/" + item) }
      }
    }
    return paths.sorted()
  }()

  /// The names of the layout fixtures in Tests/Fixtures/format, without `.cfw`.
  static let layoutFixtures: [String] = {
    let url = RepositoryPaths.fixtures.appendingPathComponent("format")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(".cfw") }.map { String($0.dropLast(4)) }.sorted()
  }()

  /// The bytes of a file of the repository.
  static func read(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(path)))
  }

  /// Parses `bytes` as the file at `path`.
  static func parse(_ bytes: [UInt8], path: String) -> SyntaxTree {
    Parser.parse(SourceFile(path: path, bytes: bytes))
  }

  /// The formatted text of `bytes`.
  static func format(_ bytes: [UInt8], path: String = "test.cfw") -> String {
    Formatter.format(parse(bytes, path: path))
  }

  /// The formatted text of `text`.
  static func format(_ text: String) -> String { format(Array(text.utf8)) }

  /// Compiles `bytes` as the file at `path` (relative to the repository root), reading the
  /// files it imports from disk.
  static func model(_ bytes: [UInt8], path: String) -> Model {
    let root = RepositoryPaths.root.path + "/"
    let key = Path.normalise(root + path)
    var compiler = Compiler(read: { other in
      if Path.normalise(other) == key { return bytes }
      return FileManager.default.contents(atPath: other).map { [UInt8]($0) }
    })
    let compiled = compiler.compile(SourceFile(path: root + path, bytes: bytes))
    return Model(framework: compiled.framework, externals: compiled.externals)
  }
}
