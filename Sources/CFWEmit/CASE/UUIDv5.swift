/// Name-based UUIDs, version 5 (RFC 9562 §5.5, formerly RFC 4122 §4.3): the same
/// namespace and name always give the same UUID, on any machine.
package enum UUIDv5 {
  /// The namespace for names that are URLs or URIs: 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
  package static let urlNamespace: [UInt8] = [
    0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
  ]

  /// The namespace for DNS names: 6ba7b810-9dad-11d1-80b4-00c04fd430c8.
  package static let dnsNamespace: [UInt8] = [
    0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
  ]

  /// The UUID of `name` (taken as UTF-8) in `namespace`, in lowercase 8-4-4-4-12 form.
  package static func make(namespace: [UInt8], name: String) -> String {
    var bytes = Array(SHA1.digest(namespace + Array(name.utf8)).prefix(16))
    bytes[6] = bytes[6] & 0x0F | 0x50
    bytes[8] = bytes[8] & 0x3F | 0x80
    return format(bytes)
  }

  /// The UUID of a URI, in the URL namespace.
  package static func make(uri: String) -> String { make(namespace: urlNamespace, name: uri) }

  /// Sixteen bytes as lowercase hexadecimal with hyphens after bytes 4, 6, 8 and 10.
  private static func format(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    var text = ""
    for (index, byte) in bytes.enumerated() {
      if [4, 6, 8, 10].contains(index) { text.append("-") }
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return text
  }
}
