/// A Markdown node copied out of cmark's tree by `CommonMark.parse`: plain Swift values, no C pointers.
struct MarkdownNode: Sendable {
    /// The node types the analysis distinguishes.
    enum Kind: Sendable, Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading(Int), thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image, other
        /// Obsidian's `==highlight==` (a custom inline node that only `CommonMark` makes).
        case highlight
    }

    var kind: Kind
    /// Text of text, code and code-block nodes.
    var literal: String = ""
    /// First and last source line (1-based, relative to the Markdown given to cmark).
    var startLine: Int
    var endLine: Int
    var children: [MarkdownNode] = []
    /// cmark's safe HTML of this node, when the caller of `CommonMark.parse` asked for it.
    var html: String?
    /// cmark's safe HTML of this node's content without its own tags, when the caller asked for it
    /// (`MarkdownRenderings.contentHTML`).
    var contentHTML: String?
    /// Whether any text below this node contains `#`.
    var containsHash = false
}

extension MarkdownNode {
    mutating func adopt(_ child: consuming MarkdownNode) {
        containsHash = containsHash || child.containsHash
        children.append(child)
    }
}
