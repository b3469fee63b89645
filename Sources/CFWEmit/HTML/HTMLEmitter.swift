import CFWModel

/// Writes the printable handbook of a framework: one self-contained HTML file,
/// `<name>.html`, with its style sheet inline and nothing to fetch.
public struct HTMLEmitter: Emitter {
  public init() {}

  public var format: OutputFormat { .html }

  public func emit(_ framework: Framework, name: String) -> [OutputFile] {
    [OutputFile(path: name + ".html", text: Handbook(framework).html())]
  }
}
