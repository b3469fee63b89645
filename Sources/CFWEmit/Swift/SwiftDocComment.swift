import CFWModel

/// A `///` doc comment built from titles and prose, wrapped to the line width.
///
/// Text is made safe for a line comment: line breaks (also U+2028, U+2029 and NEL) start
/// a new comment line, tabs become spaces, other control characters and invisible
/// bidirectional controls become U+FFFD, and `*/` is written `*\/` (Markdown for the
/// same two characters), so that nothing can end the comment or disguise the code
/// around it, even if the file is later wrapped in a block comment.
struct SwiftDocComment {
  /// A logical line: its text, the prefix of its first line and of its continuations.
  private struct Line {
    var text: String
    var firstPrefix = ""
    var restPrefix = ""
  }

  private var lines: [Line] = []

  /// Whether nothing has been added.
  var isEmpty: Bool { lines.isEmpty }

  /// Adds a paragraph, separated from what comes before by a blank comment line; blank
  /// text adds nothing.
  mutating func paragraph(_ text: String) {
    guard text.contains(where: { !$0.isWhitespace }) else { return }
    separate()
    for line in Self.sanitisedLines(text) { lines.append(Line(text: line)) }
  }

  /// Adds prose: paragraphs, and lists as Markdown lists.
  mutating func prose(_ blocks: [ProseBlock], prefix: String = "") {
    for block in blocks {
      switch block {
      case .paragraph(let inlines):
        if prefix.isEmpty { separate() }
        for line in Self.sanitisedLines(Inline.plainText(inlines)) {
          lines.append(Line(text: line, firstPrefix: prefix, restPrefix: prefix))
        }
      case .list(let ordered, let items):
        if prefix.isEmpty { separate() }
        for (number, item) in items.enumerated() {
          let marker = ordered ? String(number + 1) + ". " : "- "
          let continuation = String(repeating: " ", count: marker.count)
          let start = lines.count
          prose(item, prefix: prefix + continuation)
          guard start < lines.count else {
            lines.append(Line(text: "", firstPrefix: prefix + marker, restPrefix: prefix))
            continue
          }
          lines[start].firstPrefix = prefix + marker
        }
      }
    }
  }

  /// Adds prose from descriptions, one after the other.
  mutating func descriptions(_ descriptions: [Description]) {
    for description in descriptions { prose(description.blocks) }
  }

  private mutating func separate() {
    if !lines.isEmpty { lines.append(Line(text: "")) }
  }

  /// The comment lines, each starting with `indent` and `///`, each ending in a newline.
  func rendered(indent: Int) -> String {
    let margin = String(repeating: " ", count: indent) + "///"
    var result = ""
    for line in lines {
      for text in Self.wrap(line, width: SwiftLayout.lineWidth - indent - 4) {
        result += text.isEmpty ? margin + "\n" : margin + " " + text + "\n"
      }
    }
    return result
  }

  /// Breaks a line at spaces so that each piece fits within `width`, where it can.
  private static func wrap(_ line: Line, width: Int) -> [String] {
    let words = line.text.split(separator: " ", omittingEmptySubsequences: true)
    guard !words.isEmpty else { return [line.firstPrefix.trimmedTrailingSpaces] }
    var result: [String] = []
    var current = line.firstPrefix
    var currentHasWord = false
    for word in words {
      let candidate = currentHasWord ? current + " " + word : current + word
      if currentHasWord && candidate.unicodeScalars.count > width {
        result.append(current)
        current = line.restPrefix + word
      } else {
        current = candidate
      }
      currentHasWord = true
    }
    result.append(current)
    return result
  }

  /// The text split into comment-safe lines.
  static func sanitisedLines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      defer { previous = scalar }
      switch scalar.value {
      case 0x0A where previous == "\r":
        continue
      case 0x0A, 0x0D, 0x85, 0x2028, 0x2029:
        lines.append(String(current))
        current = String.UnicodeScalarView()
      case 0x09:
        current.append(" ")
      case 0x2F where previous == "*":
        current.append(contentsOf: "\\/".unicodeScalars)
      default:
        current.append(SwiftLiteral.needsUnicodeEscape(scalar) ? "\u{FFFD}" : scalar)
      }
    }
    lines.append(String(current))
    return lines
  }
}

extension String {
  fileprivate var trimmedTrailingSpaces: String {
    var result = self
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }
}
