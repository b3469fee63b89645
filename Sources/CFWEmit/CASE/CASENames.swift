import CFWModel

/// The URIs and identifiers of a framework's CASE nodes.
///
/// Every node has a path below the framework's base URI
/// (`competency/self-belief/level/1/indicator/3`); its `uri` is the base, a slash and the
/// path, and its identifier is the version 5 UUID of that URI in the URL namespace. The
/// base is the framework's `uri`, or `urn:cfw:` and the framework's identifier when it
/// declares none. Identifiers therefore stay the same from build to build and machine to
/// machine, and change when the base URI changes.
package struct CASENames: Sendable, Hashable {
  /// The base URI, without a trailing slash.
  package var base: String

  /// The prefix of the base URI of a framework that declares none.
  package static let defaultPrefix = "urn:cfw:"

  /// The date written where the source gives none: the Unix epoch.
  package static let fixedDateTime = "1970-01-01T00:00:00+00:00"

  package init(base: String) {
    var base = base
    while base.hasSuffix("/") { base.removeLast() }
    self.base = base
  }

  /// The names of a framework's own nodes.
  package init(_ framework: Framework) {
    self.init(base: framework.uri ?? Self.defaultPrefix + framework.id)
  }

  /// The names of an external framework's nodes, which its references point at.
  package init(_ external: ExternalFramework) {
    self.init(base: external.uri ?? Self.defaultPrefix + external.id)
  }

  /// The URI of the node at `path`; the empty path is the framework itself.
  package func uri(_ path: String) -> String { path.isEmpty ? base : base + "/" + path }

  /// The node at `path`, with its title.
  package func node(_ path: String, title: String) -> CASEPackage.Node {
    let uri = uri(path)
    return CASEPackage.Node(title: title, identifier: UUIDv5.make(uri: uri), uri: uri)
  }

  /// The `lastChangeDateTime` of a framework dated `date` (`YYYY`, `YYYY-MM` or
  /// `YYYY-MM-DD`): midnight UTC on the first day the date allows, or
  /// ``fixedDateTime`` when there is no date.
  package static func dateTime(_ date: String?) -> String {
    guard let date else { return fixedDateTime }
    let parts = date.split(separator: "-", omittingEmptySubsequences: false)
    let widths = [4, 2, 2]
    guard (1...3).contains(parts.count),
      zip(parts, widths).allSatisfy({ part, width in
        part.count == width && part.allSatisfy { ("0"..."9").contains($0) }
      })
    else { return fixedDateTime }
    let filled = parts.map(String.init) + ["01", "01"].suffix(3 - parts.count)
    return filled.joined(separator: "-") + "T00:00:00+00:00"
  }
}
