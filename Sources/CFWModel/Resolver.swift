import CFWSyntax

/// Turns the syntax tree of one file into model values, looking up every name it can.
///
/// The resolver never fails: a name that does not resolve keeps a nil identifier, and
/// the checks in CFWCheck report it with a suggestion. The resolver itself reports only
/// what makes a declaration unreadable (a bad date, a repeated subtitle, a malformed
/// `requires` line).
struct Resolver {
  let file: SourceFile
  var sink: DiagnosticSink
  /// External frameworks available to this file: its own and those it imports.
  var externals: [ExternalFramework] = []

  init(file: SourceFile, externals: [ExternalFramework] = []) {
    self.file = file
    self.sink = DiagnosticSink(file: file)
    self.externals = externals
  }

  // MARK: Helpers

  func text(_ span: Span?) -> String { span.map { InlineText.plain(file, $0) } ?? "" }

  func origin(_ span: Span) -> Origin { Origin(file: file, span: span) }

  func identifier(_ declaration: Declaration) -> String {
    declaration.identifierText(in: file) ?? Identifier.slug(text(declaration.argument))
  }

  mutating func prose(_ declaration: Declaration) -> [ProseBlock] {
    var parser = ProseParser(file: file, sink: sink)
    let blocks = parser.parse(declaration.children)
    sink = parser.sink
    return blocks
  }

  mutating func description(_ declaration: Declaration) -> Description {
    var audience: String?
    if let argument = declaration.argument {
      let value = text(argument)
      if value.hasPrefix("for ") { audience = String(value.dropFirst(4)).trimmingSpaces }
    }
    return Description(audience: audience, blocks: prose(declaration))
  }

  /// An `attribute NAME: VALUE` line, or nil (with a diagnostic) when it has no colon.
  mutating func attribute(_ declaration: Declaration) -> Attribute? {
    guard let argument = declaration.argument else { return nil }
    let bytes = file.bytes
    var colon = argument.start
    while colon < argument.end, bytes[colon] != 0x3A { colon += 1 }
    var nameEnd = colon
    while nameEnd > argument.start, bytes[nameEnd - 1] == 0x20 { nameEnd -= 1 }
    var valueStart = colon + 1
    while valueStart < argument.end, bytes[valueStart] == 0x20 { valueStart += 1 }
    guard colon < argument.end, nameEnd > argument.start, valueStart < argument.end else {
      sink.report(
        .missingArgument, "an attribute needs a name, a colon and a value", at: argument,
        help: "write it as ‘attribute Owner: People team’")
      return nil
    }
    return Attribute(
      name: text(Span(argument.start, nameEnd)), value: text(Span(valueStart, argument.end)),
      origin: origin(declaration.span))
  }

  /// What the lines common to many entities say: a code, other names, attributes and
  /// named lists. Returns false for any other keyword.
  mutating func common(_ child: Declaration, into entity: inout CommonParts) -> Bool {
    switch child.keyword {
    case .code: entity.code = text(child.argument)
    case .alias: entity.aliases.append(text(child.argument))
    case .attribute:
      if let attribute = attribute(child) { entity.attributes.append(attribute) }
    case .list: entity.lists.append(list(child, polarity: .positive))
    default: return false
    }
    return true
  }

  /// Splits `CODE REST` on the first space.
  func codeAndRest(_ span: Span?) -> (code: String, codeSpan: Span, rest: String?)? {
    guard let span else { return nil }
    let bytes = file.bytes
    var split = span.start
    while split < span.end, bytes[split] != 0x20 { split += 1 }
    var restStart = split
    while restStart < span.end, bytes[restStart] == 0x20 { restStart += 1 }
    let rest = restStart < span.end ? text(Span(restStart, span.end)) : nil
    return (text(Span(span.start, split)), Span(span.start, split), rest)
  }

  // MARK: Files

