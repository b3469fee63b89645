import CFWModel

/// Writes a framework's indicators as a spreadsheet: `<name>.csv` (RFC 4180, UTF-8) and
/// `<name>.excel.csv` (the same with a UTF-8 byte-order mark, so that Microsoft Excel
/// shows accented letters, dashes and curly quotes correctly).
///
/// One row per indicator, in the order of the framework; see `docs/interop.md`.
public struct CSVEmitter: Emitter {
  /// The column headings.
  public static let header = [
    "Framework", "Group", "Competency", "Theme", "Level", "Level label", "Polarity", "Indicator",
    "References",
  ]

  /// What joins the titles of nested groups in the Group column.
  public static let groupSeparator = " › "

  public init() {}

  /// Always `.csv`.
  public var format: OutputFormat { .csv }

  /// `<name>.csv` and `<name>.excel.csv`.
  public func emit(_ framework: Framework, name: String) -> [OutputFile] {
    let table = table(framework)
    return [
      OutputFile(path: name + ".csv", contents: table.bytes()),
      OutputFile(path: name + ".excel.csv", contents: table.bytes(byteOrderMark: true)),
    ]
  }

  /// The indicators as a table.
  package func table(_ framework: Framework) -> CSVTable {
    let index = FrameworkIndex(framework)
    return CSVTable(
      header: Self.header,
      rows: LocatedIndicator.all(in: framework).map { located in
        [
          framework.title,
          located.groups.map(\.title).joined(separator: Self.groupSeparator),
          located.competency.title,
          located.theme?.title ?? "",
          located.level?.code ?? "",
          located.level?.label ?? "",
          located.indicator.polarity.rawValue,
          located.indicator.text,
          ReferenceText.describe(located.indicator.references, in: index),
        ]
      })
  }
}
