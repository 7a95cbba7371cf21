/// What `CommonMark.parse` tells its caller about a node, in plain values, when the caller decides
/// which HTML the node gets: the node's kind and place in the tree, and its neighbours' kinds.
struct MarkdownNodeFacts: Sendable, Equatable {
    /// The node's kind.
    var kind: MarkdownNode.Kind
    /// How deep the node lies: 0 for the document, 1 for its blocks, 2 for theirs.
    var depth: Int
    /// Whether any text below the node contains `#`.
    var containsHash: Bool
    /// The kind of the node's parent (nil for the document).
    var parent: MarkdownNode.Kind?
    /// The kinds of the siblings just before and after the node (nil where there is none).
    var previous: MarkdownNode.Kind?
    var next: MarkdownNode.Kind?
    /// The kind of the node's child when it has exactly one (nil when it has none or several).
    var onlyChild: MarkdownNode.Kind?
    /// Whether one of the node's ancestors is a list item.
    var inItem: Bool
}
