import CFWTestSupport
import Foundation
import Testing

/// Reads CSV files back with Python's `csv` module, through `Tests/Scripts/csv_roundtrip.py`.
enum CSVReader {
  static let script = RepositoryPaths.root.appendingPathComponent("Tests/Scripts/csv_roundtrip.py")
    .path

  /// A fresh temporary folder.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfw-csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs the script; nil (after a note) when Python is not installed.
  static func run(_ arguments: [String]) throws -> ExternalTools.Output? {
    guard let python = ExternalTools.require("python3") else { return nil }
    return try ExternalTools.run(python, [script] + arguments)
  }

  /// The records of a CSV file as Python reads them; nil when Python is not installed.
  static func records(_ bytes: [UInt8]) throws -> [[String]]? {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("table.csv")
    try Data(bytes).write(to: file)
    guard let output = try run(["--dump", file.path]) else { return nil }
    try #require(output.status == 0, "\(output.stdout)\(output.stderr)")
    return try JSONDecoder().decode([[String]].self, from: Data(output.stdout.utf8))
  }
}
