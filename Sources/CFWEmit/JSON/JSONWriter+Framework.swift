import CFWModel

/// The framework, its top-level contents other than groups and competencies, and the
/// external frameworks it cites.
extension JSONWriter {
  /// Opens an entity object and writes its `"kind"`.
  mutating func beginEntity(_ kind: JSONKind) {
    beginObject()
    key("kind")
    string(kind.name)
  }

  mutating func writeFramework(_ framework: Framework) {
    beginEntity(.framework)
    field("id", framework.id)
    field("schema", JSONEmitter.schemaURI)
    field("formatVersion", JSONEmitter.formatVersion)
    field("title", framework.title)
    field("subtitle", framework.subtitle)
    field("publishers", framework.publishers)
    field("date", framework.date)
    field("version", framework.version)
    field("licences", framework.licences)
    field("uri", framework.uri)
    field("language", framework.language)
    array("contents", framework.contents) { $0.writeContent($1) }
    array("roles", framework.roles) { $0.writeRole($1) }
    array("externalFrameworks", framework.externals) { $0.writeExternalFramework($1) }
    endObject()
  }

  mutating func writeContent(_ content: Framework.Content) {
    switch content {
    case .section(let section): writeSection(section)
    case .values(let values): writeValues(values)
    case .scale(let scale): writeScale(scale)
    case .group(let group): writeGroup(group)
    case .competency(let competency): writeCompetency(competency)
    }
  }

  mutating func writeSection(_ section: Section) {
    beginEntity(.section)
    field("id", section.id)
    field("title", section.title)
    array("content", section.parts) { writer, part in
      switch part {
      case .prose(let block): writer.writeBlock(block)
      case .section(let subsection): writer.writeSection(subsection)
      }
    }
    endObject()
  }

  mutating func writeValues(_ values: ValueList) {
    beginEntity(.values)
    field("id", values.id)
    field("title", values.title)
    field("values", values.values)
    endObject()
  }

  mutating func writeScale(_ scale: Scale) {
    beginEntity(.scale)
    field("id", scale.id)
    field("title", scale.title)
    field("term", scale.term)
    field("seniority", scale.seniority.rawValue)
    writeProse("description", scale.description)
    array("levels", scale.levels) { $0.writeLevel($1) }
    endObject()
  }

  mutating func writeLevel(_ level: Level) {
    beginEntity(.level)
    field("id", level.id)
    field("code", level.code)
    field("label", level.label)
    field("midpoint", level.isMidpoint)
    writeProse("description", level.description)
    endObject()
  }

  mutating func writeExternalFramework(_ external: ExternalFramework) {
    beginEntity(.externalFramework)
    field("id", external.id)
    field("code", external.code)
    field("title", external.title)
    field("publishers", external.publishers)
    field("uri", external.uri)
    writeProse("description", external.description)
    array("scales", external.scales) { $0.writeScale($1) }
    array("competencies", external.competencies) { writer, competency in
      writer.beginEntity(.externalCompetency)
      writer.field("id", competency.id)
      writer.field("title", competency.title)
      writer.field("label", competency.label)
      writer.writeProse("description", competency.description)
      writer.endObject()
    }
    endObject()
  }
}
