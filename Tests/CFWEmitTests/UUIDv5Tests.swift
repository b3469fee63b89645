import CFWEmit
import Testing

/// SHA-1 against the FIPS 180 / RFC 3174 test vectors, and version 5 UUIDs against
/// RFC 9562.
@Suite struct UUIDv5Tests {
  static func hex(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
  }

  @Test(arguments: [
    ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
    ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
    ),
    // Exactly one block of padding after a 64-byte message.
    (String(repeating: "a", count: 64), "0098ba824b5c16427bd7a1122a5a442a25ec644d"),
  ])
  func sha1MatchesTheStandardVectors(message: String, digest: String) {
    #expect(Self.hex(SHA1.digest(Array(message.utf8))) == digest)
  }

  @Test func sha1OfOneMillionAs() {
    let message = [UInt8](repeating: 0x61, count: 1_000_000)
    #expect(Self.hex(SHA1.digest(message)) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
  }

  @Test func uuidMatchesRFC9562Example() {
    // RFC 9562, Appendix A.4: the DNS namespace and the name "www.example.com".
    #expect(
      UUIDv5.make(namespace: UUIDv5.dnsNamespace, name: "www.example.com")
        == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
  }

  @Test func uuidOfAURLHasVersionAndVariantBits() {
    // Python's uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/frameworks/sample").
    let uuid = UUIDv5.make(uri: "https://example.org/frameworks/sample")
    #expect(uuid == "64ffca4e-08d8-5f39-ac0a-7d5ba169ab62")
    let characters = Array(uuid)
    #expect(characters[14] == "5", "version 5")
    #expect("89ab".contains(characters[19]), "RFC 9562 variant")
    #expect(uuid == uuid.lowercased())
  }

  @Test func differentNamesGiveDifferentUUIDs() {
    #expect(UUIDv5.make(uri: "urn:cfw:a") != UUIDv5.make(uri: "urn:cfw:b"))
    #expect(UUIDv5.make(uri: "urn:cfw:a") == UUIDv5.make(uri: "urn:cfw:a"))
  }
}
