/// Plain text of copied Markdown nodes: block texts joined by newlines, inline markup dropped,
/// raw HTML omitted, hashtags kept.
enum PlainText {
    static func of(_ node: MarkdownNode) -> String {
        switch node.kind {
        case .paragraph, .heading:
            return inline(node)
        case .codeBlock:
            var literal = node.literal
            while literal.hasSuffix("\n") { literal.removeLast() }
            return literal
        case .htmlBlock, .thematicBreak:
            return ""
        case .text, .code, .softBreak, .lineBreak, .htmlInline, .emphasis, .strong, .link, .image, .highlight:
            return inline(node)
        default:
            return blocks(node.children)
        }
    }

    static func blocks(_ nodes: [MarkdownNode]) -> String {
        nodes.map(of).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private static func inline(_ node: MarkdownNode) -> String {
        switch node.kind {
        case .text, .code: return node.literal
        case .softBreak: return " "
        case .lineBreak: return "\n"
        case .htmlInline: return ""
        default: return node.children.map(inline).joined()
        }
    }
}
