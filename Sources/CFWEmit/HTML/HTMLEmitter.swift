import CFWModel

/// Writes the printable handbook of a framework, `<name>.html`, and for each of its roles
/// a handbook and a self-assessment and appraisal form in a folder beside it
/// (`<name>/<role>.html`, `<name>/<role>-form.html`). Each file is self-contained, its
/// style sheet inline and nothing to fetch.
public struct HTMLEmitter: Emitter {
  public init() {}

  public var format: OutputFormat { .html }

  public func emit(_ framework: Framework, name: String) -> [OutputFile] {
    let roleFiles = RoleFiles(framework, name: name)
    let handbook = Handbook(framework, roleFiles: roleFiles)
    var files = [OutputFile(path: name + ".html", contents: handbook.html())]
    guard !framework.roles.isEmpty else { return files }
    // The role pages share the handbook's lookups and anchors.
    let context = RoleContext(handbook, files: roleFiles)
    for index in framework.roles.indices {
      files.append(
        OutputFile(
          path: roleFiles.handbookPath(index), contents: RoleHandbook(context, role: index).html()))
      files.append(
        OutputFile(
          path: roleFiles.formPath(index), contents: RoleForm(context, role: index).html()))
    }
    return files
  }
}
