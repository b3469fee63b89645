/// A CASE 1.1 `CFPackage`: one framework as a `CFDocument`, its `CFItem`s, the
/// `CFAssociation`s between them and the `CFDefinitions` they use.
///
/// The values mirror the JSON binding closely; ``CASEPackageBuilder`` fills them from a
/// framework and `JSONWriter.writeCASEPackage` writes them.
package struct CASEPackage: Sendable, Hashable {
  package var document: Document
  package var items: [Item]
  package var associations: [Association]
  /// The item types the items use, in ``CASEItemType`` order.
  package var itemTypes: [CASEItemType]
  package var licence: Licence?

  /// A reference to a document or an item: CASE's `LinkURI` and `LinkGenURI`.
  package struct Node: Sendable, Hashable {
    package var title: String
    package var identifier: String
    package var uri: String

    package init(title: String, identifier: String, uri: String) {
      self.title = title
      self.identifier = identifier
      self.uri = uri
    }
  }

  /// The framework itself.
  package struct Document: Sendable, Hashable {
    package var node: Node
    package var creator: String
    package var lastChangeDateTime: String
    /// The publishers, if the source names any.
    package var publisher: String?
    package var description: String?
    package var language: String
    package var version: String?
  }

  /// A group, competency, theme, scale, level or indicator.
  package struct Item: Sendable, Hashable {
    package var node: Node
    package var type: CASEItemType
    package var humanCodingScheme: String?
    package var notes: String?
    package var language: String
    package var lastChangeDateTime: String

    /// The item's text: its title, or an indicator's words.
    package var fullStatement: String { node.title }
  }

  /// A typed link from one node to another.
  package struct Association: Sendable, Hashable {
    package var identifier: String
    package var type: AssociationType
    package var sequenceNumber: Int?
    package var uri: String
    package var origin: Node
    package var destination: Node
    package var lastChangeDateTime: String
    package var notes: String?
  }

  /// The association types cfw writes, named as in CASE.
  package enum AssociationType: String, Sendable, Hashable {
    /// The origin sits under the destination in the framework's tree.
    case isChildOf
    /// The origin level comes before the destination level in a progression.
    case precedes
    /// The origin competency or indicator is described at the destination level.
    case hasSkillLevel
    /// The origin refers to the destination.
    case isRelatedTo
    /// The origin is taken from the destination (a `from` reference).
    case exactMatchOf
  }

  /// The framework's licence notes, as a `CFLicense`.
  package struct Licence: Sendable, Hashable {
    package var node: Node
    package var text: String
    package var lastChangeDateTime: String
  }
}
