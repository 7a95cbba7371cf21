/// The prose of one Markdown source line, for confirming hashtags against what was typed: block
/// markers at the start (quotes, list bullets), code spans, link destinations and angle-bracket
/// autolinks or tags are removed, so that a `#` there cannot confirm a tag seen elsewhere. Emphasis and
/// highlight delimiters right before a `#` (`**#walk**`, `==#walk==`) become spaces: emphasis does not
/// hide a tag (whether they are emphasis is cmark's answer, read from the tree by `Hashtags`).
enum SourceText {
    /// Stands in for a removed span: not whitespace, so a `#` right after it starts no tag.
    private static let placeholder = UInt8(1)

    /// Appends the prose of `line`, as UTF-8, to `output`.
    static func appendProse(of line: Substring, to output: inout [UInt8]) {
        let appended: Void? = line.utf8.withContiguousStorageIfAvailable { appendProse(of: $0, to: &output) }
        if appended == nil { Array(line.utf8).withUnsafeBufferPointer { appendProse(of: $0, to: &output) } }
    }

    private static func appendProse(of bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let lineStart = output.count
        var index = afterBlockMarkers(bytes)
        while index < bytes.count {
            var run = index  // plain bytes are copied a run at a time
            while run < bytes.count, !isSpecial(bytes[run]) { run += 1 }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<run]))
            index = run
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "`"), let end = bytes[(index + 1)...].firstIndex(of: byte) {
                output.append(placeholder)
                index = end + 1
            } else if byte == UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "("),
                      let end = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ")")) {
                output.append(byte)
                index = end + 1
            } else if byte == UInt8(ascii: "<"), let end = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: ">")) {
                output.append(placeholder)
                index = end + 1
            } else {
                if byte == UInt8(ascii: "#") { blankDelimiters(from: lineStart, before: output.count, in: &output) }
                output.append(byte)
                index += 1
            }
        }
    }

    /// Turns the run of `*`, `_` and `=` that ends at `end`, and starts at `start` or later, into spaces.
    private static func blankDelimiters(from start: Int, before end: Int, in output: inout [UInt8]) {
        var index = end
        while index > start, isDelimiter(output[index - 1]) {
            index -= 1
            output[index] = UInt8(ascii: " ")
        }
    }

    /// Whether `byte` may start a removed span or a tag: the bytes that are not simply copied.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "`") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "#")
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "=")
    }

    /// Where the prose starts after indentation, `>` quote markers and list bullets (`-`, `+`, `*`, `1.`, `1)`).
    private static func afterBlockMarkers(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        func isSpace(_ at: Int) -> Bool { at >= bytes.count || bytes[at] == UInt8(ascii: " ") || bytes[at] == UInt8(ascii: "\t") }
        while true {
            while index < bytes.count, isSpace(index) { index += 1 }
            guard index < bytes.count else { return index }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                index += 1
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*"), isSpace(index + 1) {
                index += 1
            } else if (48...57).contains(byte) {
                var end = index
                while end < bytes.count, (48...57).contains(bytes[end]) { end += 1 }
                guard end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")"), isSpace(end + 1) else { return index }
                index = end + 1
            } else {
                return index
            }
        }
    }
}