  /// The external frameworks declared in this file.
  mutating func resolveExternals(_ tree: SyntaxTree) -> [ExternalFramework] {
    var result: [ExternalFramework] = []
    for case .declaration(let declaration) in tree.nodes where declaration.keyword == .external {
      guard let (code, _, title) = codeAndRest(declaration.argument) else { continue }
      if title == nil {
        sink.report(
          .missingArgument, "‘external’ needs a title after its code", at: declaration.span,
          help: "write ‘external CLF Continuous Learning Framework’")
      }
      var external = ExternalFramework(
        id: declaration.identifierText(in: file) ?? Identifier.slug(code), code: code,
        title: title ?? code, origin: origin(declaration.span))
      for case .declaration(let child) in declaration.children {
        switch child.keyword {
        case .publisher: external.publishers.append(text(child.argument))
        case .uri: external.uri = text(child.argument)
        case .description: external.description = prose(child)
        case .scale: external.scales.append(scale(child))
        case .competency:
          var competency = ExternalCompetency(
            id: identifier(child), title: text(child.argument), origin: origin(child.span))
          for case .declaration(let part) in child.children {
            switch part.keyword {
            case .label: competency.label = text(part.argument)
            case .code: competency.code = text(part.argument)
            case .alias: competency.aliases.append(text(part.argument))
            case .description: competency.description = prose(part)
            default: break
            }
          }
          external.competencies.append(competency)
        default: break
        }
      }
      result.append(external)
    }
    return result
  }

  /// The framework of this file, if it declares one.
  mutating func resolveFramework(_ tree: SyntaxTree) -> Framework? {
    guard
      let header = tree.nodes.lazy.compactMap({ node -> Declaration? in
        if case .declaration(let d) = node, d.keyword == .framework { return d }
        return nil
      }).first
    else { return nil }
    var framework = Framework(
      id: identifier(header), title: text(header.argument), origin: origin(header.span))
    metadata(header, into: &framework)
    framework.externals = externals
    // Competencies need the scales, which may come later in the file.
    var scales: [Scale] = []
    for case .declaration(let declaration) in tree.nodes where declaration.keyword == .scale {
      scales.append(scale(declaration))
    }
    var members = resolveMembers(tree, scales: scales)[...]
    var nextScale = 0
    var levelFirst: [Declaration] = []
    for case .declaration(let declaration) in tree.nodes {
      switch declaration.keyword {
      case .section: framework.contents.append(.section(section(declaration)))
      case .values:
        framework.contents.append(
          .values(
            ValueList(
              id: identifier(declaration), title: text(declaration.argument),
              values: declaration.bullets.map { bulletText($0) }, origin: origin(declaration.span)
            )))
      case .scale:
        framework.contents.append(.scale(scales[nextScale]))
        nextScale += 1
      case .group, .competency:
        let (member, diagnostics) = members.removeFirst()
        for diagnostic in diagnostics { sink.append(diagnostic) }
        switch member {
        case .group(let group): framework.contents.append(.group(group))
        case .competency(let competency): framework.contents.append(.competency(competency))
        }
      case .role: framework.roles.append(role(declaration, familyID: nil))
      case .family: family(declaration, parentID: nil, into: &framework)
      case .level, .stage: levelFirst.append(declaration)
      default: break
      }
    }
    if !levelFirst.isEmpty {
      framework.layout = .byLevel
      attachLevelFirst(levelFirst, to: &framework)
    }
    LinkResolver(framework: framework).resolve(&framework)
    return framework
  }

