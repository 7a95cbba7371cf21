import Yams

/// Reads typed values out of a composed YAML node tree, reporting every problem as a diagnostic
/// at the line of the offending value (Yams' nodes keep their marks; `Decodable` would lose them).
struct FieldReader {
    /// The file's path, for diagnostics.
    let path: String
    /// The file line of the YAML's first line.
    let firstLine: Int
    /// Everything found so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether a bad value is dropped alone (a note's front matter, docs/note-format.md, section 5), so that
    /// each error says what it leaves out; a configuration's errors are fatal instead.
    let dropsValues: Bool
    /// Whether a file error was reported: the whole file is then rejected.
    private(set) var fileRejected = false

    init(path: String, firstLine: Int, dropsValues: Bool = false) {
        self.path = path
        self.firstLine = firstLine
        self.dropsValues = dropsValues
    }

    /// Whether any error has been reported.
    var failed: Bool { diagnostics.contains { $0.severity == .error } }

    /// The file line of `node`.
    func line(_ node: Node) -> Int? { node.mark.map { $0.line + firstLine - 1 } }

    /// A value error: `losing` says what is left out ("this rating is left out").
    mutating func error(_ node: Node?, _ message: String, losing consequence: String? = nil) {
        var diagnostic = Diagnostic.error(path, node.flatMap(line), message)
        if dropsValues { diagnostic.consequence = consequence }
        diagnostics.append(diagnostic)
    }

    /// A file error: the whole file is rejected.
    mutating func fileError(_ node: Node?, _ message: String) {
        fileError(line: node.flatMap(line), message)
    }

    /// A file error at `line` (nil where no line applies).
    mutating func fileError(line: Int?, _ message: String) {
        var diagnostic = Diagnostic.error(path, line, message)
        diagnostic.consequence = ValueLoss.file
        diagnostics.append(diagnostic)
        fileRejected = true
    }

    /// A value error about the value of `key`, which is left out.
    private mutating func valueError(_ node: Node, _ key: String, _ message: String) {
        error(node, message, losing: ValueLoss.words(forKey: key))
    }

    mutating func warning(_ node: Node?, _ message: String) {
        diagnostics.append(.warning(path, node.flatMap(line), message))
    }

    mutating func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: Shapes

    /// The key/value pairs of a mapping, keys as text; reports unknown keys as warnings, worded by
    /// `unknown` when given (it gets the key and the "did you mean" hint).
    mutating func pairs(_ node: Node, known: [String], context: String, ignoring ignored: (String) -> Bool = { _ in false },
                        unknown: ((String, String) -> String)? = nil) -> [(key: String, value: Node)] {
        guard case .mapping(let mapping) = node else { return [] }
        var result: [(key: String, value: Node)] = []
        result.reserveCapacity(mapping.count)
        // By index: iterating a mapping copies all its pairs into a new array first.
        for index in mapping.startIndex..<mapping.endIndex {
            let (keyNode, value) = mapping[index]
            let key = keyNode.scalar?.string ?? ""
            if !known.contains(key) {
                guard !ignored(key) else { continue }
                let hint = Suggestion.didYouMean(key, among: known)
                warning(keyNode, unknown?(key, hint) ?? "unknown key '\(key)' in \(context)\(hint)")
                continue
            }
            result.append((key, value))
        }
        return result
    }

    /// Whether a node is YAML null (`~`, `null`, or nothing).
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        // Only these texts resolve to null (`PlainScalar.resolve`): others, numbers included, are not resolved here.
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return PlainScalar(node) == .null
        default: return false
        }
    }

    // MARK: Scalars

    /// A text value: any scalar, as written.
    mutating func string(_ node: Node, _ key: String) -> String? {
        text(node, key, losing: ValueLoss.words(forKey: key))
    }

    /// A text value, or nil with an error saying that `consequence` follows.
    private mutating func text(_ node: Node, _ key: String, losing consequence: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(node, "'\(key)' must be text, not a \(Self.shape(of: node))", losing: consequence)
            return nil
        }
        if Self.isNull(node) { return nil }
        let tag = scalar.tag.rawValue
        guard tag.isEmpty || tag == "!" || tag == Tag.Name.str.rawValue else {
            error(node, "'\(key)' must be text, got a value tagged \(Self.shortTag(tag))", losing: consequence)
            return nil
        }
        return scalar.string
    }

    /// A text value or a list of text values. An item that is not text is an error that drops only that
    /// item; an empty item (`~`, or `-` alone) holds nothing and is passed over.
    mutating func strings(_ node: Node, _ key: String) -> [String]? {
        if case .sequence(let sequence) = node {
            var values: [String] = []
            for item in sequence {
                guard let value = text(item, key, losing: "this item is left out") else { continue }
                values.append(value)
            }
            return values
        }
        return string(node, key).map { [$0] }
    }

    /// An integer written as a plain YAML integer, within `range`.
    mutating func integer(_ node: Node, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard case .integer(let value) = PlainScalar(node) else {
            valueError(node, key, "'\(key)' must be a whole number, got \(Self.describe(node))")
            return nil
        }
        guard range.contains(value) else {
            let allowed = range.upperBound == Int.max ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
            valueError(node, key, "'\(key)' must be \(allowed), got \(value)")
            return nil
        }
        return value
    }

    /// A finite number written as a plain YAML integer or float, within `range` when one is given.
    mutating func number(_ node: Node, _ key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        let value: Double
        switch PlainScalar(node) {
        case .integer(let integer): value = Double(integer)
        case .number(let number): value = number
        default:
            valueError(node, key, "'\(key)' must be a number, got \(Self.describe(node))")
            return nil
        }
        guard value.isFinite else {
            valueError(node, key, "'\(key)' must be a finite number, got \(node.scalar?.string ?? "")")
            return nil
        }
        if let range, !range.contains(value) {
            valueError(node, key, "'\(key)' must be between \(Self.format(range.lowerBound)) and \(Self.format(range.upperBound)), got \(Self.format(value))")
            return nil
        }
        return value
    }

    /// A real calendar date written `YYYY-MM-DD`, quoted or not.
    mutating func date(_ node: Node, _ key: String) -> Day? {
        guard case .scalar(let scalar) = node, let day = Day(iso: scalar.string) else {
            valueError(node, key, "'\(key)' must be a real date written YYYY-MM-DD, got \(Self.describe(node))")
            return nil
        }
        return day
    }

    /// One of the raw values of `Choice`.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard case .scalar(let scalar) = node, let value = Choice(rawValue: scalar.string) else {
            let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            valueError(node, key, "'\(key)' must be one of \(allowed), got \(Self.describe(node))")
            return nil
        }
        return value
    }

    // MARK: Descriptions

    static func shape(of node: Node) -> String {
        switch node {
        case .scalar: return "single value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }

    static func describe(_ node: Node) -> String {
        guard case .scalar(let scalar) = node else { return "a \(shape(of: node))" }
        let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        let tag = scalar.tag.rawValue
        if !tag.isEmpty, tag != "!", tag != Tag.Name.str.rawValue { return "'\(text)' tagged \(shortTag(tag))" }
        return quoted ? "the quoted text \"\(text)\"" : "'\(text)'"
    }

    /// `!!binary` for `tag:yaml.org,2002:binary`; other tags as written.
    static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
