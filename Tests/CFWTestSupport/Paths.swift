import Foundation

/// Paths of the repository, for tests.
package enum RepositoryPaths {
  /// The repository root (the folder holding Package.swift).
  package static let root: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
    }
    fatalError("Package.swift not found above \(#filePath)")
  }()

  package static var frameworks: URL { root.appendingPathComponent("frameworks") }
  package static var fixtures: URL { root.appendingPathComponent("Tests/Fixtures") }

  /// Every `.cfw` file of the bundled frameworks, sorted.
  package static var frameworkFiles: [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: frameworks.path)) ?? []
    return names.filter { $0.hasSuffix(".cfw") }.sorted().map {
      frameworks.appendingPathComponent($0)
    }
  }
}
