/// Eight bytes at a time: masks with the high bit set in the bytes that match, so that a
/// scan can skip a run of ordinary bytes in one step.
///
/// The masks have no false negatives: every matching byte is marked, and the lowest mark
/// is the first match. Bytes above a match may be marked too, which is harmless for a scan
/// that only jumps to the first mark and looks at the byte there.
enum ByteMask {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `index`, the first in the lowest bits.
  @inline(__always)
  static func load(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
    UInt64(
      littleEndian: UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self))
  }

  /// Marks the bytes of `word` that are zero.
  @inline(__always)
  static func zeros(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }

  /// Marks the bytes of `word` that equal `byte`.
  @inline(__always)
  static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    zeros(word ^ (ones &* UInt64(byte)))
  }

  /// The position (0 to 7) of the first marked byte of a nonzero mask.
  @inline(__always)
  static func first(_ mask: UInt64) -> Int { mask.trailingZeroBitCount / 8 }
}