  /// A family of roles, its roles and the families inside it, depth first.
  mutating func family(
    _ declaration: Declaration, parentID: String?, into framework: inout Framework
  ) {
    var family = RoleFamily(
      id: identifier(declaration), title: text(declaration.argument), parentID: parentID,
      origin: origin(declaration.span))
    var parts = CommonParts()
    var roles: [Declaration] = []
    var families: [Declaration] = []
    for case .declaration(let child) in declaration.children where !common(child, into: &parts) {
      switch child.keyword {
      case .label: family.label = text(child.argument)
      case .description: family.descriptions.append(description(child))
      case .role: roles.append(child)
      case .family: families.append(child)
      default: break
      }
    }
    family.code = parts.code
    family.attributes = parts.attributes
    family.lists = parts.lists
    framework.families.append(family)
    for role in roles { framework.roles.append(self.role(role, familyID: family.id)) }
    for child in families { self.family(child, parentID: family.id, into: &framework) }
  }

  /// Puts what top-level `level` blocks say about each competency into the competency, as
  /// if it had been written in the competency's own body.
  mutating func attachLevelFirst(_ declarations: [Declaration], to framework: inout Framework) {
    let names = CompetencyNames(framework.allCompetencies)
    var blocks: [String: [LevelBlock]] = [:]
    var titles: SuggestionIndex?
    for declaration in declarations {
      guard let (code, codeSpan, rest) = codeAndRest(declaration.argument) else { continue }
      if rest != nil {
        sink.report(
          .unexpectedArgument,
          "a top-level ‘\(declaration.keyword.rawValue)’ block takes only a code",
          at: Span(codeSpan.end + 1, declaration.argument!.end),
          help:
            "put the level’s label in the scale: ‘\(declaration.keyword.rawValue) \(code) \(rest!)’"
        )
      }
      for case .declaration(let entry) in declaration.children where entry.keyword == .competency {
        guard let argument = entry.argument else { continue }
        let name = text(argument)
        guard let id = names.id(of: name) else {
          // Built at the first unknown name, once, so that many unknown names stay linear.
          if titles == nil { titles = SuggestionIndex(framework.allCompetencies.map(\.title)) }
          let suggestion = titles?.closest(to: name)
          sink.report(
            .unknownCompetency, "unknown competency ‘\(name)’", at: argument,
            help: suggestion.map { "did you mean ‘\($0)’?" }
              ?? "declare the competency with ‘competency \(name)’ before writing its levels",
            fix: suggestion)
          continue
        }
        var block = levelBody(
          entry, levelID: Identifier.slug(code), code: code, themeID: nil,
          origin: origin(codeSpan))
        block.isLevelFirst = true
        blocks[id, default: []].append(block)
      }
    }
    func attach(_ members: inout [Member]) {
      for index in members.indices {
        switch members[index] {
        case .group(var group):
          attach(&group.members)
          members[index] = .group(group)
        case .competency(var competency):
          guard let extra = blocks[competency.id] else { continue }
          competency.levels += extra
          members[index] = .competency(competency)
        }
      }
    }
    for index in framework.contents.indices {
      switch framework.contents[index] {
      case .group(let group):
        var members = [Member.group(group)]
        attach(&members)
        if case .group(let done) = members[0] { framework.contents[index] = .group(done) }
      case .competency(let competency):
        var members = [Member.competency(competency)]
        attach(&members)
        if case .competency(let done) = members[0] {
          framework.contents[index] = .competency(done)
        }
      default: continue
      }
    }
  }

  /// The top-level groups and competencies, in file order, each with the diagnostics its
  /// resolving reported. They depend on the scales but not on each other, so they are
  /// resolved side by side on the machine's cores, each by a resolver of its own; the
  /// results keep file order, so the model and its diagnostics are the same as when they
  /// are resolved one after another.
  func resolveMembers(_ tree: SyntaxTree, scales: [Scale]) -> [(Member, [Diagnostic])] {
    let declarations = tree.nodes.compactMap { node -> Declaration? in
      guard case .declaration(let declaration) = node,
        declaration.keyword == .group || declaration.keyword == .competency
      else { return nil }
      return declaration
    }
    let template = Resolver(file: file, externals: externals)
    return Array(concurrentlyMaking: declarations.count) { number in
      var resolver = template
      let declaration = declarations[number]
      let member: Member =
        declaration.keyword == .group
        ? .group(resolver.group(declaration, scales: scales, inherited: scales.first?.id))
        : .competency(
          resolver.competency(declaration, scales: scales, inherited: scales.first?.id))
      return (member, resolver.sink.diagnostics)
    }
  }

