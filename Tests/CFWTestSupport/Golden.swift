import Foundation
import Testing

/// Golden files: expected output kept in the repository and reviewed as diffs.
///
/// Set `CFW_UPDATE_GOLDENS=1` to rewrite them from the current output.
package enum Golden {
  package static var updating: Bool {
    ProcessInfo.processInfo.environment["CFW_UPDATE_GOLDENS"] == "1"
  }

  /// Compares `actual` with the golden file at `path` (relative to the repository root).
  package static func assertMatches(
    _ actual: String, path: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = RepositoryPaths.root.appendingPathComponent(path)
    if updating {
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try! Data(actual.utf8).write(to: url)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "missing golden file \(path); run with CFW_UPDATE_GOLDENS=1 to create it",
        sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
      let difference = firstDifference(expected, actual)
      Issue.record(
        "output differs from \(path) (run with CFW_UPDATE_GOLDENS=1 and review the diff):\n\(difference)",
        sourceLocation: sourceLocation)
    }
  }

  /// The first differing line of two texts, for a short failure message.
  package static func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) {
      let left = index < a.count ? String(a[index]) : "<end>"
      let right = index < b.count ? String(b[index]) : "<end>"
      if left != right { return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
    }
    return "(no line differs)"
  }
}
