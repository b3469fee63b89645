import CFWSyntax
import Testing

/// The eight-bytes-at-a-time tests against a byte-by-byte reading.
@Suite struct ByteWordsTests {
  @Test func containsMatchesAByteByByteSearch() {
    var random = FuzzRandom(seed: 11)
    // Bytes near the ones looked for (0x5B, 0x5C, 0x2A) and ones sharing their bits.
    let alphabet: [UInt8] = [
      0x5B, 0x5C, 0x2A, 0x5A, 0x5D, 0x2B, 0xDB, 0xDC, 0xAA, 0x20, 0x61, 0x00,
    ]
    for length in Array(0...40) + [100, 257] {
      for _ in 0..<30 {
        let bytes = (0..<length).map { _ in random.pick(alphabet) }
        let start = random.below(length + 1)
        let end = start + random.below(length - start + 1)
        let expected = bytes[start..<end].contains { $0 == 0x5C || $0 == 0x2A || $0 == 0x5B }
        bytes.withUnsafeBufferPointer { buffer in
          #expect(
            ByteWords.contains(0x5C, 0x2A, 0x5B, in: buffer, start..<end) == expected,
            "\(bytes) \(start)..<\(end)")
        }
      }
    }
  }

  @Test func exactBytesFlagsEveryMatchAndNothingElse() {
    var random = FuzzRandom(seed: 12)
    let alphabet: [UInt8] = [0x0A, 0x0B, 0x09, 0x8A, 0x00, 0x01, 0xFF, 0x20]
    for _ in 0..<2000 {
      let bytes = (0..<8).map { _ in random.pick(alphabet) }
      let word = bytes.withUnsafeBufferPointer { ByteWords.load($0, 0) }
      var expected: UInt64 = 0
      for (position, byte) in bytes.enumerated() where byte == 0x0A {
        expected |= 0x80 << (8 * UInt64(position))
      }
      #expect(ByteWords.exactBytes(0x0A, in: word) == expected, "\(bytes)")
    }
  }
}
