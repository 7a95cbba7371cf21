import CCmark
import Foundation

/// cmark's safe HTML of a node of a note's tree, whole or without the node's own tags. Both come from
/// cmark's renderer: the content of a node is rendered from its children, never cut out of the node's HTML.
extension CommonMark {
    /// cmark's safe HTML of `node` (raw HTML omitted, unsafe link schemes dropped).
    static func renderHTML(_ node: OpaquePointer) -> String {
        guard let rendered = cmark_render_html(node, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The HTML of `node`'s content without its own tags: the inlines of a paragraph, heading or inline
    /// container; the blocks of a document, block quote, list or list item, as cmark renders them inside
    /// it. Nil for a node that holds no content of its own (text, code, a rule).
    static func renderContentHTML(_ node: OpaquePointer) -> String? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_CUSTOM_INLINE:
            return renderInlines(of: node)
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_CUSTOM_BLOCK:
            return renderBlocks(of: node)
        default:
            return nil
        }
    }

    /// The children of the inline container `node`, rendered at once inside a custom inline node that
    /// adds no markup: the children are moved into it for the rendering and back, in the same order.
    private static func renderInlines(of node: OpaquePointer) -> String {
        guard let first = cmark_node_first_child(node), let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return "" }
        defer { cmark_node_free(wrapper) }  // unlinks it; it holds no children by then
        cmark_node_insert_before(first, wrapper)
        while let next = cmark_node_next(wrapper) { cmark_node_append_child(wrapper, next) }
        let html = renderHTML(wrapper)
        while let child = cmark_node_first_child(wrapper) { cmark_node_insert_before(wrapper, child) }
        return html
    }

    /// The children of the block container `node`, each rendered on its own and joined as cmark's
    /// renderer joins them: a block starts on a new line (but a paragraph of a tight list, which has no
    /// tags, follows on), and the last one ends with a line break.
    private static func renderBlocks(of node: OpaquePointer) -> String {
        var html = ""
        var child = cmark_node_first_child(node)
        while let block = child {
            child = cmark_node_next(block)
            if !html.isEmpty, !html.hasSuffix("\n"), !isTightParagraph(block) { html += "\n" }
            html += renderHTML(block)
        }
        return html.hasSuffix("\n") ? html : html + "\n"
    }

    /// Whether `node` is a paragraph that cmark renders without `<p>`: one of an item of a tight list.
    private static func isTightParagraph(_ node: OpaquePointer) -> Bool {
        guard cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, let grandparent = cmark_node_parent(node).flatMap(cmark_node_parent),
              cmark_node_get_type(grandparent) == CMARK_NODE_LIST else { return false }
        return cmark_node_get_list_tight(grandparent) != 0
    }
}
