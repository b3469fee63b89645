import CFWEmit
import CFWModel
import CFWTestSupport
import Foundation
import Testing

/// The indicator spreadsheet: RFC 4180 quoting, the Excel variant, and a round trip
/// through Python's `csv` module back to the indicators of the JSON output.
@Suite struct CSVEmitterTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("", ""),
    ("a, b", "\"a, b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("two\r\nlines", "\"two\r\nlines\""),
    ("‘curly’ – dash", "‘curly’ – dash"),
  ])
  func fieldsAreQuotedOnlyWhenTheyMustBe(value: String, field: String) {
    #expect(CSVTable.field(value) == field)
  }

  @Test func recordsEndInCRLF() {
    let table = CSVTable(header: ["a", "b"], rows: [["1", "x,y"], ["", ""]])
    #expect(table.text == "a,b\r\n1,\"x,y\"\r\n,\r\n")
    #expect(table.bytes(byteOrderMark: true) == [0xEF, 0xBB, 0xBF] + Array(table.text.utf8))
  }

  @Test func writesAPlainAndAnExcelFile() throws {
    let files = CSVEmitter().emit(JSONSampleFramework.framework, name: "sample")
    #expect(files.map(\.path) == ["sample.csv", "sample.excel.csv"])
    #expect(files[1].contents == CSVTable.byteOrderMark + files[0].contents)
    #expect(files[0].contents.prefix(3) != CSVTable.byteOrderMark[...])
  }

  @Test func sampleRows() {
    let rows = CSVEmitter().table(JSONSampleFramework.framework).rows
    #expect(rows.count == 6)
    #expect(
      rows[0] == [
        "Sample Leadership Framework", "Personal Qualities", "Self Belief", "", "1", "Level 1",
        "positive", "Appears confident to others.", "",
      ])
    #expect(rows[2][6] == "negative")
    #expect(rows[2][4] == "")
    #expect(rows[3][1] == "Personal Qualities › Senior")
    #expect(rows[4][3] == "Style")
    #expect(rows[4][8] == "from CLF: Confidence – Established")
    #expect(rows[5][8] == "links to Self Belief")
  }

  @Test func bundledFrameworkMatchesGolden() throws {
    let bundled = try #require(
      TestFrameworks.bundled().first { $0.name == "scottish-leadership-capabilities" })
    Golden.assertMatches(
      CSVEmitter().table(bundled.framework).text,
      path: "Tests/Goldens/csv/scottish-leadership-capabilities.csv")
  }

  /// Both files of every bundled framework, read by Python's `csv` module, hold the
  /// JSON output's indicators: the same texts, levels and polarities, in the same order.
  @Test func filesReadBackToTheIndicatorsOfTheJSON() throws {
    let frameworks = [("sample", JSONSampleFramework.framework)] + TestFrameworks.bundled()
    #expect(frameworks.count >= 6)
    let folder = try CSVReader.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, framework) in frameworks {
      let json = folder.appendingPathComponent(name + ".json")
      try Data(JSONEmitter().document(framework)).write(to: json)
      for file in CSVEmitter().emit(framework, name: name) {
        let url = folder.appendingPathComponent(file.path)
        try Data(file.contents).write(to: url)
        let bom = file.path.hasSuffix(".excel.csv") ? ["--bom"] : []
        guard let output = try CSVReader.run([json.path, url.path] + bom) else { return }
        #expect(output.status == 0, "\(file.path): \(output.stdout)\(output.stderr)")
        #expect(output.stdout.hasPrefix("ok: "), "\(output.stdout)")
      }
    }
  }

  @Test func outputIsDeterministic() {
    for (name, framework) in TestFrameworks.bundled() {
      #expect(
        CSVEmitter().emit(framework, name: name) == CSVEmitter().emit(framework, name: name))
    }
  }
}
