import CFWModel
import Foundation

/// A tag found in rendered markup.
struct ScannedTag: Equatable {
  var name: String
  var isEnd: Bool
  /// Attribute values as written, still escaped.
  var attributes: [String: String]
}

/// Structure checks on a rendered handbook, independent of the code that wrote it: a
/// small scanner reads the markup back and reports what a reader or a browser would
/// trip over.
enum HTMLStructureCheck {
  /// The tags of a document in order, and the contents of its `style` elements.
  static func scan(_ html: String) -> (tags: [ScannedTag], styles: [String]) {
    var tags: [ScannedTag] = []
    var styles: [String] = []
    let scalars = Array(html.unicodeScalars)
    var index = 0
    func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        || scalar == "-"
    }
    while index < scalars.count {
      guard scalars[index] == "<" else {
        index += 1
        continue
      }
      index += 1
      if index < scalars.count, scalars[index] == "!" {
        while index < scalars.count, scalars[index] != ">" { index += 1 }
        continue
      }
      var tag = ScannedTag(name: "", isEnd: false, attributes: [:])
      if index < scalars.count, scalars[index] == "/" {
        tag.isEnd = true
        index += 1
      }
      var name = ""
      while index < scalars.count, isNameScalar(scalars[index]) {
        name.unicodeScalars.append(scalars[index])
        index += 1
      }
      tag.name = name.lowercased()
      while index < scalars.count, scalars[index] != ">" {
        if scalars[index] == " " {
          index += 1
          continue
        }
        var attribute = ""
        while index < scalars.count, isNameScalar(scalars[index]) {
          attribute.unicodeScalars.append(scalars[index])
          index += 1
        }
        var value = ""
        if index < scalars.count, scalars[index] == "=" {
          index += 2  // `="`
          while index < scalars.count, scalars[index] != "\"" {
            value.unicodeScalars.append(scalars[index])
            index += 1
          }
          index += 1
        } else if attribute.isEmpty {
          index += 1
        }
        if !attribute.isEmpty { tag.attributes[attribute.lowercased()] = value }
      }
      index += 1
      tags.append(tag)
      if tag.name == "style", !tag.isEnd {
        var css = ""
        while index < scalars.count {
          if scalars[index] == "<", index + 7 < scalars.count,
            String(String.UnicodeScalarView(scalars[index..<index + 8])).lowercased() == "</style>"
          {
            break
          }
          css.unicodeScalars.append(scalars[index])
          index += 1
        }
        styles.append(css)
      }
    }
    return (tags, styles)
  }

  /// What is wrong with a handbook's structure; empty when nothing is. `language` is the
  /// expected `lang`; `proseLinks` the URLs the framework's prose links to, the only
  /// external addresses allowed besides `localFiles`, the relative paths of the other
  /// pages written with it (a role's pages, the framework's handbook); `landmarks` the
  /// elements the page must have exactly one of.
  static func problems(
    _ html: String, language: String, proseLinks: Set<String>, localFiles: Set<String> = [],
    landmarks: [String] = ["header", "nav", "main"]
  ) -> [String] {
    var problems: [String] = []
    if !html.hasPrefix("<!doctype html>\n") {
      problems.append("does not start with <!doctype html>")
    }
    let (tags, styles) = scan(html)
    let starts = tags.filter { !$0.isEnd }
    func count(_ name: String) -> Int { starts.filter { $0.name == name }.count }

    if count("h1") != 1 { problems.append("\(count("h1")) h1 elements, not 1") }
    var previous = 0
    for tag in starts {
      guard tag.name.count == 2, tag.name.hasPrefix("h"), let level = Int(tag.name.dropFirst())
      else { continue }
      if level > previous + 1 { problems.append("heading h\(level) follows h\(previous)") }
      previous = level
    }
    for landmark in landmarks where count(landmark) != 1 {
      problems.append("\(count(landmark)) \(landmark) elements, not 1")
    }
    let html = starts.first { $0.name == "html" }
    if html?.attributes["lang"] != language {
      problems.append("lang is \(html?.attributes["lang"] ?? "missing"), not \(language)")
    }
    if !starts.contains(where: { $0.name == "meta" && $0.attributes["charset"] == "utf-8" }) {
      problems.append("no <meta charset=\"utf-8\">")
    }
    if !starts.contains(where: { $0.name == "meta" && $0.attributes["name"] == "viewport" }) {
      problems.append("no viewport <meta>")
    }

    var ids = Set<String>()
    for tag in starts {
      guard let id = tag.attributes["id"] else { continue }
      if !ids.insert(id).inserted { problems.append("duplicate id \(id)") }
    }
    for tag in starts {
      for forbidden in ["script", "iframe", "img", "link", "object", "embed", "base"]
      where tag.name == forbidden {
        problems.append("<\(forbidden)> element")
      }
      if let source = tag.attributes["src"] { problems.append("src=\"\(source)\"") }
      if tag.attributes.keys.contains(where: { $0.hasPrefix("on") }) {
        problems.append("event handler on <\(tag.name)>")
      }
      guard let href = tag.attributes["href"] else { continue }
      if href.hasPrefix("#") {
        if !ids.contains(String(href.dropFirst())) { problems.append("no id for href=\"\(href)\"") }
      } else if !proseLinks.contains(unescape(href)),
        !localFiles.contains(String(unescape(href).prefix { $0 != "#" }))
      {
        problems.append("external href=\"\(href)\" is not a prose link")
      }
    }

    for (index, tag) in tags.enumerated() where tag.name == "table" && !tag.isEnd {
      if index + 1 >= tags.count || tags[index + 1].name != "caption" {
        problems.append("a table without a caption first")
      }
    }
    for tag in starts where tag.name == "th" && tag.attributes["scope"] == nil {
      problems.append("a th without scope")
    }
    for css in styles {
      for forbidden in ["url(", "@import", "http:", "https:", "</"] where css.contains(forbidden) {
        problems.append("style sheet contains \(forbidden)")
      }
    }
    return problems
  }

  /// Text with the escapes the handbook writes turned back into characters.
  static func unescape(_ text: String) -> String {
    var result = text
    for (escape, character) in [
      ("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"),
    ] {
      result = result.replacingOccurrences(of: escape, with: character)
    }
    return result
  }

  /// Every URL the prose of a framework links to with an allowed scheme.
  static func proseLinks(_ framework: Framework) -> Set<String> {
    var blocks: [ProseBlock] = []
    func add(_ descriptions: [Description]) { blocks += descriptions.flatMap(\.blocks) }
    func addSection(_ section: Section) {
      for part in section.parts {
        switch part {
        case .prose(let block): blocks.append(block)
        case .section(let subsection): addSection(subsection)
        }
      }
    }
    framework.sections.forEach(addSection)
    for scale in framework.scales + framework.externals.flatMap(\.scales) {
      blocks += scale.description + scale.levels.flatMap(\.description)
    }
    framework.allGroups.forEach { add($0.descriptions) }
    for competency in framework.allCompetencies {
      add(competency.descriptions)
      competency.themes.forEach { add($0.descriptions) }
    }
    framework.roles.forEach { add($0.descriptions) }
    for external in framework.externals {
      blocks += external.description + external.competencies.flatMap(\.description)
    }
    var links = Set<String>()
    func visitInlines(_ inlines: [Inline]) {
      for inline in inlines {
        switch inline {
        case .link(let text, let url):
          let lowered = url.lowercased()
          if ["https:", "http:", "mailto:"].contains(where: { lowered.hasPrefix($0) }) {
            links.insert(url)
          }
          visitInlines(text)
        case .emphasis(let inner), .strong(let inner): visitInlines(inner)
        case .text, .lineBreak: break
        }
      }
    }
    func visitBlock(_ block: ProseBlock) {
      switch block {
      case .paragraph(let inlines): visitInlines(inlines)
      case .list(_, let items): items.flatMap { $0 }.forEach(visitBlock)
      }
    }
    blocks.forEach(visitBlock)
    return links
  }
}
