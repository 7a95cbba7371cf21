import Yams

/// The identifying keys shared by notes and plans: `client` and the file's date.
enum Header {
    /// The `client` value, checked against the allowed form.
    static func client(_ root: Node, _ reader: inout FieldReader) -> String? {
        guard let node = root.value(forKey: "client"), !FieldReader.isNull(node) else {
            reader.fileError(line: nil, "missing required key 'client'")
            return nil
        }
        guard case .scalar(let scalar) = node, !FieldReader.isNull(node) else {
            reader.fileError(node, "'client' must be text, not a \(FieldReader.shape(of: node))")
            return nil
        }
        let value = scalar.string
        guard !Self.reserved.contains(value) else {
            reader.fileError(node, "client id '\(value)' is reserved: a batch writes its index under that name")
            return nil
        }
        guard Self.isValidClient(value) else {
            reader.fileError(node, "'client' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit; got \(FieldReader.describe(node))")
            return nil
        }
        return value
    }

    /// A required date key (`date` of a note, `start` of a plan).
    static func requiredDate(_ root: Node, key: String, _ reader: inout FieldReader) -> Day? {
        guard let node = root.value(forKey: key), !FieldReader.isNull(node) else {
            reader.fileError(line: nil, "missing required key '\(key)'")
            return nil
        }
        guard case .scalar(let scalar) = node, let day = Day(iso: scalar.string) else {
            reader.fileError(node, "'\(key)' must be a real date written YYYY-MM-DD, got \(FieldReader.describe(node))")
            return nil
        }
        return day
    }

    /// Ids whose report folder would take the place of the batch index.
    static let reserved: Set<String> = ["index.md", "index.html", "index.json"]

    /// `[A-Za-z0-9][A-Za-z0-9._-]{0,63}`.
    static func isValidClient(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard (1...64).contains(bytes.count) else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
        }
        return isAlphanumeric(bytes[0]) && bytes.allSatisfy { isAlphanumeric($0) || $0 == 46 || $0 == 95 || $0 == 45 }
    }
}
