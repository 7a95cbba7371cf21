/// Plain text of copied Markdown nodes: block texts joined by newlines, inline markup dropped,
/// raw HTML omitted, hashtags kept.
enum PlainText {
    static func of(_ node: MarkdownNode) -> String {
        var text = ""
        append(node, to: &text)
        return text
    }

    static func blocks(_ nodes: some Sequence<MarkdownNode>) -> String {
        var text = ""
        appendBlocks(nodes, to: &text)
        return text
    }

    /// Appends the plain text of `node` to `text`.
    private static func append(_ node: MarkdownNode, to text: inout String) {
        switch node.kind {
        case .paragraph, .heading:
            appendInline(node, to: &text)
        case .codeBlock:
            var literal = node.literal[...]
            while literal.hasSuffix("\n") { literal.removeLast() }
            text += literal
        case .htmlBlock, .thematicBreak:
            break
        case .text, .code, .softBreak, .lineBreak, .htmlInline, .emphasis, .strong, .link, .image, .highlight:
            appendInline(node, to: &text)
        default:
            appendBlocks(node.children, to: &text)
        }
    }

    /// Appends the plain texts of `nodes` that are not empty, a newline between two of them.
    private static func appendBlocks(_ nodes: some Sequence<MarkdownNode>, to text: inout String) {
        var written = false
        for node in nodes {
            if written { text += "\n" }
            let start = text.utf8.count
            append(node, to: &text)
            if text.utf8.count > start {
                written = true
            } else if written {
                text.unicodeScalars.removeLast()  // the newline: a scalar, even after a "\r"
            }
        }
    }

    private static func appendInline(_ node: MarkdownNode, to text: inout String) {
        switch node.kind {
        case .text, .code: text += node.literal
        case .softBreak: text += " "
        case .lineBreak: text += "\n"
        case .htmlInline: break
        default: for child in node.children { appendInline(child, to: &text) }
        }
    }
}
