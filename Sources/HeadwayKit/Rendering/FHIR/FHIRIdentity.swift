/// The deterministic identity of a bundle's resource: a UUID made from the SHA-256 of what the resource
/// is about (its kind, the client id and, as fits, the goal, instrument and date), so that a rerun over the
/// same notes gives the same ids and references (docs/fhir.md, "Ids").
struct FHIRIdentity: Sendable, Equatable {
    /// The UUID in lowercase hexadecimal with hyphens (36 characters): also the resource's `id`.
    let uuid: String

    /// The identity of the resource named by `parts` (e.g. `["goal", "C-0142", "paced-breathing"]`): the
    /// first 16 bytes of the SHA-256 of the parts joined by NUL, as a version-8 (custom) RFC 9562 UUID.
    init(_ parts: [String]) {
        var bytes = Array(SHA256.digest(Array(parts.joined(separator: "\u{0}").utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80  // version 8
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 9562 variant
        let hex = SHA256.hex(bytes)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        uuid = groups.joined(separator: "-")
    }

    /// The entry's `fullUrl`, which every reference inside the bundle names.
    var fullUrl: String { "urn:uuid:\(uuid)" }

    /// A `Reference` to the resource.
    var reference: JSONValue { .object([("reference", .string(fullUrl))]) }
}