  mutating func metadata(_ header: Declaration, into framework: inout Framework) {
    var seen: [Keyword: Span] = [:]
    for case .declaration(let child) in header.children {
      let value = text(child.argument)
      if [.subtitle, .date, .version, .uri, .language, .indicators, .negative].contains(
        child.keyword)
      {
        if let first = seen[child.keyword] {
          sink.report(
            .repeatedMetadata, "the framework already has a ‘\(child.keyword.rawValue)’",
            at: child.span,
            notes: [
              Diagnostic.Note("the first is here", path: file.path, range: file.range(first))
            ],
            help: "keep one ‘\(child.keyword.rawValue)’ line")
          continue
        }
        seen[child.keyword] = child.span
      }
      switch child.keyword {
      case .subtitle: framework.subtitle = value
      case .publisher: framework.publishers.append(value)
      case .date:
        if DateText.isValid(value) {
          framework.date = value
        } else if let argument = child.argument {
          sink.report(
            .invalidDate, "‘\(value)’ is not a date", at: argument,
            help: "write the date as YYYY, YYYY-MM or YYYY-MM-DD, like ‘2015-08’")
        }
      case .version: framework.version = value
      case .licence: framework.licences.append(value)
      case .uri: framework.uri = value
      case .language: framework.language = value
      case .indicators, .negative:
        guard child.argument != nil else {
          sink.report(
            .missingArgument,
            "‘\(child.keyword.rawValue)’ in the framework header needs the heading to print",
            at: child.keywordSpan,
            help: child.keyword == .negative
              ? "write the words the framework uses: ‘negative Ineffective behaviours’"
              : "write the words the framework uses: ‘indicators Effective behaviours’")
          continue
        }
        if child.keyword == .negative {
          framework.negativeHeading = value
        } else {
          framework.indicatorHeading = value
        }
      case .attribute:
        if let attribute = attribute(child) { framework.attributes.append(attribute) }
      default: break
      }
    }
  }

  mutating func section(_ declaration: Declaration) -> Section {
    var parts: [Section.Part] = []
    var pending: [SyntaxNode] = []
    func flush(_ resolver: inout Resolver) {
      guard !pending.isEmpty else { return }
      var parser = ProseParser(file: resolver.file, sink: resolver.sink)
      parts += parser.parse(pending).map { .prose($0) }
      resolver.sink = parser.sink
      pending = []
    }
    for child in declaration.children {
      if case .declaration(let sub) = child, sub.keyword == .section {
        flush(&self)
        parts.append(.section(section(sub)))
      } else {
        pending.append(child)
      }
    }
    flush(&self)
    return Section(
      id: identifier(declaration), title: text(declaration.argument), parts: parts,
      origin: origin(declaration.span))
  }

  mutating func scale(_ declaration: Declaration) -> Scale {
    var scale = Scale(
      id: identifier(declaration), title: text(declaration.argument), levels: [],
      origin: origin(declaration.span))
    var termSet = false
    scaleBody(declaration, into: &scale, termSet: &termSet)
    return scale
  }

