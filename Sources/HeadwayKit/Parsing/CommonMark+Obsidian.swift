import CCmark
import Foundation

/// Obsidian's syntax applied to cmark's tree of a note, before it is copied or rendered: the text comes
/// from text nodes only (never code, raw HTML or link destinations), and what is added is text nodes, the
/// line break after a callout's title, and the custom inline nodes of highlights, whose only markup is
/// `<mark>` and `</mark>`. Comments are already out (`removeComments`).
extension CommonMark {
    /// Reads wikilinks, task markers, callout markers and highlights below `root`, in one walk of the
    /// tree. Only text holding `[[` or `==` is copied out of cmark, so a note without that syntax costs
    /// one walk.
    static func readObsidianSyntax(_ root: OpaquePointer) {
        var items: [OpaquePointer] = [], quotes: [OpaquePointer] = []
        var highlightParents: [OpaquePointer] = []  // parents of text holding `==`, in document order
        var seen = Set<OpaquePointer>()
        let types: Set<UInt32> = [CMARK_NODE_TEXT.rawValue, CMARK_NODE_ITEM.rawValue, CMARK_NODE_BLOCK_QUOTE.rawValue]
        for node in nodes(below: root, ofTypes: types) {
            guard cmark_node_get_type(node) == CMARK_NODE_TEXT else {
                if cmark_node_get_type(node) == CMARK_NODE_ITEM { items.append(node) } else { quotes.append(node) }
                continue
            }
            guard let literal = cmark_node_get_literal(node) else { continue }
            if strstr(literal, "[[") != nil, let replaced = ObsidianSyntax.replacingWikilinks(in: String(cString: literal)) {
                cmark_node_set_literal(node, replaced)
            }
            if let literal = cmark_node_get_literal(node), strstr(literal, "==") != nil,
               let parent = cmark_node_parent(node), seen.insert(parent).inserted {
                highlightParents.append(parent)
            }
        }
        for item in items { showTaskMarker(of: item) }
        for quote in quotes { showCalloutKind(of: quote) }
        for parent in highlightParents { highlight(in: parent) }
    }

    /// Replaces `[x] ` or `[ ] ` at the start of a list item's first paragraph by a check box.
    private static func showTaskMarker(of item: OpaquePointer) {
        guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(text),
              let marker = ObsidianSyntax.taskMarker(String(cString: literal)) else { return }
        let box = marker.checked ? ObsidianSyntax.checkedBox : ObsidianSyntax.uncheckedBox
        cmark_node_set_literal(text, box + " " + marker.rest)
    }

    /// Replaces a callout's `[!kind]` marker at the start of a block quote by its kind in words:
    /// `[!note] Title` reads `Note: Title`, a lone `[!warning]-` reads `Warning`, and the title line
    /// ends with a line break, as Obsidian shows the title apart from the callout's text.
    private static func showCalloutKind(of quote: OpaquePointer) {
        guard let paragraph = cmark_node_first_child(quote), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(text),
              let marker = ObsidianSyntax.calloutMarker(String(cString: literal)) else { return }
        let next = cmark_node_next(text)
        let nextType = next.map(cmark_node_get_type)
        let titled = !marker.title.isEmpty || (next != nil && nextType != CMARK_NODE_SOFTBREAK && nextType != CMARK_NODE_LINEBREAK)
        cmark_node_set_literal(text, titled ? marker.kind + ": " + marker.title : marker.kind)
        var lineEnd = next
        while let node = lineEnd, cmark_node_get_type(node) != CMARK_NODE_SOFTBREAK { lineEnd = cmark_node_next(node) }
        guard let softBreak = lineEnd, let lineBreak = cmark_node_new(CMARK_NODE_LINEBREAK) else { return }
        cmark_node_replace(softBreak, lineBreak)
        cmark_node_free(softBreak)
    }

    /// Wraps each `==…==` among the children of `parent` in a highlight node.
    private static func highlight(in parent: OpaquePointer) {
        var texts: [OpaquePointer] = [], others: [OpaquePointer] = []
        var tokens: [ObsidianSyntax.InlineToken] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            child = cmark_node_next(node)
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_TEXT else {
                others.append(node)
                tokens.append(.node(isBreak: type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK))
                continue
            }
            texts.append(node)
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            tokens += ObsidianSyntax.highlightPieces(literal) ?? [.text(literal)]
        }
        let pairs = ObsidianSyntax.highlightPairs(tokens)
        guard !pairs.isEmpty else { return }
        for node in texts + others { cmark_node_unlink(node) }
        for node in texts { cmark_node_free(node) }
        rebuild(parent, tokens: tokens, pairs: pairs, others: others)
    }

    /// Appends `tokens` to `parent` again: other inline nodes as they were, text as new text nodes
    /// (adjacent pieces merged), paired delimiters as highlight nodes and unpaired ones as the text `==`.
    private static func rebuild(
        _ parent: OpaquePointer, tokens: [ObsidianSyntax.InlineToken], pairs: [(open: Int, close: Int)], others: [OpaquePointer]
    ) {
        let openers = Set(pairs.map(\.open)), closers = Set(pairs.map(\.close))
        var others = others[...]
        var container = parent
        var pending = ""
        func flush() {
            defer { pending = "" }
            guard !pending.isEmpty, let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
            cmark_node_set_literal(text, pending)
            cmark_node_append_child(container, text)
        }
        for (index, token) in tokens.enumerated() {
            switch token {
            case .text(let text):
                pending += text
            case .node:
                flush()
                if let node = others.popFirst() { cmark_node_append_child(container, node) }
            case .delimiter where openers.contains(index):
                flush()
                guard let mark = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
                cmark_node_set_on_enter(mark, "<mark>")
                cmark_node_set_on_exit(mark, "</mark>")
                cmark_node_append_child(parent, mark)
                container = mark
            case .delimiter where closers.contains(index):
                flush()
                container = parent
            case .delimiter:
                pending += "=="
            }
        }
        flush()
    }
}
