import CFWModel

/// Writes a framework as one JSON document, `<name>.json`, for HR systems and other tools.
///
/// The document's shape is described by `schema/cfw-framework.schema.json` and explained
/// in `docs/json.md`. Every member is always present (`null` or `[]` when there is nothing
/// to say), in a fixed order, so that the same framework always gives the same bytes.
public struct JSONEmitter: Emitter {
  /// The `$id` of the JSON Schema the documents follow, written as `"schema"`.
  public static let schemaURI = "https://cfw.dev/schema/framework/1.json"
  /// The version of the document shape, written as `"formatVersion"`. It changes only when
  /// a change would break a reader of the previous version.
  public static let formatVersion = 1

  public init() {}

  /// Always `.json`.
  public var format: OutputFormat { .json }

  /// One file, `<name>.json`, holding ``document(_:)``.
  public func emit(_ framework: Framework, name: String) -> [OutputFile] {
    [OutputFile(path: name + ".json", contents: document(framework))]
  }

  /// The JSON document for a framework: UTF-8, two-space indentation, ending in a newline.
  public func document(_ framework: Framework) -> [UInt8] {
    var writer = JSONWriter(capacity: Self.expectedSize(of: framework))
    writer.writeFramework(framework)
    return writer.finish()
  }

  /// Room for the document, so that the buffer need not grow (and be copied) a dozen times
  /// on its way to hundreds of megabytes: the JSON of a framework is about 2.8 times its
  /// source. Pages reserved but not written cost no memory.
  static func expectedSize(of framework: Framework) -> Int {
    max(1 << 16, 3 * (framework.origin.file?.bytes.count ?? 0))
  }
}
