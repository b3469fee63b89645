import CFWSyntax

/// Walks the syntax tree and prints each node at its canonical place.
struct Layout {
  let file: SourceFile
  var printer = LinePrinter()

  init(file: SourceFile) { self.file = file }

  /// Prints the top level: exactly one blank line before each declaration, or before the
  /// comments directly above it, except between consecutive imports.
  mutating func root(_ nodes: [SyntaxNode]) {
    let separated = Layout.separatedNodes(nodes)
    for (index, node) in nodes.enumerated() {
      if separated.contains(index) { printer.requestBlank() }
      print(node, indent: 0)
    }
  }

  /// The indices of the top-level nodes that start a declaration together with the
  /// comments written directly above it.
  static func separatedNodes(_ nodes: [SyntaxNode]) -> Set<Int> {
    var result = Set<Int>()
    for (index, node) in nodes.enumerated() {
      guard case .declaration(let declaration) = node else { continue }
      var start = index
      while start > 0, case .comment = nodes[start - 1] { start -= 1 }
      let previous = nodes[..<start].last { if case .blank = $0 { false } else { true } }
      if declaration.keyword == .import, start == index, case .declaration(let before) = previous,
        before.keyword == .import
      {
        continue
      }
      result.insert(start)
    }
    return result
  }

  /// Prints the body of a declaration, `indent` spaces in.
  ///
  /// Content lines keep their indentation relative to the least indented one (which
  /// matters only for nested lists in prose); comments take the indentation of the
  /// line that follows them. Blank lines at the start of the body are dropped.
  mutating func body(_ nodes: [SyntaxNode], indent: Int) {
    let base = nodes.compactMap(Layout.contentColumn).min() ?? 1
    // The column of the first content node from each index on, found in one pass from the
    // end: looking ahead from every comment would make a long run of comments quadratic.
    var nextColumns = [Int](repeating: base, count: nodes.count + 1)
    for index in nodes.indices.reversed() {
      nextColumns[index] = Layout.contentColumn(nodes[index]) ?? nextColumns[index + 1]
    }
    var printedAny = false
    for (index, node) in nodes.enumerated() {
      switch node {
      case .blank:
        if printedAny { printer.requestBlank() }
        continue
      case .comment:
        print(node, indent: indent + nextColumns[index + 1] - base)
      default:
        print(node, indent: indent + (Layout.contentColumn(node) ?? base) - base)
      }
      printedAny = true
    }
  }

  /// The column of a node that is not a comment or a blank line.
  static func contentColumn(_ node: SyntaxNode) -> Int? {
    switch node {
    case .declaration(let declaration): return declaration.column
    case .bullet(let bullet): return bullet.column
    case .prose(let line): return line.column
    case .comment, .blank: return nil
    }
  }

  /// Prints one node, its first line `indent` spaces in (a blank line only asks for one).
  mutating func print(_ node: SyntaxNode, indent: Int) {
    switch node {
    case .declaration(let declaration):
      var header = file.text(declaration.keywordSpan)
      if let argument = argumentText(declaration) { header += " " + argument }
      if let identifier = declaration.identifier { header += " " + file.text(identifier) }
      printer.line(indent, header)
      body(declaration.children, indent: indent + Formatter.indentation)
    case .bullet(let bullet):
      bulletLines(bullet, indent: indent)
    case .prose(let line):
      printer.line(indent, file.text(line.text))
    case .comment(let comment):
      printer.line(indent, file.text(comment.span))
    case .blank:
      printer.requestBlank()
    }
  }

  /// The text after a declaration's keyword, as written, except that one space follows
  /// the code of a level or an external framework, and the `for` of a description: the
  /// model does not depend on how many there are.
  func argumentText(_ declaration: Declaration) -> String? {
    guard let argument = declaration.argument else { return nil }
    let text = file.text(argument)
    switch declaration.keyword {
    case .level, .stage, .midpoint, .external:
      return Layout.oneSpaceAfterFirstWord(text)
    case .description where text.hasPrefix("for "):
      return Layout.oneSpaceAfterFirstWord(text)
    case .attribute:
      return Layout.attribute(text)
    default:
      return text
    }
  }

  /// `NAME: VALUE` with no space before the colon and one after it, which is how the
  /// resolver reads the line whatever the spaces; text without a colon as it is.
  static func attribute(_ text: String) -> String {
    guard let colon = text.firstIndex(of: ":") else { return text }
    let name = text[..<colon].reversed().drop { $0 == " " }.reversed()
    let value = text[text.index(after: colon)...].drop { $0 == " " }
    guard !name.isEmpty, !value.isEmpty else { return text }
    return String(name) + ": " + value
  }

  static func oneSpaceAfterFirstWord(_ text: String) -> String {
    guard let space = text.firstIndex(of: " ") else { return text }
    let rest = text[space...].drop { $0 == " " }
    return rest.isEmpty ? String(text[..<space]) : text[..<space] + " " + rest
  }

  /// Prints a bullet: `- ` and its first line, then each continuation line two spaces
  /// further in than the dash.
  mutating func bulletLines(_ bullet: Bullet, indent: Int) {
    var lines = bullet.lines[...]
    let dashLine = file.line(containing: bullet.dash.start)
    if let first = lines.first, file.line(containing: first.start) == dashLine {
      printer.line(indent, "- " + file.text(first))
      lines = lines.dropFirst()
    } else {
      printer.line(indent, "-")
    }
    for line in lines {
      printer.line(indent + Formatter.indentation, file.text(line))
    }
  }
}
