import CFWModel

extension Framework {
  /// Every competency with the chain of groups that contains it.
  var competenciesWithGroups: [(competency: Competency, groups: [Group])] {
    var result: [(Competency, [Group])] = []
    func visit(_ members: [Member], _ path: [Group]) {
      for member in members {
        switch member {
        case .group(let group): visit(group.members, path + [group])
        case .competency(let competency): result.append((competency, path))
        }
      }
    }
    visit(members, [])
    return result
  }

  /// The scale of a competency.
  func scale(of competency: Competency) -> Scale? {
    competency.scaleID.flatMap { scale(id: $0) }
  }

  /// Every section, subsections included, depth first.
  var allSections: [Section] {
    var result: [Section] = []
    func visit(_ section: Section) {
      result.append(section)
      for case .section(let sub) in section.parts { visit(sub) }
    }
    sections.forEach(visit)
    return result
  }
}

// Walks over the parts of a competency in place. `Competency.allIndicators` and
// `describedLevelIDs` build new arrays on each call; rules that only look call these
// instead, so that checking allocates nothing for a competency with nothing to report.
extension Competency {
  /// Calls `body` with every indicator, in the order of `allIndicators`.
  func forEachIndicator(_ body: (Indicator) throws -> Void) rethrows {
    for list in indicators { try list.items.visitInPlace(body) }
    for block in levels { try block.forEachIndicator(body) }
    for theme in themes {
      for block in theme.levels { try block.forEachIndicator(body) }
    }
    for list in negatives { try list.items.visitInPlace(body) }
  }

  /// Calls `body` with every item of a named list: the competency's, its levels' and its
  /// themes'.
  func forEachListItem(_ body: (Indicator) throws -> Void) rethrows {
    for list in lists { try list.items.visitInPlace(body) }
    try forEachLevelBlock { block in
      for list in block.lists { try list.items.visitInPlace(body) }
    }
    for theme in themes {
      for list in theme.lists { try list.items.visitInPlace(body) }
    }
  }

  /// Calls `body` with every level block: the competency's own, then its themes'.
  func forEachLevelBlock(_ body: (LevelBlock) throws -> Void) rethrows {
    try levels.visitInPlace(body)
    for theme in themes { try theme.levels.visitInPlace(body) }
  }

  /// Whether `allIndicators` is not empty.
  var hasIndicators: Bool {
    indicators.contains { !$0.items.isEmpty } || levels.contains(where: \.hasIndicators)
      || themes.contains { $0.levels.contains(where: \.hasIndicators) }
      || negatives.contains { !$0.items.isEmpty }
  }

  /// Whether `describedLevelIDs` is not empty.
  var hasLevelBlocks: Bool {
    !levels.isEmpty || themes.contains { !$0.levels.isEmpty }
  }

  /// Whether `describedLevelIDs` contains `levelID`.
  func describes(levelID: String) -> Bool {
    levels.contains { $0.levelID == levelID }
      || themes.contains { $0.levels.contains { $0.levelID == levelID } }
  }
}

extension LevelBlock {
  /// Calls `body` with the positive indicators, then the negative ones.
  func forEachIndicator(_ body: (Indicator) throws -> Void) rethrows {
    try indicators.visitInPlace(body)
    for list in negatives { try list.items.visitInPlace(body) }
  }

  /// Whether the block has an indicator, positive or negative.
  var hasIndicators: Bool {
    !indicators.isEmpty || negatives.contains { !$0.items.isEmpty }
  }

  /// Whether the block says anything at all: indicators, a summary or a named list.
  var isEmpty: Bool { !hasIndicators && descriptions.isEmpty && lists.isEmpty }
}

extension Array {
  /// Calls `body` with each element. Unlike `forEach` and `for … in`, it lends each element
  /// in place instead of copying it out of the array (retaining all its fields) first.
  @inline(__always)
  func visitInPlace(_ body: (Element) throws -> Void) rethrows {
    try withUnsafeBufferPointer { elements in
      for position in elements.indices { try body(elements[position]) }
    }
  }
}
