/// Eight bytes at a time: tests that let a scan skip a run of ordinary bytes in one step.
///
/// Inlinable, so that the scans of other modules (CFWModel, CFWCheck) compile them into
/// their loops instead of calling them for every eight bytes.
public enum ByteWords {
  @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
  @inlinable public static var highs: UInt64 { 0x8080_8080_8080_8080 }

  /// The eight bytes at `index`, the first in the lowest bits.
  @inlinable @inline(__always)
  public static func load(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
    UInt64(
      littleEndian: UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self))
  }

  /// Nonzero when some byte of `word` is zero.
  @inlinable @inline(__always)
  public static func zeroByte(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }

  /// Nonzero when some byte of `word` equals `byte`.
  @inlinable @inline(__always)
  public static func byte(_ byte: UInt8, in word: UInt64) -> UInt64 {
    zeroByte(word ^ (ones &* UInt64(byte)))
  }

  /// Whether some byte of `word` is LF or CR.
  @inlinable @inline(__always)
  public static func hasLineBreak(_ word: UInt64) -> Bool {
    byte(0x0A, in: word) | byte(0x0D, in: word) != 0
  }

  /// The high bit of every byte of `word` that equals `byte`, and no other bit. (`byte`
  /// may flag a false match above a true one; this may not, so its bits can be counted.)
  @inlinable @inline(__always)
  public static func exactBytes(_ byte: UInt8, in word: UInt64) -> UInt64 {
    let x = word ^ (ones &* UInt64(byte))
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((x & lows) &+ lows) | x) & highs
  }

  /// Whether any byte of `range` in `buffer` is `a`, `b` or `c`, looked at eight bytes at
  /// a time.
  @inlinable
  public static func contains(
    _ a: UInt8, _ b: UInt8, _ c: UInt8, in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Bool {
    var index = range.lowerBound
    while index + 8 <= range.upperBound {
      let word = load(buffer, index)
      if byte(a, in: word) | byte(b, in: word) | byte(c, in: word) != 0 { break }
      index += 8
    }
    while index < range.upperBound {
      let value = buffer[index]
      if value == a || value == b || value == c { return true }
      index += 1
    }
    return false
  }
}
