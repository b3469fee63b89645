import CFWSyntax
import Testing

/// The line index of a source file, which is found eight bytes at a time, against a
/// byte-by-byte reading of the same rules.
@Suite struct SourceFileTests {
  /// Line starts read one byte at a time: after LF, after CRLF, after a lone CR.
  static func naiveLineStarts(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0A {
        starts.append(index + 1)
      } else if bytes[index] == 0x0D {
        if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        starts.append(index + 1)
      }
      index += 1
    }
    return starts
  }

  @Test func lineStartsMatchAByteByByteReading() {
    // Random mixes of line breaks, text and bytes near them (0x0B, 0x8A, 0x8D share
    // bits with LF and CR), at every length from 0 to 64 and beyond.
    var random = FuzzRandom(seed: 7)
    let alphabet: [UInt8] = [0x0A, 0x0D, 0x0A, 0x0D, 0x0B, 0x8A, 0x8D, 0x20, 0x61, 0x00, 0xFF]
    for length in Array(0...64) + [100, 257, 1000] {
      for _ in 0..<40 {
        let bytes = (0..<length).map { _ in random.pick(alphabet) }
        let file = SourceFile(path: "t.cfw", bytes: bytes)
        #expect(file.lineStarts == Self.naiveLineStarts(bytes), "\(bytes)")
      }
    }
  }

  @Test func lineAndColumnOfEveryOffset() {
    let file = SourceFile(path: "t.cfw", text: "ab\r\ncé\rd\n\nxyz")
    let expected = [
      (0, 1, 1), (1, 1, 2), (2, 1, 3), (4, 2, 1), (5, 2, 2), (7, 2, 3), (8, 3, 1), (10, 4, 1),
      (11, 5, 1), (13, 5, 3),
    ]
    for (offset, line, column) in expected {
      let location = file.location(offset)
      #expect((location.line, location.column) == (line, column), "offset \(offset)")
    }
  }
}
