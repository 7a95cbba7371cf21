/// File names as bytes and as text. A name that is not UTF-8 (`latin\xe9.md`, written by an old
/// system) is shown with each byte that is not UTF-8 escaped as `\x{E9}`, and reopened from that text.
enum PathName {
    /// `bytes` as text: itself when it is UTF-8, else with every byte that is not part of a valid
    /// UTF-8 sequence written `\x{HH}`.
    static func display(_ bytes: some Collection<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var result = ""
        var rest = Array(bytes)[...]
        while !rest.isEmpty {
            let length = validSequenceLength(rest)
            if length > 0, let text = String(validating: rest.prefix(length), as: UTF8.self) {
                result += text
                rest = rest.dropFirst(length)
            } else {
                result += "\\x{" + String(rest[rest.startIndex], radix: 16, uppercase: true) + "}"
                rest = rest.dropFirst()
            }
        }
        return result
    }

    /// The bytes a displayed name stands for: every `\x{HH}` becomes byte HH.
    static func bytes(_ display: String) -> [UInt8] {
        let utf8 = Array(display.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            if let byte = escapedByte(utf8, at: index) {
                result.append(byte)
                index += 6
            } else {
                result.append(utf8[index])
                index += 1
            }
        }
        return result
    }

    /// Whether `display` holds an escape (so the bytes it stands for differ from its own).
    static func hasEscape(_ display: String) -> Bool {
        let utf8 = Array(display.utf8)
        return utf8.indices.contains { escapedByte(utf8, at: $0) != nil }
    }

    /// The byte of a `\x{HH}` escape starting at `index`, or nil.
    private static func escapedByte(_ utf8: [UInt8], at index: Int) -> UInt8? {
        guard index + 6 <= utf8.count, utf8[index] == UInt8(ascii: "\\"), utf8[index + 1] == UInt8(ascii: "x"),
              utf8[index + 2] == UInt8(ascii: "{"), utf8[index + 5] == UInt8(ascii: "}"),
              utf8[(index + 3)..<(index + 5)].allSatisfy({ (48...57).contains($0) || (65...70).contains($0) }) else { return nil }
        return UInt8(String(decoding: utf8[(index + 3)..<(index + 5)], as: UTF8.self), radix: 16)
    }

    /// The length of the UTF-8 sequence that `bytes` starts with, by its lead byte (0 for a stray byte).
    private static func validSequenceLength(_ bytes: ArraySlice<UInt8>) -> Int {
        guard let lead = bytes.first else { return 0 }
        let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
        return length <= bytes.count ? length : 0
    }
}
