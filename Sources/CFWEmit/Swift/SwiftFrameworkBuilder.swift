import CFWModel

/// Turns a framework into the expression of `framework` and the constants it refers to.
///
/// Sections, value lists, scales, groups, competencies, roles and external frameworks
/// become constants; the framework and each group refer to them by name
/// (`.group(Groups.core)`). Constants are numbered in the order the model lists them
/// (groups and competencies depth first), so names follow the source file.
struct SwiftFrameworkBuilder {
  let framework: Framework
  private var sections: [SwiftConstant] = []
  private var valueLists: [SwiftConstant] = []
  private var scales: [SwiftConstant] = []
  private var groups: [SwiftConstant] = []
  private var competencies: [SwiftConstant] = []
  private var roles: [SwiftConstant] = []
  private var externals: [SwiftConstant] = []

  private let sectionNames: [String]
  private let valueListNames: [String]
  private let scaleNames: [String]
  private let groupNames: [String]
  private let competencyNames: [String]
  private let roleNames: [String]
  private let externalNames: [String]

  init(framework: Framework) {
    self.framework = framework
    sectionNames = SwiftNames.memberNames(framework.sections.map(\.id), kind: "section")
    valueListNames = SwiftNames.memberNames(framework.valueLists.map(\.id), kind: "values")
    scaleNames = SwiftNames.memberNames(framework.scales.map(\.id), kind: "scale")
    groupNames = SwiftNames.memberNames(framework.allGroups.map(\.id), kind: "group")
    competencyNames = SwiftNames.memberNames(
      framework.allCompetencies.map(\.id), kind: "competency")
    roleNames = SwiftNames.memberNames(framework.roles.map(\.id), kind: "role")
    externalNames = SwiftNames.memberNames(framework.externals.map(\.id), kind: "external")
  }

  /// The nested enums, in a fixed order; call after ``frameworkExpression()``.
  var namespaces: [SwiftNamespace] {
    [
      SwiftNamespace(
        name: "Sections", summary: "The sections, one constant each.", constants: sections),
      SwiftNamespace(
        name: "ValueLists", summary: "The value lists, one constant each.", constants: valueLists),
      SwiftNamespace(name: "Scales", summary: "The scales, one constant each.", constants: scales),
      SwiftNamespace(
        name: "Groups", summary: "The groups, nested ones included, one constant each.",
        constants: groups),
      SwiftNamespace(
        name: "Competencies", summary: "The competencies, one constant each.",
        constants: competencies),
      SwiftNamespace(
        name: "Roles", summary: "The role profiles, one constant each.", constants: roles),
      SwiftNamespace(
        name: "Externals", summary: "The external frameworks, one constant each.",
        constants: externals),
    ]
  }

  /// The framework's expression, built from references to constants it collects.
  mutating func frameworkExpression() -> SwiftExpression {
    var contents: [SwiftExpression] = []
    for content in framework.contents {
      switch content {
      case .section(let section):
        let name = sectionNames[sections.count]
        sections.append(constant(name, "Section", title: section.title, value: expression(section)))
        contents.append(.call(".section", reference("Sections", name)))
      case .values(let list):
        let name = valueListNames[valueLists.count]
        valueLists.append(constant(name, "ValueList", title: list.title, value: expression(list)))
        contents.append(.call(".values", reference("ValueLists", name)))
      case .scale(let scale):
        let name = scaleNames[scales.count]
        scales.append(
          constant(
            name, "Scale", title: scale.title, prose: scale.description, value: expression(scale)))
        contents.append(.call(".scale", reference("Scales", name)))
      case .group(let group):
        contents.append(member(.group(group)))
      case .competency(let competency):
        contents.append(member(.competency(competency)))
      }
    }
    var roleReferences: [SwiftExpression] = []
    for (role, name) in zip(framework.roles, roleNames) {
      roles.append(
        constant(
          name, "Role", title: role.title, descriptions: role.descriptions,
          value: expression(role)))
      roleReferences.append(reference("Roles", name))
    }
    var externalReferences: [SwiftExpression] = []
    for (external, name) in zip(framework.externals, externalNames) {
      externals.append(
        constant(
          name, "ExternalFramework", title: external.code + ": " + external.title,
          prose: external.description, value: expression(external)))
      externalReferences.append(reference("Externals", name))
    }

    var arguments = SwiftArguments()
    arguments.string("id", framework.id)
    arguments.string("title", framework.title)
    arguments.string("subtitle", framework.subtitle)
    arguments.strings("publishers", framework.publishers)
    arguments.string("date", framework.date)
    arguments.string("version", framework.version)
    arguments.strings("licences", framework.licences)
    arguments.string("uri", framework.uri)
    arguments.string("language", framework.language)
    arguments.array("contents", contents)
    arguments.array("roles", roleReferences)
    arguments.array("externals", externalReferences)
    return arguments.call("Framework")
  }

  /// A reference to a group or competency constant, made on first visit, depth first.
  private mutating func member(_ member: Member) -> SwiftExpression {
    switch member {
    case .group(let group):
      let index = groups.count
      let name = groupNames[index]
      groups.append(constant(name, "Group", title: group.title, value: .atom("")))
      var members: [SwiftExpression] = []
      for inner in group.members { members.append(self.member(inner)) }
      groups[index] = constant(
        name, "Group", title: group.title, descriptions: group.descriptions,
        value: expression(group, members: members))
      return .call(".group", reference("Groups", name))
    case .competency(let competency):
      let name = competencyNames[competencies.count]
      competencies.append(
        constant(
          name, "Competency", title: competency.title, descriptions: competency.descriptions,
          value: expression(competency)))
      return .call(".competency", reference("Competencies", name))
    }
  }

  private func reference(_ namespace: String, _ name: String) -> SwiftExpression {
    .atom(namespace + "." + SwiftNames.escaped(name))
  }

  private func constant(
    _ name: String, _ type: String, title: String, descriptions: [Description] = [],
    prose: [ProseBlock] = [], value: SwiftExpression
  ) -> SwiftConstant {
    var documentation = SwiftDocComment()
    documentation.paragraph(title)
    documentation.descriptions(descriptions)
    documentation.prose(prose)
    return SwiftConstant(name: name, type: type, documentation: documentation, value: value)
  }
}
