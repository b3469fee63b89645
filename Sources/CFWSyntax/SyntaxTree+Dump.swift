extension SyntaxTree {
  /// The tree as text, one node a line, indented like swift-markdown's debug dump.
  ///
  /// ```
  /// file "leadership.cfw"
  /// └─ declaration competency "Self Belief" @12:3
  ///    └─ declaration stage "1 Acts with confidence" @20:5
  ///       └─ bullet "Manages own anxieties." @21:7
  /// ```
  ///
  /// Locations are `@line:column` of the node's first character. Diagnostics follow the
  /// tree, one a line. Golden tests keep dumps as reviewable snapshots of the parser.
  public func dump() -> String {
    var lines = ["file \(file.path.debugDescription)"]
    appendDump(of: nodes, prefix: "", to: &lines)
    for diagnostic in diagnostics {
      let start = diagnostic.range.start
      lines.append(
        "\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)] @\(start.line):\(start.column) \(diagnostic.message)"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func appendDump(of nodes: [SyntaxNode], prefix: String, to lines: inout [String]) {
    for (index, node) in nodes.enumerated() {
      let isLast = index == nodes.count - 1
      lines.append(prefix + (isLast ? "└─ " : "├─ ") + dumpLine(node))
      if case .declaration(let declaration) = node {
        appendDump(of: declaration.children, prefix: prefix + (isLast ? "   " : "│  "), to: &lines)
      }
    }
  }

  private func dumpLine(_ node: SyntaxNode) -> String {
    var parts: [String]
    switch node {
    case .declaration(let declaration):
      parts = ["declaration", declaration.keyword.rawValue]
      if let argument = declaration.argument { parts.append(quoted(argument)) }
      if let identifier = declaration.identifier { parts.append(file.text(identifier)) }
    case .bullet(let bullet):
      parts = ["bullet"] + bullet.lines.map(quoted)
    case .prose(let line):
      parts = ["prose", quoted(line.text)]
    case .comment(let comment):
      parts = ["comment", quoted(comment.span)]
    case .blank:
      parts = ["blank"]
    }
    let start = file.location(node.span.start)
    parts.append("@\(start.line):\(start.column)")
    return parts.joined(separator: " ")
  }

  private func quoted(_ span: Span) -> String { file.text(span).debugDescription }
}
