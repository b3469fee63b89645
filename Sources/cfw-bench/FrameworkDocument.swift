/// `Codable` structs for the JSON that `cfw build` writes (`docs/json.md`): what a user
/// who kept a framework as JSON would decode it into with Foundation's `JSONDecoder`.
///
/// Every member of the document is decoded, so that the decoder does the whole job.
struct FrameworkDocument: Decodable {
  var kind: String
  var id: String
  var schema: String
  var formatVersion: Int
  var title: String
  var subtitle: String?
  var publishers: [String]
  var date: String?
  var version: String?
  var licences: [String]
  var uri: String?
  var language: String
  var contents: [Content]
  var roles: [Role]
  var externalFrameworks: [External]

  /// A top-level item, told apart by its `kind`.
  enum Content: Decodable {
    case section(Section)
    case values(Values)
    case scale(Scale)
    case member(Member)

    init(from decoder: any Decoder) throws {
      let kind = try decoder.container(keyedBy: KindKey.self).decode(String.self, forKey: .kind)
      switch kind {
      case "section": self = .section(try Section(from: decoder))
      case "values": self = .values(try Values(from: decoder))
      case "scale": self = .scale(try Scale(from: decoder))
      default: self = .member(try Member(from: decoder))
      }
    }
  }

  enum KindKey: String, CodingKey { case kind, type }

  struct Section: Decodable {
    var kind: String
    var id: String
    var title: String
    var content: [SectionPart]
  }

  /// Prose or a subsection.
  enum SectionPart: Decodable {
    case prose(Block)
    case section(Section)

    init(from decoder: any Decoder) throws {
      let keys = try decoder.container(keyedBy: KindKey.self)
      if keys.contains(.kind) {
        self = .section(try Section(from: decoder))
      } else {
        self = .prose(try Block(from: decoder))
      }
    }
  }

  struct Values: Decodable {
    var kind: String
    var id: String
    var title: String
    var values: [String]
  }

  struct Scale: Decodable {
    var kind: String
    var id: String
    var title: String
    var term: String
    var seniority: String
    var description: [Block]
    var levels: [Level]
  }

  struct Level: Decodable {
    var kind: String
    var id: String
    var code: String
    var label: String?
    var midpoint: Bool
    var description: [Block]
  }

  /// A group or a competency.
  enum Member: Decodable {
    case group(Group)
    case competency(Competency)

    init(from decoder: any Decoder) throws {
      let kind = try decoder.container(keyedBy: KindKey.self).decode(String.self, forKey: .kind)
      self =
        kind == "group"
        ? .group(try Group(from: decoder)) : .competency(try Competency(from: decoder))
    }
  }

  struct Group: Decodable {
    var kind: String
    var id: String
    var title: String
    var label: String?
    var audience: String?
    var descriptions: [Description]
    var members: [Member]
  }

  struct Description: Decodable {
    var audience: String?
    var content: [Block]
  }

  struct Competency: Decodable {
    var kind: String
    var id: String
    var title: String
    var label: String?
    var audience: String?
    var scale: String?
    var descriptions: [Description]
    var related: [String?]
    var behaviours: [List]
    var indicators: [List]
    var levels: [LevelBlock]
    var themes: [Theme]
    var negatives: [List]
  }

  struct List: Decodable {
    var title: String?
    var items: [Indicator]
  }

  struct LevelBlock: Decodable {
    var level: String
    var code: String
    var title: String?
    var indicators: [Indicator]
  }

  struct Theme: Decodable {
    var kind: String
    var id: String
    var title: String
    var descriptions: [Description]
    var levels: [LevelBlock]
  }

  /// An indicator or a behaviour (which has no polarity, level or theme).
  struct Indicator: Decodable {
    var kind: String
    var text: String
    var polarity: String?
    var level: String?
    var theme: String?
    var references: [Reference]
  }

  struct Reference: Decodable {
    var kind: String
    var strength: String
    var framework: String?
    var competency: String?
    var level: String?
  }

  struct Role: Decodable {
    var kind: String
    var id: String
    var title: String
    var label: String?
    var descriptions: [Description]
    var requirements: [Requirement]
  }

  struct Requirement: Decodable {
    var kind: String
    var competency: String?
    var level: String?
  }

  struct External: Decodable {
    var kind: String
    var id: String
    var code: String
    var title: String
    var publishers: [String]
    var uri: String?
    var description: [Block]
    var scales: [Scale]
    var competencies: [ExternalCompetency]
  }

  struct ExternalCompetency: Decodable {
    var kind: String
    var id: String
    var title: String
    var label: String?
    var description: [Block]
  }

  /// A prose node: a block (paragraph, list, item) or an inline (text, emphasis, strong,
  /// link, line break), told apart by its `type`.
  final class Block: Decodable {
    var type: String
    var text: String?
    var url: String?
    var ordered: Bool?
    var content: [Block]?
    var items: [Block]?
  }
}
