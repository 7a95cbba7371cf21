import Testing
import HeadwayKit

@Suite("diagnostics as printed")
struct DiagnosticTests {
    @Test("bidirectional overrides and isolates are escaped like control characters", arguments: [
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ])
    func bidiEscaped(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let hex = String(value, radix: 16, uppercase: true)
        #expect(Diagnostic.visible("a\(Character(scalar))b") == "a\\u{\(hex)}b")
        #expect(Diagnostic.error("n\(Character(scalar)).md", 3, "m\(Character(scalar))").formatted == "n\\u{\(hex)}.md:3: error: m\\u{\(hex)}")
    }

    @Test("other text is unchanged: right-to-left letters, marks outside the ranges, and already escaped text")
    func untouched() {
        for text in ["שלום عربي", "a\u{200F}b", "\\u{1B}", "C-0001/2026-10.md"] {
            #expect(Diagnostic.visible(text) == text)
        }
        #expect(Diagnostic.visible("\u{1B}[31m\r\n") == "\\u{1B}[31m\\u{D}\\u{A}")
    }
}
