/// A diff ready to print: the changes, grouped by section, with the names of the two
/// versions compared.
public struct DiffReport: Sendable {
  /// An output format of `cfw diff`.
  public enum Format: String, Sendable, CaseIterable {
    /// One line per change, grouped by competency, then a summary line.
    case text
    /// An object with a `changes` list, each with a `kind`; keys in a fixed order.
    case json
    /// A heading per competency and a bullet per change, for a pull-request comment.
    case markdown
  }

  /// How the older version is named (usually its path).
  public var oldName: String
  /// How the newer version is named.
  public var newName: String
  public var diff: FrameworkDiff

  public init(oldName: String, newName: String, diff: FrameworkDiff) {
    self.oldName = oldName
    self.newName = newName
    self.diff = diff
  }

  /// The report in `format`, ending with a newline.
  public func render(_ format: Format) -> String {
    switch format {
    case .text: text()
    case .json: json()
    case .markdown: markdown()
    }
  }

  /// The changes in runs of the same section, in order.
  var sections: [(section: Change.Section, changes: [Change])] {
    var result: [(section: Change.Section, changes: [Change])] = []
    for change in diff.changes {
      if let last = result.last, last.section == change.section {
        result[result.count - 1].changes.append(change)
      } else {
        result.append((change.section, [change]))
      }
    }
    return result
  }

  /// `3 added, 1 removed, 2 moved, 1 reworded`, then renames and other changes when
  /// there are any, and how many are breaking; `no changes` when there are none.
  public var summary: String {
    guard !diff.changes.isEmpty else { return "no changes" }
    var parts = [Change.Category.added, .removed, .moved, .reworded].map {
      "\(diff.count($0)) \($0.rawValue)"
    }
    for category in [Change.Category.renamed, .changed] where diff.count(category) > 0 {
      parts.append("\(diff.count(category)) \(category.rawValue)")
    }
    var result = parts.joined(separator: ", ")
    if diff.breakingCount > 0 { result += "; \(diff.breakingCount) breaking" }
    return result
  }
}
