/// Whose a note file is, told from its first lines without composing its YAML, so that a run for one
/// client parses fully only that client's files (`Caseload.read(from:parser:monitor:only:)`).
///
/// Exact by construction: it names a client only when a full parse (`NoteParser.parse`) would attribute
/// the file, whatever it turns out to be (a note, a plan, a draft, a rejected file), to that client;
/// else it answers nil and the file is parsed. It names `X` when the front matter's first top-level
/// `client:` line with a valid id (the line `FileOwner` finds, which attributes the files whose YAML
/// cannot be composed) is `client: X`, `client: "X"` or `client: 'X'` (a comment after it allowed), the
/// value does not go on to the next line, `X` is not a YAML null, and every line before it is ASCII
/// without quotes, flow brackets, directives or document markers. Such lines cannot open a construct
/// that holds a later unindented line (a block scalar's lines are always indented), so `client: X`
/// is then a key of the root mapping; a second `client` key anywhere, in any form, is a duplicate key,
/// which makes the YAML unreadable and the file `FileOwner`'s, that is `X`'s, again.
enum ClientPrescan {
    /// The client the file holding `bytes` belongs to, or nil when only a full parse can tell.
    static func owner(of bytes: [UInt8]) -> String? {
        var lines = ByteLines(bytes)
        guard let opener = lines.next(), isOpener(bytes[opener]) else { return nil }
        while let range = lines.next() {
            let line = bytes[range]
            guard !isMarker(line), isPlainASCII(line) else { return nil }
            switch clientLine(line) {
            case .client(let client):
                return valueContinues(after: &lines, in: bytes) ? nil : client
            case .undecidable:
                return nil
            case .other:
                guard isSimple(line) else { return nil }
            }
        }
        return nil
    }

    private enum Line {
        /// `client: X` with a valid id X, exactly as YAML reads it.
        case client(String)
        /// The line `FileOwner` takes, but whose value YAML may read otherwise.
        case undecidable
        /// Any other line.
        case other
    }

    private static let key = Array("client:".utf8)

    /// What a line is to `FileOwner` and to YAML.
    private static func clientLine(_ line: ArraySlice<UInt8>) -> Line {
        guard line.starts(with: key) else { return .other }
        let text = String(decoding: line, as: UTF8.self)
        guard let value = FileOwner.value(of: "client", in: Substring(text)), Header.isValidClient(value),
              !Header.reserved.contains(value) else { return .other }
        let separator = line[line.startIndex + key.count]  // there is one: the value is not empty
        guard separator == Byte.space || separator == Byte.tab, !["null", "Null", "NULL"].contains(value) else { return .undecidable }
        return .client(value)
    }

    /// Whether the lines after a `client:` line may continue its value: the next line that is not blank
    /// must start unindented with a visible ASCII character (the closing `---` does), or the file end.
    private static func valueContinues(after lines: inout ByteLines, in bytes: [UInt8]) -> Bool {
        while let range = lines.next() {
            let line = bytes[range]
            let content = line.last == Byte.cr ? line.dropLast() : line
            if content.allSatisfy({ $0 == Byte.space || $0 == Byte.tab }) { continue }
            return !(0x21...0x7E).contains(content[content.startIndex])
        }
        return false
    }

    /// The opening line of front matter as `FrontMatter.split` takes it: `---` after an optional BOM,
    /// trailing spaces, tabs and CR allowed.
    private static func isOpener(_ line: ArraySlice<UInt8>) -> Bool {
        let content = line.starts(with: [0xEF, 0xBB, 0xBF]) ? line.dropFirst(3) : line
        return trimmed(content).elementsEqual("---".utf8)
    }

    /// A line that closes the front matter (`---`, `...`) or starts with a document marker or a directive.
    private static func isMarker(_ line: ArraySlice<UInt8>) -> Bool {
        line.starts(with: "---".utf8) || line.starts(with: "...".utf8) || line.first == UInt8(ascii: "%")
    }

    /// Printable ASCII and tabs, with at most a CR at the end: no other line break (NEL, LS, PS, a lone
    /// CR, form or line feed) that YAML or `FileOwner` would split the line at, and no BOM.
    private static func isPlainASCII(_ line: ArraySlice<UInt8>) -> Bool {
        let content = line.last == Byte.cr ? line.dropLast() : line
        return content.allSatisfy { (0x20...0x7E).contains($0) || $0 == Byte.tab }
    }

    /// A line that can open no quoted scalar or flow collection.
    private static func isSimple(_ line: ArraySlice<UInt8>) -> Bool {
        !line.contains { Byte.opening.contains($0) }
    }

    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var line = line
        while let last = line.last, last == Byte.space || last == Byte.tab || last == Byte.cr { line = line.dropLast() }
        return line
    }

    private enum Byte {
        static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), cr = UInt8(ascii: "\r")
        static let opening: Set<UInt8> = Set("\"'[]{}".utf8)
    }
}

/// The `\n`-separated lines of bytes, as `LineCursor` splits text: each without its `\n`.
struct ByteLines {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func next() -> Range<Int>? {
        guard position < bytes.count else { return nil }
        let start = position
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        position = end + 1
        return start..<end
    }
}