  /// The lines of a scale, or of one of its bands, which adds its levels to the scale.
  mutating func scaleBody(_ declaration: Declaration, into scale: inout Scale, termSet: inout Bool)
  {
    for case .declaration(let child) in declaration.children {
      switch child.keyword {
      case .cumulative: scale.isCumulative = true
      case .attribute:
        if let attribute = attribute(child) { scale.attributes.append(attribute) }
      case .band:
        var band = Band(
          id: identifier(child), title: text(child.argument), origin: origin(child.span))
        let first = scale.levels.count
        var inner = scale
        inner.attributes = []
        inner.description = []
        scaleBody(child, into: &inner, termSet: &termSet)
        scale.levels = inner.levels
        scale.isCumulative = inner.isCumulative
        band.levelIDs = scale.levels[first...].map(\.id)
        band.attributes = inner.attributes
        band.description = inner.description
        scale.bands.append(band)
      case .seniority:
        let value = text(child.argument)
        if let seniority = Scale.Seniority(rawValue: value) {
          scale.seniority = seniority
        } else if let argument = child.argument {
          sink.report(
            .unexpectedArgument, "seniority is ‘ascending’ or ‘descending’, not ‘\(value)’",
            at: argument,
            help: "‘descending’ means the first level is the most senior", fix: nil)
        }
      case .description: scale.description = prose(child)
      case .level, .stage, .midpoint:
        guard let (code, codeSpan, label) = codeAndRest(child.argument) else { continue }
        if child.keyword == .midpoint, let label {
          sink.report(
            .unexpectedArgument, "a midpoint has a code only, not ‘\(label)’",
            at: Span(codeSpan.end + 1, child.argument!.end),
            help: "remove the label; a midpoint is a rating between two described levels")
        }
        if child.keyword != .midpoint, !termSet {
          scale.term = child.keyword.rawValue
          termSet = true
        }
        var level = Level(
          id: Identifier.slug(code), code: code,
          label: child.keyword == .midpoint ? nil : label, isMidpoint: child.keyword == .midpoint,
          description: prose(child), origin: origin(codeSpan))
        for case .declaration(let part) in child.children {
          switch part.keyword {
          case .intro: level.intro = text(part.argument)
          case .attribute:
            if let attribute = attribute(part) { level.attributes.append(attribute) }
          default: break
          }
        }
        scale.levels.append(level)
      default: break
      }
    }
  }

  /// The scale a `scale NAME` line names, or the inherited one.
  mutating func scaleID(_ declaration: Declaration, scales: [Scale], inherited: String?) -> String?
  {
    var line: Declaration?
    for case .declaration(let child) in declaration.children where child.keyword == .scale {
      line = child
      break
    }
    guard let argument = line?.argument else { return inherited }
    let id = Identifier.slug(text(argument))
    if scales.contains(where: { $0.id == id }) { return id }
    let suggestion = Suggestions.closest(to: text(argument), among: scales.map(\.title))
    sink.report(
      .unknownScale, "unknown scale ‘\(text(argument))’", at: argument,
      help: suggestion.map { "did you mean ‘\($0)’?" }
        ?? "declare the scale with ‘scale \(text(argument))’ at the top level", fix: suggestion)
    return inherited
  }

  mutating func group(_ declaration: Declaration, scales: [Scale], inherited: String?) -> Group {
    let scaleID = scaleID(declaration, scales: scales, inherited: inherited)
    var group = Group(
      id: identifier(declaration), title: text(declaration.argument),
      origin: origin(declaration.span))
    var parts = CommonParts()
    for case .declaration(let child) in declaration.children where !common(child, into: &parts) {
      switch child.keyword {
      case .label: group.label = text(child.argument)
      case .audience: group.audience = text(child.argument)
      case .description: group.descriptions.append(description(child))
      case .group:
        group.members.append(.group(self.group(child, scales: scales, inherited: scaleID)))
      case .competency:
        group.members.append(.competency(competency(child, scales: scales, inherited: scaleID)))
      default: break
      }
    }
    group.code = parts.code
    group.aliases = parts.aliases
    group.attributes = parts.attributes
    group.lists = parts.lists
    return group
  }

