extension DiffReport {
  /// The text format: a heading line per section, one indented line per change marked
  /// `+` added, `-` removed, `>` moved, `~` reworded, renamed or changed, and a summary.
  /// Reworded words show as `[-old-]{+new+}`.
  public func text() -> String {
    var out = ""
    for (section, changes) in sections {
      switch section {
      case .framework: out += "Framework\n"
      case .competency(let entity): out += "Competency ‘\(entity.title)’\n"
      case .roles: out += "Roles\n"
      }
      for change in changes {
        out += "  \(Self.mark(change.category)) " + Self.text(Phrase(change))
        out += change.isBreaking ? " [breaking]\n" : "\n"
      }
      out += "\n"
    }
    return out + summary + "\n"
  }

  static func mark(_ category: Change.Category) -> String {
    switch category {
    case .added: "+"
    case .removed: "-"
    case .moved: ">"
    case .reworded, .renamed, .changed: "~"
    }
  }

  static func text(_ phrase: Phrase) -> String {
    phrase.fragments.map { fragment in
      switch fragment {
      case .plain(let words), .identifier(let words), .text(let words): words
      case .name(let title): "‘\(title)’"
      case .words(let runs): wordDiff(runs)
      }
    }.joined()
  }

  /// `the council's [-Corporate-]{+Strategic+} Plan`.
  public static func wordDiff(_ runs: [WordDiff.Run]) -> String {
    var out = ""
    for (index, run) in runs.enumerated() {
      // Removed and added words of one change stand together: `[-a-]{+b+}`.
      if index > 0, !(run.kind == .added && runs[index - 1].kind == .removed) { out += " " }
      switch run.kind {
      case .same: out += run.text
      case .removed: out += "[-\(run.text)-]"
      case .added: out += "{+\(run.text)+}"
      }
    }
    return out
  }
}
