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
    ///
    /// Reads UTF-8 bytes (the markers are ASCII, and a byte of a longer character never equals one of
    /// theirs), so that nothing is copied before the closing line is found.
    public static func split(_ text: String) -> Split {
        let bytes = text.utf8
        guard !bytes.isEmpty else { return .absent }
        var lineStart = bytes.startIndex
        var lineEnd = endOfLine(from: lineStart, in: bytes)
        var opener = bytes[lineStart..<lineEnd]
        if opener.starts(with: byteOrderMark) { opener = opener.dropFirst(byteOrderMark.count) }
        guard isMarker(opener, "---") else { return .absent }
        let yamlStart = nextLine(after: lineEnd, in: bytes)
        var number = 1
        lineStart = yamlStart
        while lineStart < bytes.endIndex {
            lineEnd = endOfLine(from: lineStart, in: bytes)
            number += 1
            let line = bytes[lineStart..<lineEnd]
            if isMarker(line, "---") || isMarker(line, "...") {
                return .found(FrontMatter(
                    yaml: String(text[yamlStart..<lineStart]), yamlFirstLine: 2,
                    body: String(text[nextLine(after: lineEnd, in: bytes)...]), bodyFirstLine: number + 1))
            }
            lineStart = nextLine(after: lineEnd, in: bytes)
        }
        return .unclosed
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The index of the `\n` ending the line that starts at `start`, or the end of `bytes`.
    private static func endOfLine(from start: String.Index, in bytes: String.UTF8View) -> String.Index {
        bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
    }

    /// Where the line after the one ending at `end` (its `\n` or the end of `bytes`) starts.
    private static func nextLine(after end: String.Index, in bytes: String.UTF8View) -> String.Index {
        end < bytes.endIndex ? bytes.index(after: end) : end
    }

    /// Whether `line` (without its `\n`) is `marker` followed by nothing but spaces, tabs and CRs.
    private static func isMarker(_ line: Substring.UTF8View, _ marker: String) -> Bool {
        var line = line
        while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            line = line.dropLast()
        }
        return line.elementsEqual(marker.utf8)
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
