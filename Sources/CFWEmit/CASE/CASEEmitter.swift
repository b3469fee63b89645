import CFWModel

/// Writes a framework as a 1EdTech CASE 1.1 `CFPackage`, `<name>.json`, for competency
/// registries such as OpenSALT and for learning platforms.
///
/// The mapping is explained in `docs/interop.md`. Identifiers are name-based UUIDs (see
/// ``CASENames``) and dates come from the source, so the same framework always gives the
/// same bytes.
public struct CASEEmitter: Emitter {
  public init() {}

  /// Always `.case`.
  public var format: OutputFormat { .case }

  /// One file, `<name>.json`, holding ``document(_:)``.
  public func emit(_ framework: Framework, name: String) -> [OutputFile] {
    [OutputFile(path: name + ".json", contents: document(framework))]
  }

  /// The package as JSON: UTF-8, two-space indentation, ending in a newline.
  public func document(_ framework: Framework) -> [UInt8] {
    var writer = JSONWriter()
    writer.writeCASEPackage(package(framework))
    return writer.finish()
  }

  /// The package as values, for tests and other writers.
  package func package(_ framework: Framework) -> CASEPackage {
    CASEPackageBuilder.build(framework)
  }
}
