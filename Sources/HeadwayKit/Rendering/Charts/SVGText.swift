/// How numbers, text and ids are written into chart markup.
enum SVGText {
    /// A coordinate rounded to one decimal, without a trailing ".0" and never "-0": `12.5`, `40`.
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "0" }
        let tenths = Int((value * 10).rounded())
        let magnitude = abs(tenths)
        let fraction = magnitude % 10 == 0 ? "" : ".\(magnitude % 10)"
        return (tenths < 0 ? "-" : "") + String(magnitude / 10) + fraction
    }

    /// Text safe in XML content and attribute values: `& < > " '` become entities, and characters
    /// XML 1.0 forbids (most control characters) become U+FFFD.
    static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: needsEscaping) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Whether `byte` may start something `escape` rewrites: an entity character, a control character
    /// other than tab and line breaks, or 0xEF (U+FFFE and U+FFFF begin with it in UTF-8).
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): false
        default: byte < 0x20
        }
    }

    /// An id fragment that names `text` one-to-one: ASCII letters, digits and `-` stay, every other
    /// UTF-8 byte becomes `_` and two hex digits (`sleep 1` → `sleep_201`).
    static func idFragment(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                output += "_" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 15, radix: 16, uppercase: true)
            }
        }
        return output
    }
}
