/// The HTML that the body analysis asks cmark for, and the excerpts it makes of it: nothing here edits
/// an HTML string, cmark renders each piece (`CommonMark+HTML`).
extension BodyAnalyzer {
    /// The HTML the analysis reads: every top-level block whole (a section's content joins them); the
    /// content of list items that can be milestones (items of top-level lists) or tagged (items holding
    /// a `#`); and the content of paragraphs that stand alone as an excerpt: a section's or a document's
    /// only block, a tagged paragraph outside list items, or the one paragraph of such an item.
    static func renderings(for node: MarkdownNodeFacts) -> MarkdownRenderings {
        var wanted: MarkdownRenderings = node.depth == 1 ? .html : []
        switch node.kind {
        case .item where node.depth == 2 || node.containsHash:
            if node.onlyChild != .paragraph { wanted.insert(.contentHTML) }
        case .paragraph:
            let betweenHeadings = isHeadingOrNone(node.previous) && isHeadingOrNone(node.next)
            let alone = node.depth == 1 && betweenHeadings
            let tagged = node.containsHash && !node.inItem
            let itemsOnlyBlock = node.parent == .item && node.previous == nil && node.next == nil && (node.depth == 3 || node.containsHash)
            if alone || tagged || itemsOnlyBlock { wanted.insert(.contentHTML) }
        default:
            break
        }
        return wanted
    }

    private static func isHeadingOrNone(_ kind: MarkdownNode.Kind?) -> Bool {
        guard let kind else { return true }
        if case .heading = kind { return true }
        return false
    }

    /// The HTML of `blocks` as an excerpt: cmark's, without the `<p>` around a single paragraph.
    static func excerptHTML(of blocks: some Collection<MarkdownNode>) -> String {
        if blocks.count == 1, let block = blocks.first, block.kind == .paragraph { return block.contentHTML ?? "" }
        var html = ""
        for block in blocks { html += block.html ?? "" }
        return html
    }

    /// The HTML of a list item as an excerpt: without `<li>`, and without `<p>` when it is one paragraph.
    static func itemHTML(_ item: MarkdownNode) -> String {
        if item.children.count == 1, item.children[0].kind == .paragraph { return item.children[0].contentHTML ?? "" }
        return item.contentHTML ?? ""
    }
}
