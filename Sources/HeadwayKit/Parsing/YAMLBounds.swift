import Yams

/// Limits that keep hostile YAML (alias bombs, absurd nesting) from exhausting memory or stack.
enum YAMLBounds {
    /// Deepest nesting of mappings and lists accepted.
    static let maximumDepth = 64
    /// Most values a document may expand to, counting every use of an alias.
    static let maximumNodes = 20_000

    /// Why `yaml` must not be composed at all (nesting too deep for the parser's recursion), or nil.
    /// `document` names it in the message ("front matter", "the configuration").
    ///
    /// Counts flow brackets and block indentation without parsing, so that a document nested
    /// 100,000 levels deep is refused before Yams' recursive composer sees it. Text that cannot be
    /// structure is not counted: quoted strings closed on their line, comments, and the lines of
    /// block scalars (`|`, `>`).
    static func nestingProblem(in yaml: String, document: String = "front matter") -> (line: Int, message: String)? {
        var scanner = NestingScanner(yaml)
        return scanner.firstLineDeeperThan(maximumDepth).map { ($0, "\(document) nests deeper than \(maximumDepth) levels") }
    }

    /// Why a composed document is too large (reported at its root) or too deep (at the node too deep), or nil.
    /// Recurses no deeper than `maximumDepth` levels.
    static func sizeProblem(in root: Node, document: String = "front matter") -> (node: Node, message: String)? {
        var walk = SizeWalk()
        switch walk.problem(in: root, depth: 1) {
        case nil: return nil
        case .tooLarge: return (root, "\(document) expands past \(maximumNodes) values (are aliases repeating it?)")
        case .tooDeep(let node): return (node, "\(document) nests deeper than \(maximumDepth) levels")
        }
    }

    /// Counts a document's values, every use of an alias included, from the last child to the first
    /// (a mapping's value before its key), so that the first problem met is always the same one.
    private struct SizeWalk {
        enum Problem {
            case tooLarge
            case tooDeep(Node)
        }

        private var count = 0

        /// The first problem met in `node`, at `depth`, and below it.
        mutating func problem(in node: Node, depth: Int) -> Problem? {
            count += 1
            if count > maximumNodes { return .tooLarge }
            if depth > maximumDepth { return .tooDeep(node) }
            switch node {
            case .mapping(let mapping):
                for index in (mapping.startIndex..<mapping.endIndex).reversed() {
                    let (key, value) = mapping[index]
                    if let problem = problem(in: value, depth: depth + 1) { return problem }
                    if let problem = problem(in: key, depth: depth + 1) { return problem }
                }
            case .sequence(let sequence):
                for index in (sequence.startIndex..<sequence.endIndex).reversed() {
                    if let problem = problem(in: sequence[index], depth: depth + 1) { return problem }
                }
            case .scalar, .alias:
                break
            }
            return nil
        }
    }
}

/// Finds how deep a YAML text nests, line by line, without parsing it: flow brackets (counted only
/// where a node can start, as YAML opens a flow collection only there), `- ` entries on one line,
/// and indentation. It errs on the side of counting: text is passed over only where it cannot be
/// structure (a quoted string closed on its line, a comment, a block scalar's lines).
struct NestingScanner {
    private let bytes: [UInt8]
    private var index = 0
    /// The 1-based line being scanned.
    private(set) var line = 0
    private var flowDepth = 0
    /// While inside a block scalar: the indentation its lines must exceed.
    private var blockScalarParent: Int?

    init(_ yaml: String) {
        bytes = Array(yaml.utf8)
    }

    /// The line on which nesting first exceeds `limit`, or nil.
    mutating func firstLineDeeperThan(_ limit: Int) -> Int? {
        while index < bytes.count {
            line += 1
            let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if scanLine(index..<end, limit: limit) { return line }
            index = end + 1
        }
        return nil
    }

