import Testing
@testable import HeadwayKit

/// The byte-level text routines written for speed give exactly the answers of their Unicode-level
/// definitions (hashtag characters, match keys, dates, JSON strings, Markdown tidying).
@Suite("byte-level text routines")
struct ByteLevelTextTests {
    @Test("every ASCII character is a tag character exactly when Unicode says it is a letter, a digit or '-'")
    func asciiTagCharacters() {
        for value in 0..<0x80 {
            let scalar = Unicode.Scalar(UInt8(value))
            let unicode = scalar == "-" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            #expect(Hashtags.isTagCharacter(scalar) == unicode, "U+\(String(value, radix: 16))")
        }
    }

    @Test("hashtags next to non-ASCII text", arguments: [
        ("#café and #naïve-tag-", ["café", "naïve-tag"]),
        ("before\u{00A0}#nbsp starts a tag", ["nbsp"]),  // U+00A0 is white space
        ("é#no tag after a letter", []),
        ("#日本語 ok", ["日本語"]),
        ("(#a1) [#b2] {#c3} \"#d4\" '#e5'", ["a1", "b2", "c3", "d4", "e5"]),
        ("#-- #a#b #Upper", ["a", "upper"]),
        ("emoji 🎉#party and 🎉 #party2", ["party2"]),
        ("#٣ arabic-indic digit", ["٣"]),
    ])
    func candidates(text: String, expected: [String]) {
        #expect(Hashtags.candidates(in: text) == expected)
    }

    @Test("hashtag candidates equal a scalar-by-scalar reading of the same text, on 5,000 generated texts")
    func candidatesMatchTheScalarReading() {
        let alphabet: [String] = ["#", "#", "a", "Z", "7", "-", " ", "\n", "(", "[", "{", "\"", "'", ".", "é", "日", "🎉",
                                  "\u{00A0}", "\u{2003}", "٣", "_", "\u{1}", "ß", "\u{301}"]
        var state = SplitMix64(state: 2026)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...24, using: &state) { text += alphabet[Int.random(in: 0..<alphabet.count, using: &state)] }
            #expect(Hashtags.candidates(in: text) == Self.scalarCandidates(in: text), "\(text.debugDescription)")
        }
    }

    /// The definition read one scalar at a time: `#` at the start or after white space or an opening
    /// bracket or quote, then letters, digits and hyphens, trailing hyphens dropped, lower-cased.
    private static func scalarCandidates(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        func isTagCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "-" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        var result: [String] = []
        var index = 0
        while index < scalars.count {
            let previous = index > 0 ? scalars[index - 1] : nil
            guard scalars[index] == "#", previous.map({ $0.properties.isWhitespace || "([{\"'".unicodeScalars.contains($0) }) ?? true else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, isTagCharacter(scalars[end]) { end += 1 }
            var last = end
            while last > index + 1, scalars[last - 1] == "-" { last -= 1 }
            if last > index + 1 {
                var tag = String.UnicodeScalarView()
                tag.append(contentsOf: scalars[(index + 1)..<last])
                result.append(String(tag).lowercased())
            }
            index = max(end, index + 1)
        }
        return result
    }

    @Test("match keys of ASCII text equal the Unicode definition")
    func matchKeys() {
        let samples = ["Coping Skills:", "coping-skills", "  Self_Esteem 2 ", "MEANING & purpose!", "", "---", "a1-B2_c3",
                       "tab\tand\nnewline", "~`!@#$%^&*()+={}[]|\\:;\"'<>,.?/"]
        for text in samples {
            let unicode = String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
                .map(Character.init))
            #expect(GoalArea.matchKey(text) == unicode, "\(text)")
        }
        #expect(GoalArea.matchKey("Émotions Régulées") == "émotionsrégulées")
    }

    @Test("dates print as YYYY-MM-DD at every width")
    func dayDescriptions() {
        for (year, month, day, text) in [(1, 1, 1, "0001-01-01"), (999, 12, 31, "0999-12-31"), (2026, 2, 9, "2026-02-09"),
                                         (9999, 12, 31, "9999-12-31")] {
            #expect(Day(year: year, month: month, day: day)?.description == text)
        }
    }

    @Test("JSON strings: quotes, backslashes, controls, U+2028 and U+2029 escaped; other E2 characters kept")
    func jsonStrings() {
        let value = JSONValue.string("a\"b\\c\nd\re\tf\u{1}g\u{2028}h\u{2029}i — € ⚠ end")
        #expect(value.serialized() == "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u2028h\\u2029i — € ⚠ end\"\n")
        #expect(JSONValue.string("\u{E2}").serialized() == "\"\u{E2}\"\n")  // â: not a lead byte of U+2028
        #expect(JSONValue.string("").serialized() == "\"\"\n")
    }

    @Test("tidy keeps one blank line between blocks, empties blank lines, and ends with one newline", arguments: [
        ("a\n\n\n\nb\n", "a\n\nb\n"),
        ("a\n  \n\t\n\r\nb", "a\n\nb\n"),
        ("\n\na\n", "\na\n"),
        ("a  \nb\n\n\n", "a  \nb\n"),
        ("a\n   ", "a\n"),
        ("", "\n"),
    ])
    func tidy(text: String, expected: String) {
        #expect(ReportRenderer.tidy(text) == expected)
    }

    @Test("tidy gives the line-by-line definition's answer on random texts of letters, blanks and newlines")
    func tidyRandomTexts() {
        var generator = SplitMix64(state: 2027)
        let alphabet: [UInt8] = Array("a \t\r\n\n\n".utf8)
        for _ in 0..<2000 {
            let length = Int(generator.next() % 40)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(ReportRenderer.tidy(text) == Self.tidyByLines(bytes), "\(text.debugDescription)")
        }
    }

    /// `tidy` as its definition says, line by line.
    private static func tidyByLines(_ bytes: [UInt8]) -> String {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var output: [UInt8] = []
        var previousBlank = false
        for (index, line) in lines.enumerated() {
            let hasNewline = index < lines.count - 1
            if hasNewline, line.allSatisfy({ [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains($0) }) {
                if !previousBlank { output.append(UInt8(ascii: "\n")) }
                previousBlank = true
            } else {
                output += line + (hasNewline ? [UInt8(ascii: "\n")] : [])
                previousBlank = false
            }
        }
        while let last = output.last, [UInt8(ascii: "\n"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains(last) { output.removeLast() }
        return String(decoding: output + [UInt8(ascii: "\n")], as: UTF8.self)
    }
}

/// A deterministic generator (SplitMix64), so a failing text can be reproduced.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
