/// Makes note text safe to place in a Markdown report: every character that Markdown or HTML would
/// read as inline markup is backslash-escaped, a leading character that could open a block (a heading,
/// a list item, a quote) is escaped too, and line breaks become spaces. Note text therefore always
/// reads as the literal text the clinician wrote, and can neither break a table nor open an HTML tag.
enum MarkdownEscaping {
    /// Escaped wherever they stand: \ ` * _ [ ] < > | & ~
    private static let inline: Set<UInt8> = Set("\\`*_[]<>|&~".utf8)
    /// Escaped when they start the text: # - + = !
    private static let leading: Set<UInt8> = Set("#-+=!".utf8)

    static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        var allDigits = true  // everything so far is digits: a following `.` or `)` would make a list
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                if previous != UInt8(ascii: "\r") { output.append(UInt8(ascii: " ")) }
            case UInt8(ascii: "\r"):
                output.append(UInt8(ascii: " "))
            default:
                let startsList = allDigits && !output.isEmpty && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")"))
                if inline.contains(byte) || (output.isEmpty && leading.contains(byte)) || startsList {
                    output.append(UInt8(ascii: "\\"))
                }
                output.append(byte)
            }
            allDigits = allDigits && (48...57).contains(byte)
            previous = byte
        }
        return String(decoding: output, as: UTF8.self)
    }
}