  mutating func competency(_ declaration: Declaration, scales: [Scale], inherited: String?)
    -> Competency
  {
    let scaleID = scaleID(declaration, scales: scales, inherited: inherited)
    var competency = Competency(
      id: identifier(declaration), title: text(declaration.argument), scaleID: scaleID,
      origin: origin(declaration.span))
    var parts = CommonParts()
    for case .declaration(let child) in declaration.children where !common(child, into: &parts) {
      switch child.keyword {
      case .label: competency.label = text(child.argument)
      case .audience: competency.audience = text(child.argument)
      case .description: competency.descriptions.append(description(child))
      case .related:
        if let argument = child.argument {
          competency.related.append(Target(name: text(argument), origin: origin(argument)))
        }
      case .behaviours:
        competency.behaviours.append(list(child, polarity: .positive))
      case .indicators:
        competency.indicators.append(list(child, polarity: .positive))
      case .negative:
        competency.negatives.append(list(child, polarity: .negative))
      case .level, .stage:
        if let block = levelBlock(child, themeID: nil) { competency.levels.append(block) }
      case .theme:
        let themeID = identifier(child)
        var theme = Theme(id: themeID, title: text(child.argument), origin: origin(child.span))
        var themeParts = CommonParts()
        for case .declaration(let part) in child.children where !common(part, into: &themeParts) {
          switch part.keyword {
          case .description: theme.descriptions.append(description(part))
          case .level, .stage:
            if let block = levelBlock(part, themeID: themeID) { theme.levels.append(block) }
          default: break
          }
        }
        theme.attributes = themeParts.attributes
        theme.lists = themeParts.lists
        competency.themes.append(theme)
      default: break
      }
    }
    competency.code = parts.code
    competency.aliases = parts.aliases
    competency.attributes = parts.attributes
    competency.lists = parts.lists
    return competency
  }

  mutating func list(_ declaration: Declaration, polarity: Indicator.Polarity) -> IndicatorList {
    IndicatorList(
      title: declaration.argument.map { text($0) },
      items: indicators(declaration, polarity: polarity, levelID: nil, themeID: nil),
      origin: origin(declaration.span))
  }

  mutating func levelBlock(_ declaration: Declaration, themeID: String?) -> LevelBlock? {
    guard let (code, codeSpan, title) = codeAndRest(declaration.argument) else { return nil }
    var block = levelBody(
      declaration, levelID: Identifier.slug(code), code: code, themeID: themeID,
      origin: origin(codeSpan))
    block.title = title
    return block
  }

  /// What a competency says at one level: its bullets, summary, negative indicators,
  /// named lists and attributes.
  mutating func levelBody(
    _ declaration: Declaration, levelID: String, code: String, themeID: String?, origin: Origin
  ) -> LevelBlock {
    var block = LevelBlock(
      levelID: levelID, code: code,
      indicators: indicators(declaration, polarity: .positive, levelID: levelID, themeID: themeID),
      origin: origin)
    for case .declaration(let child) in declaration.children {
      switch child.keyword {
      case .description: block.descriptions.append(description(child))
      case .negative:
        block.negatives.append(
          IndicatorList(
            title: child.argument.map { text($0) },
            items: indicators(child, polarity: .negative, levelID: levelID, themeID: themeID),
            origin: self.origin(child.span)))
      case .list:
        block.lists.append(
          IndicatorList(
            title: child.argument.map { text($0) },
            items: indicators(child, polarity: .positive, levelID: levelID, themeID: themeID),
            origin: self.origin(child.span)))
      case .attribute:
        if let attribute = attribute(child) { block.attributes.append(attribute) }
      default: break
      }
    }
    return block
  }

  mutating func bulletText(_ bullet: Bullet) -> String {
    InlineText.bullet(bullet, file: file, sink: &sink).0
  }

  /// The indicators of the bullets of a declaration.
  mutating func indicators(
    _ declaration: Declaration, polarity: Indicator.Polarity, levelID: String?, themeID: String?
  ) -> [Indicator] {
    var result: [Indicator] = []
    result.reserveCapacity(declaration.children.count)
    for case .bullet(let bullet) in declaration.children {
      result.append(indicator(bullet, polarity: polarity, levelID: levelID, themeID: themeID))
    }
    return result
  }

