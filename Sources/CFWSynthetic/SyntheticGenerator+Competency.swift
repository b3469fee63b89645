/// Competencies, their indicators, and the sentences they are made of.
extension SyntheticGenerator {
  /// Titles a competency may give its own description of a level.
  static let levelTitles = [
    "Works with guidance", "Works independently", "Guides others", "Shapes practice",
    "Sets direction",
  ]

  mutating func competency(_ index: Int, depth: Int, scale: ScalePlan) {
    out.line(depth, "competency ", framework.competencyTitle(index))
    let inner = depth + 1
    if random.chance(30) { out.line(inner, "label \(index + 1)") }
    description(depth: inner, sentences: random.int(1...3))
    if random.chance(30), framework.competencies > 1 {
      out.line(inner, "related ", framework.competencyTitle(other(than: index)))
    }
    if random.chance(15) {
      out.line(inner, "behaviours Features of this competency include:")
      for _ in 0..<random.int(2...4) {
        makeSentence(negative: false)
        out.bullet(inner + 1, sentence)
      }
    }
    if random.chance(15) {
      // A grid: each theme has its own indicators at every level.
      let first = random.int(0...(V.themes.count - 1))
      for offset in 0..<random.int(2...3) {
        let title = V.themes[(first + offset * 5) % V.themes.count]
        out.line(inner, "theme ", title)
        for level in 1...scale.levels {
          levelBlock(level, depth: inner + 1, scale: scale, titled: false, owner: index)
        }
      }
    } else {
      for level in 1...scale.levels {
        levelBlock(level, depth: inner, scale: scale, titled: true, owner: index)
      }
    }
    out.line(inner, "negative Ineffective behaviours")
    for _ in 0..<random.int(3...6) {
      makeSentence(negative: true)
      out.bullet(inner + 1, sentence)
    }
  }

  mutating func levelBlock(_ level: Int, depth: Int, scale: ScalePlan, titled: Bool, owner: Int) {
    if titled, random.chance(20) {
      out.line(depth, "\(scale.term) \(level) ", random.pick(SyntheticGenerator.levelTitles))
    } else {
      out.line(depth, "\(scale.term) \(level)")
    }
    for _ in 0..<random.int(3...6) {
      makeSentence(negative: false)
      out.bullet(depth + 1, sentence, suffix: random.chance(8) ? reference(from: owner) : nil)
    }
  }

  /// A competency index other than `index`.
  mutating func other(than index: Int) -> Int {
    let offset = random.int(1...(framework.competencies - 1))
    return (index + offset) % framework.competencies
  }

  /// A reference to another competency of the framework or of the external framework.
  mutating func reference(from owner: Int) -> String {
    if random.chance(50) || framework.competencies == 1 {
      let competency = random.pick(V.externalCompetencies)
      return "[[from REF: \(competency) at level \(random.pick(V.externalLevels))]]"
    }
    let target = other(than: owner)
    let scale = SyntheticGenerator.scales[Int(scaleOf[target])]
    let strength = random.pick(["links to ", "closely links to ", ""])
    return
      "[[\(strength)\(framework.competencyTitle(target)) at \(scale.term) \(random.int(1...3))]]"
  }

  // MARK: Sentences

  /// Fills `sentence` with one indicator of 10 to 30 words.
  mutating func makeSentence(negative: Bool) {
    sentence.removeAll(keepingCapacity: true)
    let target = random.int(10...30)
    var words = 0
    words += append(random.pick(negative ? V.negativeVerbs : V.verbs))
    words += append(random.pick(V.objects))
    while words < target {
      let connector = random.pick(V.connectors)
      let object = random.pick(V.objects)
      let more = wordCount(connector) + wordCount(object)
      if words + more > 30 {
        let ending = random.pick(V.endings)
        if words + wordCount(ending) <= 30 { words += append(ending) }
        break
      }
      words += append(connector)
      words += append(object)
    }
    if words < 10 { words += append("in every part of the role") }
    sentence.append(0x2E)
  }

  /// Fills `sentence` with prose: `count` sentences, a few words emphasised.
  mutating func makeProse(sentences count: Int) {
    sentence.removeAll(keepingCapacity: true)
    for index in 0..<count {
      if index > 0 { sentence.append(0x20) }
      _ = append(random.pick(V.proseOpenings))
      let object = random.pick(V.objects)
      _ = append(random.chance(15) ? "*\(object)*" : object)
      for _ in 0..<random.int(1...3) {
        _ = append(random.pick(V.connectors))
        _ = append(random.pick(V.objects))
      }
      sentence.append(0x2E)
    }
  }

  /// Appends words to `sentence` after a space; returns how many.
  mutating func append(_ words: String) -> Int {
    if !sentence.isEmpty, sentence.last != 0x20 { sentence.append(0x20) }
    sentence.append(contentsOf: words.utf8)
    return wordCount(words)
  }

  func wordCount(_ words: String) -> Int {
    words.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
  }
}
