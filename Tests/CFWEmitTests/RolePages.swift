import CFWEmit
import CFWModel
import CFWTestSupport
import Foundation
import Testing

/// The pages of roles, for tests: what the HTML emitter writes beside a handbook.
enum RolePages {
  /// The frameworks with roles: the bundled ones that have them, and the sample.
  static func frameworks() -> [(name: String, framework: Framework)] {
    TestFrameworks.bundled().filter { !$0.framework.roles.isEmpty }
      + [("sample", HTMLSampleFramework.framework)]
  }

  /// The files of a framework's roles (not its handbook), by path.
  static func files(_ framework: Framework, name: String) -> [(path: String, text: String)] {
    HTMLEmitter().emit(framework, name: name).filter { $0.path != name + ".html" }.map {
      ($0.path, String(decoding: $0.contents, as: UTF8.self))
    }
  }

  /// One page of a framework's roles, by its path (`mansfield-ashfield/team-leader.html`).
  static func page(_ framework: Framework, name: String, path: String) -> String {
    files(framework, name: name).first { $0.path == path }?.text ?? ""
  }

  /// A bundled framework by the name of its file.
  static func bundled(_ name: String) -> Framework {
    TestFrameworks.load(RepositoryPaths.frameworks.appendingPathComponent(name + ".cfw"))
      ?? Framework(id: "missing", title: "missing")
  }

  /// The text between the element with this id and the next element with the same class
  /// of section, or the end: one competency's section.
  static func section(_ id: String, in html: String) -> Substring {
    guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
    let rest = html[start.upperBound...]
    let end = rest.range(of: "\n      <section ")?.lowerBound ?? rest.endIndex
    return rest[..<end]
  }

  /// The ids a page defines.
  static func ids(_ html: String) -> Set<String> {
    Set(HTMLStructureCheck.scan(html).tags.compactMap { $0.attributes["id"] })
  }

  /// The `href`s a page links to, unescaped.
  static func links(_ html: String) -> [String] {
    HTMLStructureCheck.scan(html).tags.compactMap { tag in
      tag.attributes["href"].map(HTMLStructureCheck.unescape)
    }
  }
}
