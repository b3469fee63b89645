import CFWTestSupport
import Foundation
import Testing

@testable import CFWDriver

#if canImport(Glibc)
  import Glibc
#endif

/// No lost data: `cfw build` and `cfw fmt` write whole files or nothing, never outside the
/// output folder, and say clearly when they cannot write.
@Suite struct OutputSafetyTests {
  static let binary = CommandLineTests.binary

  func cfw(_ arguments: [String], in directory: URL = RepositoryPaths.root) throws
    -> ExternalTools.Output
  {
    try ExternalTools.run(
      Self.binary, arguments, environment: ["NO_COLOR": "1"], currentDirectory: directory)
  }

  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-safety-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Every file under `folder`, by relative path.
  func files(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let item = enumerator?.nextObject() as? String {
      let url = folder.appendingPathComponent(item)
      if !FileSystem.isDirectory(url.path),
        let data = FileManager.default.contents(atPath: url.path)
      {
        result[item] = data
      }
    }
    return result
  }

  static let framework = """
    framework Demo
    scale Levels
      level 1
    competency Listening
      level 1
        - Listens carefully.

    """

  // MARK: Staying inside --out

  @Test(arguments: ["..", "../x", "a/../b", "/etc/x", "a//b", "./a", ""])
  func pathsThatLeaveTheOutputFolderAreRefused(path: String) {
    #expect(!BuildCommand.isSafe(path))
  }

  @Test func ordinaryOutputPathsAreSafe() {
    #expect(BuildCommand.isSafe("json/mansfield-ashfield.json"))
    #expect(BuildCommand.isSafe("html/..mansfield.html"))
  }

  @Test func aSymbolicLinkToAFolderOutsideIsRefusedBeforeAnythingIsWritten() throws {
    let work = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let outside = work.appendingPathComponent("outside")
    let out = work.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: out.appendingPathComponent("html").path, withDestinationPath: outside.path)
    let result = try cfw(["build", "--out", out.path, "frameworks"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("through the symbolic link ‘\(out.path)/html’"), "\(result.stderr)")
    #expect(files(outside).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("json").path))
  }

