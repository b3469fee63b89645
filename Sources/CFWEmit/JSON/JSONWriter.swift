/// A streaming writer of pretty-printed JSON into one byte buffer.
///
/// Output is fixed by construction: keys come out in the order they are written, objects
/// and arrays are indented by two spaces, empty ones are written `{}` and `[]`, and
/// strings are escaped as described in ``string(_:)``. Nothing goes through a dictionary
/// or `JSONSerialization`, so the same calls always give the same bytes.
///
/// The writer does not check that calls are balanced or that keys are only written in
/// objects: its callers are the emitters, and their tests validate what they write.
package struct JSONWriter: Sendable {
  /// The JSON written so far.
  package internal(set) var bytes: [UInt8]
  /// How many containers are open.
  private var depth = 0
  /// Whether the innermost open container already holds a member or element.
  private var containerHasContent = false
  /// Whether a key was just written, so that the next value follows it on the same line.
  private var afterKey = false

  /// A writer whose buffer has room for `capacity` bytes before it grows.
  package init(capacity: Int = 1 << 16) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Opens an object (as a value, or as the value of the key just written).
  package mutating func beginObject() { open(0x7B) }

  /// Closes the innermost object.
  package mutating func endObject() { close(0x7D) }

  /// Opens an array.
  package mutating func beginArray() { open(0x5B) }

  /// Closes the innermost array.
  package mutating func endArray() { close(0x5D) }

  /// Writes an object member's key. Keys are static ASCII names that need no escaping.
  package mutating func key(_ name: StaticString) {
    separate()
    bytes.append(0x22)
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(0x22)
    bytes.append(0x3A)
    bytes.append(0x20)
    afterKey = true
  }

  /// Writes a string value.
  package mutating func string(_ value: String) {
    separate()
    appendQuoted(value)
  }

  /// Writes a string known at compile time: a static ASCII name that needs no escaping.
  package mutating func string(_ value: StaticString) {
    separate()
    bytes.append(0x22)
    value.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(0x22)
  }

  /// Writes a string value, or `null`.
  package mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  /// Writes an integer value.
  package mutating func integer(_ value: Int) {
    separate()
    appendDecimal(value)
  }

  /// Writes `true` or `false`.
  package mutating func boolean(_ value: Bool) {
    separate()
    if value {
      bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
    } else {
      bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
    }
  }

  /// Writes `null`.
  package mutating func null() {
    separate()
    bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
  }

  /// Writes a member whose value is a string.
  package mutating func field(_ name: StaticString, _ value: String) {
    key(name)
    string(value)
  }

  /// Writes a member whose value is a string or `null`.
  package mutating func field(_ name: StaticString, _ value: String?) {
    key(name)
    string(value)
  }

  /// Writes a member whose value is `true` or `false`.
  package mutating func field(_ name: StaticString, _ value: Bool) {
    key(name)
    boolean(value)
  }

  /// Writes a member whose value is an integer.
  package mutating func field(_ name: StaticString, _ value: Int) {
    key(name)
    integer(value)
  }

  /// Writes a member whose value is an array of strings.
  package mutating func field(_ name: StaticString, _ values: [String]) {
    key(name)
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  /// Writes a member whose value is an array with one element per item, written by `body`.
  package mutating func array<Items: Sequence>(
    _ name: StaticString, _ items: Items, _ body: (inout JSONWriter, Items.Element) -> Void
  ) {
    key(name)
    beginArray()
    for item in items { body(&self, item) }
    endArray()
  }

  /// Ends the document with a newline and returns its bytes.
  package mutating func finish() -> [UInt8] {
    bytes.append(0x0A)
    return bytes
  }

  // MARK: - Layout

  /// Writes what goes before a value or key: nothing after a key, otherwise a comma after
  /// an earlier sibling, and a new line indented to the current depth.
  private mutating func separate() {
    if afterKey {
      afterKey = false
      return
    }
    guard depth > 0 else { return }
    if containerHasContent { bytes.append(0x2C) }
    containerHasContent = true
    newLine(depth: depth)
  }

  private mutating func open(_ bracket: UInt8) {
    separate()
    bytes.append(bracket)
    depth += 1
    containerHasContent = false
  }

  /// Closing a container leaves its parent with content: the container is in it.
  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if containerHasContent { newLine(depth: depth) }
    bytes.append(bracket)
    containerHasContent = true
  }

  private mutating func newLine(depth: Int) {
    bytes.append(0x0A)
    let count = 2 * depth
    guard count <= Self.spaces.utf8CodeUnitCount else {
      bytes.append(contentsOf: repeatElement(0x20, count: count))
      return
    }
    // Copied from a run of spaces: appending a repeated element goes byte by byte.
    Self.spaces.withUTF8Buffer {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count]))
    }
  }

  /// Enough spaces for the indentation of all but unusually deep lines.
  private static let spaces: StaticString = "                                                "

  private mutating func appendDecimal(_ value: Int) {
    if value < 0 { bytes.append(0x2D) }
    var magnitude = value.magnitude
    var digits: [UInt8] = []
    repeat {
      digits.append(0x30 + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes.append(contentsOf: digits.reversed())
  }
}
