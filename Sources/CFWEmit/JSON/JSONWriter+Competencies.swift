import CFWModel

/// Groups, competencies and everything inside them, and role profiles.
extension JSONWriter {
  mutating func writeMember(_ member: Member) {
    switch member {
    case .group(let group): writeGroup(group)
    case .competency(let competency): writeCompetency(competency)
    }
  }

  mutating func writeGroup(_ group: Group) {
    beginEntity(.group)
    field("id", group.id)
    field("title", group.title)
    field("label", group.label)
    field("audience", group.audience)
    writeDescriptions(group.descriptions)
    array("members", group.members) { $0.writeMember($1) }
    endObject()
  }

  mutating func writeCompetency(_ competency: Competency) {
    beginEntity(.competency)
    field("id", competency.id)
    field("title", competency.title)
    field("label", competency.label)
    field("audience", competency.audience)
    field("scale", competency.scaleID)
    writeDescriptions(competency.descriptions)
    array("related", competency.related) { $0.string($1.id) }
    array("behaviours", competency.behaviours) { writer, list in
      writer.writeList(list) { $0.writeBehaviour($1) }
    }
    array("indicators", competency.indicators) { writer, list in
      writer.writeList(list) { $0.writeIndicator($1) }
    }
    array("levels", competency.levels) { $0.writeLevelBlock($1) }
    array("themes", competency.themes) { $0.writeTheme($1) }
    array("negatives", competency.negatives) { writer, list in
      writer.writeList(list) { $0.writeIndicator($1) }
    }
    endObject()
  }

  /// Writes a titled list of indicators or behaviours.
  mutating func writeList(
    _ list: IndicatorList, _ item: (inout JSONWriter, Indicator) -> Void
  ) {
    beginObject()
    field("title", list.title)
    array("items", list.items, item)
    endObject()
  }

  mutating func writeLevelBlock(_ block: LevelBlock) {
    beginObject()
    field("level", block.levelID)
    field("code", block.code)
    field("title", block.title)
    array("indicators", block.indicators) { $0.writeIndicator($1) }
    endObject()
  }

  mutating func writeTheme(_ theme: Theme) {
    beginEntity(.theme)
    field("id", theme.id)
    field("title", theme.title)
    writeDescriptions(theme.descriptions)
    array("levels", theme.levels) { $0.writeLevelBlock($1) }
    endObject()
  }

  /// Writes a behaviour: an indicator of a `behaviours` list, which applies at every level.
  mutating func writeBehaviour(_ behaviour: Indicator) {
    beginEntity(.behaviour)
    field("text", behaviour.text)
    array("references", behaviour.references) { $0.writeReference($1) }
    endObject()
  }

  mutating func writeIndicator(_ indicator: Indicator) {
    beginEntity(.indicator)
    field("text", indicator.text)
    field("polarity", indicator.polarity.rawValue)
    field("level", indicator.levelID)
    field("theme", indicator.themeID)
    array("references", indicator.references) { $0.writeReference($1) }
    endObject()
  }

  mutating func writeReference(_ reference: Reference) {
    beginEntity(.reference)
    field("strength", reference.strength.rawValue)
    field("framework", reference.framework?.id)
    field("competency", reference.competency.id)
    field("level", reference.level?.id)
    endObject()
  }

  mutating func writeRole(_ role: Role) {
    beginEntity(.role)
    field("id", role.id)
    field("title", role.title)
    field("label", role.label)
    writeDescriptions(role.descriptions)
    array("requirements", role.requirements) { writer, requirement in
      writer.beginEntity(.requirement)
      writer.field("competency", requirement.competency.id)
      writer.field("level", requirement.level.id)
      writer.endObject()
    }
    endObject()
  }
}
