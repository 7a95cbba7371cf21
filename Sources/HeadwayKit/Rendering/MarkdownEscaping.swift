/// Makes note text safe to place in a Markdown report: every character that Markdown or HTML would
/// read as inline markup is backslash-escaped, a leading character that could open a block (a heading,
/// a list item, a quote) is escaped too, and line breaks become spaces. Note text therefore always
/// reads as the literal text the clinician wrote, and can neither break a table nor open an HTML tag.
enum MarkdownEscaping {
    /// Escaped wherever they stand: \ ` * _ [ ] < > | & ~
    private static let inline = table("\\`*_[]<>|&~")
    /// Escaped when they start a line: # - + = !
    private static let leading = table("#-+=!")

    /// Bytes that end a run copied as it is: the inline markup above, line breaks, and `.` and `)`
    /// (which would make a list marker of a line of digits).
    private static let stops = zip(inline, table("\n\r.)")).map { $0 || $1 }

    private static func table(_ characters: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in characters.utf8 { table[Int(byte)] = true }
        return table
    }

    /// `text` on one line, escaped.
    static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        append(text.utf8[...], to: &output, lineBreak: [UInt8(ascii: " ")])
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` as a Markdown block quote: each line escaped and prefixed with `> `.
    static func quote(_ text: String) -> String {
        var output: [UInt8] = Array("> ".utf8)
        output.reserveCapacity(text.utf8.count + 16)
        append(text.utf8[...], to: &output, lineBreak: Array("\n> ".utf8))
        return String(decoding: output, as: UTF8.self)
    }

    private static func append(_ text: Substring.UTF8View, to output: inout [UInt8], lineBreak: [UInt8]) {
        let done: Void? = text.withContiguousStorageIfAvailable { append($0, to: &output, lineBreak: lineBreak) }
        if done == nil { Array(text).withUnsafeBufferPointer { append($0, to: &output, lineBreak: lineBreak) } }
    }

    private static func append(_ buffer: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], lineBreak: [UInt8]) {
        let (inline, leading, stops) = (Self.inline, Self.leading, Self.stops)  // read once, not per byte
        var lineStart = true
        var allDigits = true  // the line so far is digits: a following `.` or `)` would make a list
        var index = 0
        while index < buffer.count {
            // Copy a run of ordinary bytes in one go (the common case: prose).
            if !lineStart {
                var end = index
                while end < buffer.count, !stops[Int(buffer[end])] { end += 1 }
                if end > index {
                    let run = UnsafeBufferPointer(rebasing: buffer[index..<end])
                    if allDigits { allDigits = run.allSatisfy { (48...57).contains($0) } }
                    output.append(contentsOf: run)
                    index = end
                    continue
                }
            }
            let byte = buffer[index]
            index += 1
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if byte == UInt8(ascii: "\r"), index < buffer.count, buffer[index] == UInt8(ascii: "\n") { index += 1 }
                output.append(contentsOf: lineBreak)
                if lineBreak.count > 1 { lineStart = true; allDigits = true }
                continue
            }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                output.append(byte)  // indentation keeps the line's start: "  # x" would still be a heading
                allDigits = allDigits && lineStart
                continue
            }
            let startsList = allDigits && !lineStart && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")"))
            if inline[Int(byte)] || (lineStart && leading[Int(byte)]) || startsList {
                output.append(UInt8(ascii: "\\"))
            }
            output.append(byte)
            allDigits = allDigits && (48...57).contains(byte)
            lineStart = false
        }
    }
}
