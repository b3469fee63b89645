import CFWModel

/// Writes frameworks as Swift source for apps that embed them.
///
/// `emitShared` writes `CFWModels.swift`, the model types (`Framework`, `Competency`,
/// `Indicator`, …: `Sendable`, `Hashable`, `Codable` structs and enums with `public let`
/// properties). `emit` writes `<name>.swift` with a caseless enum, such as
/// `MansfieldAshfieldFramework`, whose `framework` constant is the whole framework.
/// Compile the shared file and the framework files into one module. The output compiles
/// with `swiftc -swift-version 6 -warnings-as-errors`; ``SwiftNames`` describes how names
/// are made.
public struct SwiftEmitter: Emitter {
  /// The name of the shared model file.
  public static let sharedFileName = "CFWModels.swift"

  public init() {}

  public var format: OutputFormat { .swift }

  public func emit(_ framework: Framework, name: String) -> [OutputFile] {
    let file = SwiftFrameworkFile(framework: framework, sourceName: name)
    return [OutputFile(path: name + ".swift", text: file.render())]
  }

  public func emitShared(_ frameworks: [Framework]) -> [OutputFile] {
    [OutputFile(path: Self.sharedFileName, text: SwiftModelSource.text)]
  }

  /// The name of the enum that holds a framework emitted under `name`
  /// (`mansfield-ashfield` gives `MansfieldAshfieldFramework`).
  public static func typeName(forFile name: String) -> String {
    SwiftNames.typeName(forFile: name)
  }
}
