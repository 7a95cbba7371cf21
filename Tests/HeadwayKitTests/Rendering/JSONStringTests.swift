import Testing
@testable import HeadwayKit

@Suite("JSON strings")
struct JSONStringTests {
    /// The bytes the escaping looks at.
    private static func looked(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
    }

    @Test func wordTestFindsEveryByteAtEveryPosition() {
        for byte in UInt8.min...UInt8.max {
            for position in 0..<8 {
                for filler: UInt8 in [UInt8(ascii: "a"), 0x20, 0x7F, 0x80, 0xE1, 0xFF] {
                    var word: UInt64 = 0
                    for slot in 0..<8 { word |= UInt64(slot == position ? byte : filler) << (8 * slot) }
                    #expect(JSONValue.mayNeedEscape(word) == (Self.looked(byte) || Self.looked(filler)), "byte \(byte) at \(position) among \(filler)")
                }
            }
        }
    }

    @Test func escapesAtEveryOffsetOfALongString() {
        for (raw, escaped) in [("\"", "\\\""), ("\\", "\\\\"), ("\n", "\\n"), ("\u{1}", "\\u0001"), ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029"),
                               ("\u{2027}", "\u{2027}"), ("“", "“"), ("é", "é")] {
            for offset in 0..<20 {
                let prefix = String(repeating: "x", count: offset), suffix = String(repeating: "y", count: 19 - offset)
                let value = JSONValue.string(prefix + raw + suffix + raw)
                #expect(value.serialized() == "\"" + prefix + escaped + suffix + escaped + "\"\n", "\(escaped) at \(offset)")
            }
        }
    }
}