    /// Scans one line (without its newline); true when it nests too deep.
    private mutating func scanLine(_ range: Range<Int>, limit: Int) -> Bool {
        let indent = bytes[range].prefix { $0 == Byte.space }.count
        let isBlank = bytes[range].allSatisfy { $0 == Byte.space || $0 == Byte.tab || $0 == Byte.cr }
        if let parent = blockScalarParent {
            if isBlank || indent > parent { return false }
            blockScalarParent = nil
        }
        if flowDepth == 0 && indent > limit * 8 { return true }
        var column = range.lowerBound + indent
        var atNodeStart = true
        var nodeColumn = range.lowerBound + indent
        var entries = 0
        if flowDepth == 0, isDocumentMarker(at: column, in: range) { column += 3 }
        while column < range.upperBound {
            let byte = bytes[column]
            let next = column + 1 < range.upperBound ? bytes[column + 1] : Byte.space
            let spaceFollows = next == Byte.space || next == Byte.tab || next == Byte.cr
            switch byte {
            case Byte.space, Byte.tab, Byte.cr:
                break
            case Byte.hash where column == range.lowerBound || bytes[column - 1] == Byte.space || bytes[column - 1] == Byte.tab:
                return false
            case Byte.doubleQuote where atNodeStart, Byte.singleQuote where atNodeStart:
                if let close = closingQuote(from: column, in: range) {
                    column = close
                    atNodeStart = false
                } else {
                    atNodeStart = false
                }
            case Byte.bar where atNodeStart && flowDepth == 0, Byte.greater where atNodeStart && flowDepth == 0:
                if isBlockScalarHeader(from: column + 1, in: range) {
                    blockScalarParent = nodeColumn - range.lowerBound
                    return false
                }
                atNodeStart = false
            case Byte.openBracket where atNodeStart || flowDepth > 0, Byte.openBrace where atNodeStart || flowDepth > 0:
                flowDepth += 1
                atNodeStart = true
                if flowDepth > limit { return true }
            case Byte.closeBracket where flowDepth > 0, Byte.closeBrace where flowDepth > 0:
                flowDepth -= 1
                atNodeStart = false
            case Byte.comma where flowDepth > 0:
                atNodeStart = true
            case Byte.colon where flowDepth > 0 || spaceFollows:
                atNodeStart = true
            case Byte.dash where atNodeStart && spaceFollows, Byte.question where atNodeStart && spaceFollows:
                nodeColumn = column
                if flowDepth == 0 && byte == Byte.dash {
                    entries += 1
                    if entries > limit { return true }
                }
            case Byte.bang where atNodeStart, Byte.ampersand where atNodeStart:
                while column + 1 < range.upperBound, bytes[column + 1] != Byte.space { column += 1 }
            default:
                if atNodeStart { nodeColumn = column }
                atNodeStart = false
            }
            column += 1
        }
        return false
    }

    /// Whether `---` or `...` (a document marker, followed by a space or the line's end) is at `column`.
    private func isDocumentMarker(at column: Int, in range: Range<Int>) -> Bool {
        guard column == range.lowerBound, column + 3 <= range.upperBound else { return false }
        let marker = bytes[column..<column + 3]
        guard marker.elementsEqual("---".utf8) || marker.elementsEqual("...".utf8) else { return false }
        return column + 3 == range.upperBound || [Byte.space, Byte.tab, Byte.cr].contains(bytes[column + 3])
    }

    /// The index of the quote closing the string opened at `start`, on the same line, or nil.
    private func closingQuote(from start: Int, in range: Range<Int>) -> Int? {
        let quote = bytes[start]
        var position = start + 1
        while position < range.upperBound {
            let byte = bytes[position]
            if quote == Byte.doubleQuote && byte == Byte.backslash {
                position += 2
                continue
            }
            if byte == quote {
                // '' inside a single-quoted string is an escaped quote.
                if quote == Byte.singleQuote, position + 1 < range.upperBound, bytes[position + 1] == quote {
                    position += 2
                    continue
                }
                return position
            }
            position += 1
        }
        return nil
    }

    /// Whether what follows `|` or `>` is a block scalar header: indicators (`-`, `+`, a digit), then
    /// nothing but spaces or a comment.
    private func isBlockScalarHeader(from start: Int, in range: Range<Int>) -> Bool {
        var position = start
        while position < range.upperBound, bytes[position] == Byte.dash || bytes[position] == Byte.plus
                || (Byte.zero...Byte.nine).contains(bytes[position]) { position += 1 }
        let rest = bytes[position..<range.upperBound].drop { $0 == Byte.space || $0 == Byte.tab || $0 == Byte.cr }
        return rest.isEmpty || (rest.first == Byte.hash && position < rest.startIndex)
    }

    private enum Byte {
        static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), cr = UInt8(ascii: "\r")
        static let hash = UInt8(ascii: "#"), doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
        static let backslash = UInt8(ascii: "\\"), bar = UInt8(ascii: "|"), greater = UInt8(ascii: ">")
        static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
        static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
        static let comma = UInt8(ascii: ","), colon = UInt8(ascii: ":"), dash = UInt8(ascii: "-")
        static let question = UInt8(ascii: "?"), bang = UInt8(ascii: "!"), ampersand = UInt8(ascii: "&")
        static let plus = UInt8(ascii: "+"), zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
    }
}
