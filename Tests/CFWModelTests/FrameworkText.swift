import CFWModel

/// The text a framework compiles to, as a reader of the handbook sees it: headings with
/// their labels, descriptions, prose, indicators with their reference badges.
enum FrameworkText {
  static func of(_ framework: Framework) -> String {
    var lines: [String] = [framework.title]
    lines += [framework.subtitle, framework.date, framework.version].compactMap { $0 }
    lines += framework.publishers + framework.licences
    for content in framework.contents {
      switch content {
      case .section(let section): lines += text(section)
      case .values(let list): lines += [list.title] + list.values
      case .scale(let scale):
        lines.append(scale.title)
        lines += scale.description.map(\.plainText)
        for level in scale.levels {
          lines.append(level.label.map { "\(level.code) \($0)" } ?? level.code)
          lines += level.description.map(\.plainText)
        }
      case .group(let group): lines += text(group, framework)
      case .competency(let competency): lines += text(competency, framework)
      }
    }
    for role in framework.roles {
      lines.append(role.title)
      lines += role.descriptions.flatMap { $0.blocks.map(\.plainText) }
    }
    return lines.joined(separator: "\n")
  }

  static func text(_ section: Section) -> [String] {
    var lines = [section.title]
    for part in section.parts {
      switch part {
      case .prose(let block): lines.append(block.plainText)
      case .section(let sub): lines += text(sub)
      }
    }
    return lines
  }

  static func text(_ group: Group, _ framework: Framework) -> [String] {
    var lines = [[group.label, group.title].compactMap { $0 }.joined(separator: " – ")]
    lines += group.audience.map { [$0] } ?? []
    lines += group.descriptions.flatMap { $0.blocks.map(\.plainText) }
    for member in group.members {
      switch member {
      case .group(let inner): lines += text(inner, framework)
      case .competency(let competency): lines += text(competency, framework)
      }
    }
    return lines
  }

  static func text(_ competency: Competency, _ framework: Framework) -> [String] {
    let scale = competency.scaleID.flatMap { framework.scale(id: $0) }
    var lines = [[competency.label, competency.title].compactMap { $0 }.joined(separator: " ")]
    // The handbook sets the first description beside the title, as the sources' headings do.
    if let first = competency.descriptions.first?.blocks.first {
      lines.append("\(competency.title) – \(first.plainText)")
    }
    lines += competency.descriptions.flatMap { $0.blocks.map(\.plainText) }
    for list in competency.behaviours + competency.indicators {
      lines += [list.title].compactMap { $0 } + list.items.map(indicator)
    }
    func levelName(_ block: LevelBlock) -> String {
      let level = scale?.level(id: block.levelID)
      let name = level?.label ?? "\(scale?.term.capitalized ?? "Level") \(block.code)"
      return [name, block.title].compactMap { $0 }.joined(separator: " – ")
    }
    for block in competency.levels {
      lines.append(levelName(block))
      lines += block.indicators.map(indicator)
    }
    for theme in competency.themes {
      lines.append(theme.title)
      lines += theme.descriptions.flatMap { $0.blocks.map(\.plainText) }
      for block in theme.levels {
        lines.append(levelName(block))
        lines += block.indicators.map(indicator)
      }
    }
    for list in competency.negatives {
      lines.append(list.title ?? "")
      lines += list.items.map(indicator)
    }
    return lines
  }

  static func indicator(_ indicator: Indicator) -> String {
    let badges = indicator.references.map { reference -> String in
      let prefix = reference.framework.map { "\($0.name): " } ?? ""
      let level = reference.level.map { " – \($0.name)" } ?? ""
      let strength = reference.strength == .from ? "" : "this \(reference.strength.rawValue) "
      return " (\(strength)\(prefix)\(reference.competency.name)\(level))"
    }
    return indicator.text + badges.joined()
  }

  /// Lowercase letters and digits, every other run of characters one space.
  static func normalise(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var space = true
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        out.unicodeScalars.append(scalar)
        space = false
      } else if scalar == "'" || scalar == "’" {
        continue
      } else if !space {
        out.append(" ")
        space = true
      }
    }
    return out.trimmingCharacters()
  }
}

extension String {
  func trimmingCharacters() -> String {
    var s = Substring(self)
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
