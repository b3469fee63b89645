/// Writes a ``CASEPackage`` in the CASE 1.1 JSON binding.
///
/// Members come in the order of the official schema's properties; optional members are
/// left out when there is nothing to say (CASE has no `null`), and no `extensions` are
/// written.
extension JSONWriter {
  mutating func writeCASEPackage(_ package: CASEPackage) {
    beginObject()
    key("CFDocument")
    writeCASEDocument(package.document, licence: package.licence?.node)
    array("CFItems", package.items) { $0.writeCASEItem($1) }
    array("CFAssociations", package.associations) { $0.writeCASEAssociation($1) }
    key("CFDefinitions")
    beginObject()
    if let licence = package.licence {
      array("CFLicenses", [licence]) { writer, licence in
        writer.beginObject()
        writer.field("identifier", licence.node.identifier)
        writer.field("uri", licence.node.uri)
        writer.field("title", licence.node.title)
        writer.field("licenseText", licence.text)
        writer.field("lastChangeDateTime", licence.lastChangeDateTime)
        writer.endObject()
      }
    }
    array("CFItemTypes", package.itemTypes) { writer, type in
      writer.beginObject()
      writer.field("identifier", type.node.identifier)
      writer.field("uri", type.uri)
      writer.field("title", type.title)
      writer.field("description", type.description)
      writer.field("hierarchyCode", type.code)
      writer.field("typeCode", type.code)
      writer.field("lastChangeDateTime", CASEItemType.lastChangeDateTime)
      writer.endObject()
    }
    endObject()
    endObject()
  }

  mutating func writeCASEDocument(_ document: CASEPackage.Document, licence: CASEPackage.Node?) {
    beginObject()
    field("identifier", document.node.identifier)
    field("uri", document.node.uri)
    field("caseVersion", "1.1")
    field("creator", document.creator)
    field("title", document.node.title)
    field("lastChangeDateTime", document.lastChangeDateTime)
    optionalField("publisher", document.publisher)
    optionalField("description", document.description)
    field("language", document.language)
    optionalField("version", document.version)
    if let licence { writeCASENode("licenseURI", licence) }
    endObject()
  }

  mutating func writeCASEItem(_ item: CASEPackage.Item) {
    beginObject()
    field("identifier", item.node.identifier)
    field("fullStatement", item.fullStatement)
    field("CFItemType", item.type.title)
    field("uri", item.node.uri)
    optionalField("humanCodingScheme", item.humanCodingScheme)
    optionalField("notes", item.notes)
    field("language", item.language)
    writeCASENode("CFItemTypeURI", item.type.node)
    field("lastChangeDateTime", item.lastChangeDateTime)
    endObject()
  }

  mutating func writeCASEAssociation(_ association: CASEPackage.Association) {
    beginObject()
    field("identifier", association.identifier)
    field("associationType", association.type.rawValue)
    if let sequence = association.sequenceNumber { field("sequenceNumber", sequence) }
    field("uri", association.uri)
    writeCASENode("originNodeURI", association.origin)
    writeCASENode("destinationNodeURI", association.destination)
    field("lastChangeDateTime", association.lastChangeDateTime)
    optionalField("notes", association.notes)
    endObject()
  }

  /// A link to a node: its title, identifier and URI.
  mutating func writeCASENode(_ name: StaticString, _ node: CASEPackage.Node) {
    key(name)
    beginObject()
    field("title", node.title)
    field("identifier", node.identifier)
    field("uri", node.uri)
    endObject()
  }

  /// Writes a member only when it has a value.
  mutating func optionalField(_ name: StaticString, _ value: String?) {
    if let value { field(name, value) }
  }
}
