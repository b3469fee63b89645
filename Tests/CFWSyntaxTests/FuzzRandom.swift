/// A seeded random number generator (SplitMix64) for the fuzz test: the same seed gives
/// the same cases on every machine and every run, so a failure can be replayed.
struct FuzzRandom {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A seed made from a name (FNV-1a), so that each source file gets its own stream of
  /// cases and adding a file does not change the cases of the others.
  static func seed(_ name: String, _ salt: UInt64) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash ^ (salt &* 0x9E37_79B9_7F4A_7C15)
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `range` (which must not be empty).
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
  }

  /// A number below `bound`, or 0 when `bound` is 0.
  mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : int(0...(bound - 1)) }

  /// True with probability `percent` in 100.
  mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

  /// An element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