  mutating func indicator(
    _ bullet: Bullet, polarity: Indicator.Polarity, levelID: String?, themeID: String?
  ) -> Indicator {
    let (text, raw) = InlineText.bullet(bullet, file: file, sink: &sink)
    let references = raw.map { reference in
      Reference(
        strength: reference.strength,
        framework: reference.framework.map { Target(name: $0.0, origin: origin($0.1)) },
        competency: Target(name: reference.name.0, origin: origin(reference.name.1)),
        level: reference.level.map { Target(name: $0.0, origin: origin($0.1)) },
        origin: origin(reference.span))
    }
    return Indicator(
      text: text, polarity: polarity, levelID: levelID, themeID: themeID, references: references,
      origin: origin(bullet.span))
  }

  mutating func role(_ declaration: Declaration, familyID: String?) -> Role {
    var role = Role(
      id: identifier(declaration), title: text(declaration.argument), familyID: familyID,
      origin: origin(declaration.span))
    var parts = CommonParts()
    for case .declaration(let child) in declaration.children where !common(child, into: &parts) {
      switch child.keyword {
      case .label: role.label = text(child.argument)
      case .description: role.descriptions.append(description(child))
      case .requires, .desirable, .optional:
        if let requirement = requirement(child) { role.requirements.append(requirement) }
      case .level, .stage:
        guard let (code, codeSpan, title) = codeAndRest(child.argument) else { continue }
        var level = RoleLevel(
          id: Identifier.slug(code), code: code, title: title, origin: origin(codeSpan))
        var levelParts = CommonParts()
        for case .declaration(let part) in child.children where !common(part, into: &levelParts) {
          switch part.keyword {
          case .label: level.label = text(part.argument)
          case .description: level.descriptions.append(description(part))
          case .requires, .desirable, .optional:
            if let requirement = requirement(part) { level.requirements.append(requirement) }
          default: break
          }
        }
        level.attributes = levelParts.attributes
        level.lists = levelParts.lists
        role.levels.append(level)
      default: break
      }
    }
    role.code = parts.code
    role.aliases = parts.aliases
    role.attributes = parts.attributes
    role.lists = parts.lists
    return role
  }

  /// A `requires`, `desirable` or `optional` line.
  mutating func requirement(_ child: Declaration) -> Requirement? {
    guard let argument = child.argument else { return nil }
    guard
      let (keywordStart, codeStart) = InlineText.levelSuffix(
        file.bytes, argument.start, argument.end)
    else {
      sink.report(
        .missingArgument, "this requirement names no level", at: argument,
        help: "add the expected level: ‘\(child.keyword.rawValue) \(text(argument)) at level 2’")
      return nil
    }
    let importance: Requirement.Importance =
      switch child.keyword {
      case .desirable: .desirable
      case .optional: .optional
      default: .essential
      }
    return Requirement(
      competency: Target(
        name: text(Span(argument.start, keywordStart)),
        origin: origin(Span(argument.start, keywordStart))),
      level: Target(
        name: text(Span(codeStart, argument.end)), origin: origin(Span(codeStart, argument.end))),
      importance: importance, origin: origin(child.span))
  }
}

/// The parts that groups, competencies, roles and families share.
struct CommonParts {
  var code: String?
  var aliases: [String] = []
  var attributes: [Attribute] = []
  var lists: [IndicatorList] = []
}

/// Dates as the language writes them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
public enum DateText {
  public static func isValid(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return false }
    if parts.count >= 2 {
      guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
        return false
      }
      if parts.count == 3 {
        guard parts[2].count == 2, let day = Int(parts[2]), let year = Int(parts[0]) else {
          return false
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
      }
    }
    return true
  }
}
