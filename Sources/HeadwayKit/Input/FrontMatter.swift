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
        let markers = text.utf8.withContiguousStorageIfAvailable(Markers.init) ?? Array(text.utf8).withUnsafeBufferPointer(Markers.init)
        switch markers {
        case .absent: return .absent
        case .unclosed: return .unclosed
        case .found(let yamlStart, let closingStart, let bodyStart, let closingLine):
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            return .found(FrontMatter(yaml: String(text[index(yamlStart)..<index(closingStart)]), yamlFirstLine: 2,
                                      body: String(text[index(bodyStart)...]), bodyFirstLine: closingLine + 1))
        }
    }

    /// Where the opening and closing lines of front matter are in a file's UTF-8 bytes, as offsets.
    private enum Markers {
        case absent
        case unclosed
        /// The YAML's first byte, the closing line's first byte, the body's first byte, the closing line's number.
        case found(yamlStart: Int, closingStart: Int, bodyStart: Int, closingLine: Int)

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard !bytes.isEmpty else {
                self = .absent
                return
            }
            var lineEnd = Self.endOfLine(from: 0, in: bytes)
            var opener = bytes[0..<lineEnd]
            if opener.starts(with: Self.byteOrderMark) { opener = opener.dropFirst(Self.byteOrderMark.count) }
            guard Self.isMarker(opener, "---") else {
                self = .absent
                return
            }
            let yamlStart = lineEnd + 1
            var lineStart = yamlStart
            var number = 1
            while lineStart < bytes.count {
                lineEnd = Self.endOfLine(from: lineStart, in: bytes)
                number += 1
                let line = bytes[lineStart..<lineEnd]
                if Self.isMarker(line, "---") || Self.isMarker(line, "...") {
                    self = .found(yamlStart: yamlStart, closingStart: lineStart, bodyStart: min(lineEnd + 1, bytes.count), closingLine: number)
                    return
                }
                lineStart = lineEnd + 1
            }
            self = .unclosed
        }

        private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

        /// The offset of the `\n` ending the line that starts at `start`, or the end of `bytes`.
        private static func endOfLine(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        }

        /// Whether `line` (without its `\n`) is `marker` followed by nothing but spaces, tabs and CRs.
        private static func isMarker(_ line: Slice<UnsafeBufferPointer<UInt8>>, _ marker: StaticString) -> Bool {
            var line = line
            while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
                line = line.dropLast()
            }
            return line.elementsEqual(UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount))
        }
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
