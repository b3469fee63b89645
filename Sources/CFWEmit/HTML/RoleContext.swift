import CFWModel

/// What the pages of a framework's roles share, gathered once for all of them: the
/// framework, where the pages go, the handbook whose helpers write indicators (its links
/// leading into the handbook's file), and each competency and the title of its group by
/// the competency's identifier, so that a framework with many roles is not searched
/// again for every requirement.
struct RoleContext {
  let framework: Framework
  let files: RoleFiles
  let handbook: Handbook
  /// The first competency with each identifier.
  let competencies: [String: Competency]
  /// The title of the group each competency is directly in.
  let groupTitles: [String: String]

  /// The context of the pages of a handbook's roles.
  init(_ handbook: Handbook, files: RoleFiles) {
    self.framework = handbook.framework
    self.files = files
    self.handbook = handbook.linked(from: files.frameworkLink)
    self.competencies = handbook.competencies
    var groupTitles: [String: String] = [:]
    for group in framework.allGroups {
      for competency in group.competencies where groupTitles[competency.id] == nil {
        groupTitles[competency.id] = group.title
      }
    }
    self.groupTitles = groupTitles
  }
}
