import CFWModel

/// An output format of `cfw build`.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
  case json
  case html
  case swift
  /// A 1EdTech CASE 1.1 package.
  case `case`
  /// One row per indicator, for spreadsheets.
  case csv
  /// Moodle's competency framework import file.
  case moodle
}

/// A file an emitter produces, with its path relative to the output directory.
public struct OutputFile: Sendable, Hashable {
  /// A relative path using `/`, such as `mansfield-ashfield.json`.
  public var path: String
  public var contents: [UInt8]

  public init(path: String, contents: [UInt8]) {
    self.path = path
    self.contents = contents
  }

  public init(path: String, text: String) {
    self.init(path: path, contents: Array(text.utf8))
  }
}

/// Turns resolved frameworks into output files. Emitters are pure: the same frameworks
/// give byte-identical files, whatever the machine, locale or time.
public protocol Emitter: Sendable {
  var format: OutputFormat { get }
  /// The files for one framework. `name` is the base name of the source file
  /// (`mansfield-ashfield`), used to name the outputs.
  func emit(_ framework: Framework, name: String) -> [OutputFile]
  /// Files shared by every framework of a build (a shared model file), if any.
  func emitShared(_ frameworks: [Framework]) -> [OutputFile]
}

extension Emitter {
  public func emitShared(_ frameworks: [Framework]) -> [OutputFile] { [] }
}
