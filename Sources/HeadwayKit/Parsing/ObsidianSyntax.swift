/// Obsidian's inline syntax, read from the literal of one cmark text node (never from raw Markdown):
/// `[[wikilinks]]`, `==highlight==` delimiters, task-list markers, callout markers and `%%comment%%`
/// delimiters. `CommonMark` applies the results
/// to cmark's tree, so the HTML, the plain text and the hashtags all see the same text.
enum ObsidianSyntax {
    /// Shown for a task item's marker, `- [x]` and `- [ ]`: words, since no meaning may rest on a glyph
    /// the machine printing the report may lack (docs/report-model.md).
    static let checkedBox = "Done:"
    static let uncheckedBox = "To do:"

    /// Inline content of one parent node, as highlight delimiters are paired over it.
    enum InlineToken: Equatable {
        case text(String)
        /// A run of exactly two `=` inside a text node.
        case delimiter
        /// Any other inline node: a line break, or something else (emphasis, code, a link).
        case node(isBreak: Bool)
    }

    /// `literal` with each `[[target]]`, `[[target|label]]` and `![[embed]]` replaced by the text it
    /// shows: the label, else the target, with the `#` before a heading shown as ` › ` (Obsidian shows
    /// ` > `, which a Markdown report would have to escape); nil when there is none.
    static func replacingWikilinks(in literal: String) -> String? {
        guard literal.contains("[[") else { return nil }
        var output = ""
        var rest = literal[...]
        var changed = false
        // Each `]]` closes the last `[[` before it, so every step consumes the text up to a `]]`.
        while let close = rest.range(of: "]]") {
            let through = rest[..<close.upperBound]
            rest = rest[close.upperBound...]
            guard let open = through.range(of: "[[", options: .backwards), open.upperBound <= close.lowerBound else {
                output += through
                continue
            }
            var before = through[..<open.lowerBound]
            let embed = before.last == "!"
            guard let shown = shownText(of: through[open.upperBound..<close.lowerBound], embed: embed) else {
                output += through
                continue
            }
            if embed { before = before.dropLast() }
            output += before + shown
            changed = true
        }
        return changed ? output + rest : nil
    }

    /// What a wikilink's inside shows; nil when it is not a wikilink (empty, or holding a bracket).
    private static func shownText(of inside: Substring, embed: Bool) -> String? {
        guard !inside.contains("["), !inside.contains("]") else { return nil }
        let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        if !embed, parts.count == 2 {  // an embed's `|300` is a picture size, not a label
            let label = parts[1].trimmingSpaces
            if !label.isEmpty { return label }
        }
        let target = parts[0].split(separator: "#").map(\.trimmingSpaces).filter { !$0.isEmpty }
        return target.isEmpty ? nil : target.joined(separator: " \u{203A} ")
    }

