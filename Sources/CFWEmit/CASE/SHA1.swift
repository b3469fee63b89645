/// SHA-1 (FIPS 180-4), for name-based UUIDs.
///
/// SHA-1 is no longer fit for security, and is not used for it here: RFC 9562 defines
/// version 5 UUIDs with it, and identifiers must be the same on every machine, so cfw
/// carries its own small implementation instead of depending on a platform library.
package enum SHA1 {
  /// The 20-byte digest of `message`.
  package static func digest(_ message: [UInt8]) -> [UInt8] {
    var state: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
    var padded = message
    padded.append(0x80)
    while padded.count % 64 != 56 { padded.append(0) }
    let bitLength = UInt64(message.count) &* 8
    for shift in stride(from: 56, through: 0, by: -8) {
      padded.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    var words = [UInt32](repeating: 0, count: 80)
    for blockStart in stride(from: 0, to: padded.count, by: 64) {
      for index in 0..<16 {
        let offset = blockStart + 4 * index
        words[index] =
          UInt32(padded[offset]) << 24 | UInt32(padded[offset + 1]) << 16
          | UInt32(padded[offset + 2]) << 8 | UInt32(padded[offset + 3])
      }
      for index in 16..<80 {
        words[index] = rotateLeft(
          words[index - 3] ^ words[index - 8] ^ words[index - 14] ^ words[index - 16], by: 1)
      }
      compress(&state, words)
    }
    var digest: [UInt8] = []
    digest.reserveCapacity(20)
    for word in state {
      digest += [
        UInt8(truncatingIfNeeded: word >> 24), UInt8(truncatingIfNeeded: word >> 16),
        UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word),
      ]
    }
    return digest
  }

  /// The 80 rounds over one expanded block.
  private static func compress(_ state: inout [UInt32], _ words: [UInt32]) {
    var a = state[0]
    var b = state[1]
    var c = state[2]
    var d = state[3]
    var e = state[4]
    for index in 0..<80 {
      let mixed: UInt32
      let constant: UInt32
      switch index {
      case 0..<20:
        mixed = (b & c) | (~b & d)
        constant = 0x5A82_7999
      case 20..<40:
        mixed = b ^ c ^ d
        constant = 0x6ED9_EBA1
      case 40..<60:
        mixed = (b & c) | (b & d) | (c & d)
        constant = 0x8F1B_BCDC
      default:
        mixed = b ^ c ^ d
        constant = 0xCA62_C1D6
      }
      let next = rotateLeft(a, by: 5) &+ mixed &+ e &+ constant &+ words[index]
      e = d
      d = c
      c = rotateLeft(b, by: 30)
      b = a
      a = next
    }
    state[0] &+= a
    state[1] &+= b
    state[2] &+= c
    state[3] &+= d
    state[4] &+= e
  }

  private static func rotateLeft(_ value: UInt32, by count: UInt32) -> UInt32 {
    value << count | value >> (32 - count)
  }
}
