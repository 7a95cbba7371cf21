/// Which of a node's HTML renderings `CommonMark.parse` makes (`MarkdownNode.html`, `MarkdownNode.contentHTML`).
struct MarkdownRenderings: OptionSet, Sendable {
    let rawValue: UInt8

    /// The node as cmark renders it, its own tags included.
    static let html = MarkdownRenderings(rawValue: 1)
    /// The node's content without its own tags: a paragraph's or heading's inlines without `<p>` or
    /// `<hN>`, a list item's blocks without `<li>`.
    static let contentHTML = MarkdownRenderings(rawValue: 2)
}