    /// The task marker at the start of a list item's first text (`[ ] `, `[x] ` or `[X] `): whether it
    /// is checked, and the text after it; nil when there is none.
    static func taskMarker(_ literal: String) -> (checked: Bool, rest: Substring)? {
        let bytes = Array(literal.utf8.prefix(4))
        guard bytes.count == 4, bytes[0] == UInt8(ascii: "["), bytes[2] == UInt8(ascii: "]"),
              bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "\t") else { return nil }
        let rest = literal.utf8.dropFirst(4)
        switch bytes[1] {
        case UInt8(ascii: " "): return (false, Substring(rest))
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return (true, Substring(rest))
        default: return nil
        }
    }

    /// Where a text node starts or ends, for reading comments over several nodes.
    struct CommentState: Equatable {
        /// Whether a comment is open.
        var open = false
        /// Whether the text kept before that point (or before the open comment) ends with a space.
        var spaceBefore = false
    }

    /// The text of `literal` outside Obsidian comments, given the state where it starts, and the state
    /// where it ends. Each `%%`, left to right, opens or closes a comment. Where a comment between two
    /// spaces is taken out, one of the spaces goes with it (`a %%b%% c` is `a c`).
    static func outsideComments(_ literal: String, from state: CommentState) -> (kept: String, state: CommentState) {
        let utf8 = Array(literal.utf8)
        let percent = UInt8(ascii: "%")
        var kept: [UInt8] = []
        var state = state
        var start = 0, index = 0, afterComment = state.open
        func keep(upTo end: Int) {
            var from = start
            if afterComment, state.spaceBefore { while from < end, isSpaceByte(utf8[from]) { from += 1 } }
            kept += utf8[from..<end]
            if !kept.isEmpty { state.spaceBefore = isSpaceByte(kept[kept.count - 1]) }
        }
        while index + 1 < utf8.count {
            guard utf8[index] == percent, utf8[index + 1] == percent else {
                index += 1
                continue
            }
            if !state.open { keep(upTo: index) }
            state.open.toggle()
            afterComment = true
            index += 2
            start = index
        }
        if !state.open { keep(upTo: utf8.count) }
        return (String(decoding: kept, as: UTF8.self), state)
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// The callout marker at the start of a block quote's first text (`[!note]`, `[!warning]-`,
    /// `[!tip]+`): the callout's kind in words (`Note`, as Obsidian names it when no title is given)
    /// and the text after it, leading spaces dropped; nil when there is none.
    static func calloutMarker(_ literal: String) -> (kind: String, title: String)? {
        guard literal.hasPrefix("[!"), let close = literal.firstIndex(of: "]") else { return nil }
        let kind = literal[literal.index(literal.startIndex, offsetBy: 2)..<close]
        guard !kind.isEmpty, kind.unicodeScalars.allSatisfy({ Hashtags.isTagCharacter($0) || $0 == "_" }) else { return nil }
        var rest = literal[literal.index(after: close)...]
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        let lowered = kind.lowercased()
        return (lowered.prefix(1).uppercased() + lowered.dropFirst(), String(rest.drop { $0 == " " || $0 == "\t" }))
    }

    /// `literal` split at each run of exactly two `=`; nil when it has none.
    static func highlightPieces(_ literal: String) -> [InlineToken]? {
        let utf8 = literal.utf8
        let equals = UInt8(ascii: "=")
        var pieces: [InlineToken] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            guard utf8[index] == equals else {
                index = utf8.index(after: index)
                continue
            }
            var end = index
            while end < utf8.endIndex, utf8[end] == equals { end = utf8.index(after: end) }
            if utf8.distance(from: index, to: end) == 2 {
                if start < index { pieces.append(.text(String(literal[start..<index]))) }
                pieces.append(.delimiter)
                start = end
            }
            index = end
        }
        guard pieces.contains(.delimiter) else { return nil }
        if start < utf8.endIndex { pieces.append(.text(String(literal[start...]))) }
        return pieces
    }

    /// Pairs the delimiters of `tokens` left to right: an opener is followed by something other than
    /// whitespace, a closer follows something other than whitespace, and a highlight is never empty.
    /// Returns the index of each opener and its closer.
    static func highlightPairs(_ tokens: [InlineToken]) -> [(open: Int, close: Int)] {
        var pairs: [(open: Int, close: Int)] = []
        var opener: Int?
        for (index, token) in tokens.enumerated() where token == .delimiter {
            let before = index > 0 ? tokens[index - 1] : nil
            let after = index + 1 < tokens.count ? tokens[index + 1] : nil
            if let open = opener, open < index - 1, !isSpace(before, last: true) {
                pairs.append((open, index))
                opener = nil
            } else if !isSpace(after, last: false) {
                opener = index
            }
        }
        return pairs
    }

    /// Whether a delimiter's neighbour counts as whitespace: nothing, a line break, or text that ends
    /// (`last`) or starts with whitespace. Another delimiter is not whitespace, but is never content.
    private static func isSpace(_ token: InlineToken?, last: Bool) -> Bool {
        switch token {
        case nil, .node(isBreak: true): return true
        case .node(isBreak: false), .delimiter: return false
        case .text(let text): return (last ? text.last : text.first)?.isWhitespace ?? true
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
