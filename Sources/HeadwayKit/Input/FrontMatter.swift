/// A note's text split into its YAML front matter and its Markdown body, with the line numbers
/// needed to map positions in either part back to lines of the file.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` lines.
    public var yaml: String
    /// The file line of the YAML's first line.
    public var yamlFirstLine: Int
    /// The Markdown after the closing line.
    public var body: String
    /// The file line of the body's first line.
    public var bodyFirstLine: Int

    /// How splitting a file's text went.
    public enum Split: Sendable, Equatable {
        /// The file does not start with `---`: it is not a note.
        case absent
        /// The front matter opened on line 1 is never closed.
        case unclosed
        /// Front matter and body.
        case found(FrontMatter)
    }

    /// Splits `text`: the first line must be exactly `---` (after an optional BOM; trailing spaces and
    /// CRLF allowed), and the front matter ends at the next line that is `---` or `...`.
    public static func split(_ text: String) -> Split {
        var lines = LineCursor(text)
        guard let first = lines.next() else { return .absent }
        var opener = first.content
        if opener.hasPrefix("\u{FEFF}") { opener = opener.dropFirst() }
        guard trimmedTrailing(opener) == "---" else { return .absent }
        let yamlStart = first.end
        while let line = lines.next() {
            let marker = trimmedTrailing(line.content)
            if marker == "---" || marker == "..." {
                let yaml = String(text[yamlStart..<line.start])
                return .found(FrontMatter(
                    yaml: yaml, yamlFirstLine: 2,
                    body: String(text[line.end...]), bodyFirstLine: line.number + 1))
            }
        }
        return .unclosed
    }

    private static func trimmedTrailing(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return line
    }
}

/// Walks a string line by line without copying it.
struct LineCursor {
    struct Line {
        /// The line without its `\n` (a `\r` before it stays).
        var content: Substring
        var start: String.Index
        /// Where the next line starts.
        var end: String.Index
        var number: Int
    }

    private let text: String
    private var position: String.Index
    private var number = 0

    init(_ text: String) {
        self.text = text
        self.position = text.startIndex
    }

    mutating func next() -> Line? {
        guard position < text.endIndex else { return nil }
        let start = position
        let newline = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n"))
        let contentEnd = newline ?? text.endIndex
        position = newline.map { text.utf8.index(after: $0) } ?? text.endIndex
        number += 1
        var content = text[start..<contentEnd]
        if content.hasSuffix("\r") { content = content.dropLast() }
        return Line(content: content, start: start, end: position, number: number)
    }
}
