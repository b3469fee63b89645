extension DiffReport {
  /// The Markdown format, for a pull-request comment: a heading, the summary, then a
  /// heading per section and a bullet per change. Reworded words show as
  /// `~~old~~ **new**`; breaking changes are marked in bold.
  public func markdown() -> String {
    var out = "### Framework changes\n\n"
    out += "\(Self.code(oldName)) → \(Self.code(newName)): \(summary)\n"
    for (section, changes) in sections {
      switch section {
      case .framework: out += "\n#### Framework\n\n"
      case .competency(let entity): out += "\n#### \(Self.escape(entity.title))\n\n"
      case .roles: out += "\n#### Roles\n\n"
      }
      for change in changes {
        out +=
          "- " + (change.isBreaking ? "**Breaking:** " : "") + Self.markdown(Phrase(change))
          + "\n"
      }
    }
    return out
  }

  static func markdown(_ phrase: Phrase) -> String {
    phrase.fragments.map { fragment in
      switch fragment {
      case .plain(let words), .text(let words): escape(words)
      case .identifier(let identifier): code(identifier)
      case .name(let title): "‘\(escape(title))’"
      case .words(let runs):
        runs.map { run in
          switch run.kind {
          case .same: escape(run.text)
          case .removed: "~~\(escape(run.text))~~"
          case .added: "**\(escape(run.text))**"
          }
        }.joined(separator: " ")
      }
    }.joined()
  }

  /// Text with the characters that Markdown would read as marks escaped.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "~", "|", "#": out += "\\\(character)"
      case "&": out += "&amp;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Code text, fenced with more backticks than it holds.
  static func code(_ text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
    return fence + padding + text + padding + fence
  }
}
