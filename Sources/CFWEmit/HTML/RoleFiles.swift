import CFWModel
import CFWSyntax

/// Where the pages of a framework's roles go: for each role a handbook and a form, in a
/// folder named after the framework's file beside its handbook
/// (`mansfield-ashfield/service-manager.html`, `mansfield-ashfield/service-manager-form.html`).
///
/// A page is named after its role's identifier, which holds only lowercase letters, digits
/// and `-`, so that no role title can lead a file out of the folder. A role whose
/// identifier is empty or malformed (a model made by hand, not by the compiler) is named
/// by its position (`role-2`); should two roles' pages clash (a role `Team Leader Form`
/// beside a role `Team Leader`), the later gets `-2`, `-3`, ….
struct RoleFiles: Sendable {
  /// The folder: the base name of the framework's file, as for its other outputs.
  let folder: String
  /// The base name of each role's pages, in the order of the framework's roles.
  let names: [String]

  init(_ framework: Framework, name: String) {
    folder = name
    var used = Set<String>()
    var names: [String] = []
    for (index, role) in framework.roles.enumerated() {
      let base = Identifier.isValid(Array(role.id.utf8)) ? role.id : "role-\(index + 1)"
      var candidate = base
      var counter = 2
      while used.contains(Self.handbookFile(candidate)) || used.contains(Self.formFile(candidate)) {
        candidate = base + "-\(counter)"
        counter += 1
      }
      used.insert(Self.handbookFile(candidate))
      used.insert(Self.formFile(candidate))
      names.append(candidate)
    }
    self.names = names
  }

  /// The file name of a role's handbook.
  static func handbookFile(_ name: String) -> String { name + ".html" }

  /// The file name of a role's self-assessment and appraisal form.
  static func formFile(_ name: String) -> String { name + "-form.html" }

  /// The path of the role's handbook, relative to the HTML output folder.
  func handbookPath(_ role: Int) -> String { folder + "/" + Self.handbookFile(names[role]) }

  /// The path of the role's form, relative to the HTML output folder.
  func formPath(_ role: Int) -> String { folder + "/" + Self.formFile(names[role]) }

  /// The link from the framework's handbook to the role's handbook.
  func handbookLink(_ role: Int) -> String {
    Self.percentEncoded(folder) + "/" + Self.handbookFile(names[role])
  }

  /// The link from the framework's handbook to the role's form.
  func formLink(_ role: Int) -> String {
    Self.percentEncoded(folder) + "/" + Self.formFile(names[role])
  }

  /// The link from a role's page to the framework's handbook.
  var frameworkLink: String { "../" + Self.percentEncoded(folder) + ".html" }

  /// A path segment with every byte but ASCII letters, digits, `-`, `.`, `_` and `~`
  /// percent-encoded, so that a file name with spaces or accents makes a valid link.
  static func percentEncoded(_ segment: String) -> String {
    var result = ""
    for byte in segment.utf8 {
      let scalar = Unicode.Scalar(byte)
      if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar)
      {
        result.unicodeScalars.append(scalar)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return result
  }
}
