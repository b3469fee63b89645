import CFWSyntax

/// Prints a syntax tree in the canonical layout that `cfw fmt` writes.
///
/// Only layout changes: indentation, blank lines, the spaces around a declaration's
/// keyword and identifier, line endings and a byte-order mark. Every character of
/// content, and every line break inside a bullet or a paragraph, is kept as written.
/// docs/formatting.md lists the rules.
public enum Formatter {
  /// Spaces per step of indentation.
  public static let indentation = 2

  /// The canonical text of `tree`: LF line endings, one final newline (none for a file
  /// without content).
  ///
  /// The tree must have no syntax errors: the lines the parser skipped after an error
  /// are not in the tree, so they would be lost.
  public static func format(_ tree: SyntaxTree) -> String {
    var layout = Layout(file: tree.file)
    layout.root(tree.nodes)
    return layout.printer.text
  }
}