  @Test func aSymbolicLinkInPlaceOfAnOutputFileIsRefused() throws {
    let work = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let victim = work.appendingPathComponent("victim.txt")
    try Data("keep me".utf8).write(to: victim)
    let json = work.appendingPathComponent("out/json")
    try FileManager.default.createDirectory(at: json, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: json.appendingPathComponent("mansfield-ashfield.json").path,
      withDestinationPath: victim.path)
    let result = try cfw(["build", "--out", work.appendingPathComponent("out").path, "frameworks"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("symbolic link"))
    #expect(try Data(contentsOf: victim) == Data("keep me".utf8))
  }

  @Test func theOutputFolderItselfMayBeASymbolicLink() throws {
    let work = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let real = work.appendingPathComponent("real")
    try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: work.appendingPathComponent("out").path, withDestinationPath: real.path)
    try Data(Self.framework.utf8).write(to: work.appendingPathComponent("demo.cfw"))
    let result = try cfw(["build", "--out", "out", "demo.cfw"], in: work)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      FileManager.default.fileExists(atPath: real.appendingPathComponent("json/demo.json").path))
  }

  // MARK: Folders that cannot be written

  @Test func anOutputFolderUnderAFileGivesAClearError() throws {
    let work = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let file = work.appendingPathComponent("file")
    try Data("x".utf8).write(to: file)
    let result = try cfw(["build", "--out", file.path + "/out", "frameworks"])
    #expect(result.status == 2)
    #expect(result.stderr == "error: cannot create directory ‘\(file.path)’: Not a directory\n")
  }

  @Test func aReadOnlyFileSystemGivesAClearError() throws {
    guard FileManager.default.fileExists(atPath: "/proc/self") else {
      print("note: skipping: no /proc on this system")
      return
    }
    // /proc refuses new folders even to root.
    let result = try cfw(["build", "--out", "/proc/cfw-out", "frameworks"])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("error: cannot create directory ‘/proc/cfw-out’: "))
  }

  @Test func aReadOnlyOutputFolderGivesAClearError() throws {
    guard geteuid() != 0 else {
      // chmod does not stop root (as in CI); the /proc test above covers the case there.
      print("note: skipping the read-only folder test: running as root, which may write anywhere")
      return
    }
    let work = try temporaryDirectory()
    defer {
      chmod(work.appendingPathComponent("out").path, 0o755)
      try? FileManager.default.removeItem(at: work)
    }
    let out = work.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    chmod(out.path, 0o555)
    let result = try cfw(["build", "--out", out.path, "frameworks"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Permission denied"))
  }

  /// Files larger than a limit cannot be written (as on a full disk): the build stops with
  /// an error, and every file left behind is whole, old or new, never cut short.
  @Test func aFullDiskLeavesOnlyWholeFiles() throws {
    let work = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let source = work.appendingPathComponent("mansfield-ashfield.cfw")
    let original = try Data(
      contentsOf: RepositoryPaths.frameworks.appendingPathComponent("mansfield-ashfield.cfw"))
    try original.write(to: source)
    let reference = work.appendingPathComponent("reference")
    #expect(
      try cfw(["build", "--emit", "csv,json", "--out", reference.path, source.path]).status == 0)
    let old = files(reference)
    let out = work.appendingPathComponent("out")
    #expect(try cfw(["build", "--emit", "csv,json", "--out", out.path, source.path]).status == 0)
    // A new version of every output, then a rebuild that may write files of at most 40 KiB:
    // the CSV files (about 33 KB) are written first, then the JSON (about 93 KB) fails.
    let changed = String(decoding: original, as: UTF8.self).replacingOccurrences(
      of: "Seeing the big picture", with: "Seeing the whole picture")
    try Data(changed.utf8).write(to: source)
    let newReference = work.appendingPathComponent("new-reference")
    #expect(
      try cfw(["build", "--emit", "csv,json", "--out", newReference.path, source.path]).status == 0)
    let new = files(newReference)
    let limited = try ExternalTools.run(
      "/bin/bash",
      [
        "-c", "trap '' XFSZ; ulimit -f 40; exec \"$0\" build --emit csv,json --out \"$1\" \"$2\"",
        Self.binary, out.path, source.path,
      ],
      environment: ["NO_COLOR": "1"])
    #expect(limited.status == 2)
    #expect(limited.stderr.hasPrefix("error: cannot write ‘\(out.path)/"), "\(limited.stderr)")
    #expect(limited.stderr.contains("File too large"))
    let left = files(out)
    #expect(left.keys.sorted() == old.keys.sorted(), "no temporary file is left behind")
    for (path, data) in left {
      #expect(data == old[path] || data == new[path], "\(path) is whole")
    }
    #expect(
      left.contains { $0.value == new[$0.key] && new[$0.key] != old[$0.key] },
      "some files were rewritten")
    #expect(
      left.contains { $0.value == old[$0.key] && new[$0.key] != old[$0.key] }, "some writes failed")
  }

  // MARK: fmt

  @Test func fmtKeepsPermissionsAndSymbolicLinks() throws {
    let work = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let real = work.appendingPathComponent("real.cfw")
    try Data("framework   Demo\n    date 2012\n".utf8).write(to: real)
    chmod(real.path, 0o640)
    let link = work.appendingPathComponent("link.cfw")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.cfw")
    let result = try cfw(["fmt", "link.cfw"], in: work)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try String(contentsOf: real, encoding: .utf8) == "framework Demo\n  date 2012\n")
    #expect(FileSystem.isSymbolicLink(link.path))
    let attributes = try FileManager.default.attributesOfItem(atPath: real.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o640)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: work.path).sorted() == [
        "link.cfw", "real.cfw",
      ])
  }

  @Test func writeAtomicallyReplacesWholeFilesAndLeavesNoTemporaryFile() throws {
    let work = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let path = work.appendingPathComponent("deep/er/file.txt").path
    try FileSystem.writeAtomically(Array("first".utf8), to: path)
    try FileSystem.writeAtomically(Array("second, longer".utf8), to: path)
    try FileSystem.writeAtomically([], to: path)
    #expect(FileManager.default.contents(atPath: path) == Data())
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: work.path + "/deep/er") == ["file.txt"])
    #expect(throws: FileSystem.Failure.self) {
      try FileSystem.writeAtomically([1], to: path + "/below")
    }
  }
}
