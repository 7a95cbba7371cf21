import CCmark
import Foundation

/// Obsidian comments taken out of cmark's tree of a note, before anything else reads it: what lies between
/// a `%%` and the next `%%` of the note's text, in document order, is private and reaches no report.
///
/// Delimiters are read from text nodes only, so a `%%` in code (a span or a block) or raw HTML outside a
/// comment is literal; inside a comment, every node is removed, code and HTML included (a `%%` in code
/// never closes a comment). A comment left open hides the rest of the note, as Obsidian does.
extension CommonMark {
    /// A container entered while a comment was open, with the number of delimiters read by then: when
    /// no delimiter is read before it is left, it lies wholly inside the comment.
    private struct OpenContainer {
        var node: OpaquePointer
        var insideComment: Bool
        var delimiters: Int
        var firstRemoval: Int
    }

    /// Removes every Obsidian comment below `root`, then the blocks and inlines that were left empty.
    static func removeComments(_ root: OpaquePointer) {
        guard containsCommentDelimiter(root) else { return }
        let (removals, trimmed) = readComments(below: root)
        var garbage = Set<OpaquePointer>()
        var emptied = trimmed
        for node in removals {
            if let parent = cmark_node_parent(node) { emptied.append(parent) }
            cmark_node_unlink(node)
            garbage.insert(node)
        }
        for parent in emptied { removeIfEmptied(parent, into: &garbage) }
        for node in garbage { cmark_node_free(node) }  // each unlinked, none inside another
    }

    /// Takes the comments out of the text nodes below `root`, and returns the outermost nodes that lie
    /// inside a comment (in document order, still linked) and the parents of the text that lost one.
    private static func readComments(below root: OpaquePointer) -> (removals: [OpaquePointer], trimmed: [OpaquePointer]) {
        var removals: [OpaquePointer] = [], trimmed: [OpaquePointer] = []
        var state = ObsidianSyntax.CommentState()
        var delimiters = 0  // text nodes with a delimiter read so far
        var containers: [OpenContainer] = []
        for (node, event) in events(below: root) {
            if event == CMARK_EVENT_EXIT {
                guard let container = containers.popLast() else { continue }
                if container.insideComment, container.delimiters == delimiters {
                    removals.removeSubrange(container.firstRemoval...)
                    removals.append(container.node)
                }
            } else if !isLeaf(node) {
                containers.append(OpenContainer(node: node, insideComment: state.open, delimiters: delimiters, firstRemoval: removals.count))
            } else if let literal = textWithDelimiter(node) {
                if !state.open { state.spaceBefore = previousTextEndsWithSpace(node) }
                let kept: String
                (kept, state) = ObsidianSyntax.outsideComments(literal, from: state)
                delimiters += 1
                cmark_node_set_literal(node, kept)
                if let parent = cmark_node_parent(node) { trimmed.append(parent) }
                if kept.isEmpty { removals.append(node) }
            } else if state.open {
                removals.append(node)
            }
        }
        return (removals, trimmed)
    }

    /// Whether any text node below `root` holds `%%`, so a note without comments costs one walk.
    private static func containsCommentDelimiter(_ root: OpaquePointer) -> Bool {
        nodes(below: root, ofTypes: [CMARK_NODE_TEXT.rawValue]).contains { node in
            cmark_node_get_literal(node).map { strstr($0, "%%") != nil } ?? false
        }
    }

    /// Whether the node before `node` is text that ends with a space.
    private static func previousTextEndsWithSpace(_ node: OpaquePointer) -> Bool {
        guard let previous = cmark_node_previous(node), cmark_node_get_type(previous) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(previous) else { return false }
        return String(cString: literal).last.map { $0 == " " || $0 == "\t" } ?? false
    }

    /// The literal of `node` when it is a text node holding `%%`.
    private static func textWithDelimiter(_ node: OpaquePointer) -> String? {
        guard cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node),
              strstr(literal, "%%") != nil else { return nil }
        return String(cString: literal)
    }

    /// Every node below `root` with cmark's iterator events (a leaf only enters), in document order,
    /// collected before the tree is changed.
    private static func events(below root: OpaquePointer) -> [(OpaquePointer, cmark_event_type)] {
        var events: [(OpaquePointer, cmark_event_type)] = []
        guard let iterator = cmark_iter_new(root) else { return events }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator), node != root else { continue }
            events.append((node, event))
        }
        return events
    }

    /// Whether cmark's iterator only enters `node` (it never holds children).
    private static func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE,
             CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
            return true
        default:
            return false
        }
    }

    /// Tidies a node that lost children to a comment: line breaks and spaces at the ends of a paragraph
    /// or heading go; a node with nothing left to show is unlinked into `garbage`, and then its parent
    /// is looked at too. Nodes are freed only at the end, so an unlinked one is never read after it.
    private static func removeIfEmptied(_ node: OpaquePointer, into garbage: inout Set<OpaquePointer>) {
        var current: OpaquePointer? = node
        while let node = current, cmark_node_get_type(node) != CMARK_NODE_DOCUMENT, cmark_node_parent(node) != nil {
            trimEnds(of: node, into: &garbage)
            guard isBlank(node) else { return }
            current = cmark_node_parent(node)
            cmark_node_unlink(node)
            garbage.insert(node)
        }
    }

    /// Whether `node` has no children, or only line breaks and blank text.
    private static func isBlank(_ node: OpaquePointer) -> Bool {
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: break
            case CMARK_NODE_TEXT where isBlankText(current): break
            default: return false
            }
            child = cmark_node_next(current)
        }
        return true
    }

    private static func isBlankText(_ node: OpaquePointer) -> Bool {
        guard let literal = cmark_node_get_literal(node) else { return true }
        return String(cString: literal).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Removes line breaks at both ends of a paragraph or heading, and the spaces at its ends.
    private static func trimEnds(of node: OpaquePointer, into garbage: inout Set<OpaquePointer>) {
        let type = cmark_node_get_type(node)
        guard type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING else { return }
        for first in [true, false] {
            while let edge = first ? cmark_node_first_child(node) : cmark_node_last_child(node) {
                let edgeType = cmark_node_get_type(edge)
                guard edgeType == CMARK_NODE_SOFTBREAK || edgeType == CMARK_NODE_LINEBREAK
                        || (edgeType == CMARK_NODE_TEXT && isBlankText(edge)) else { break }
                cmark_node_unlink(edge)
                garbage.insert(edge)
            }
            guard let edge = first ? cmark_node_first_child(node) : cmark_node_last_child(node),
                  cmark_node_get_type(edge) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(edge) else { continue }
            let text = String(cString: literal)
            let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
            let trimmed = first ? String(text.drop(while: isSpace)) : String(text.reversed().drop(while: isSpace).reversed())
            if trimmed != text { cmark_node_set_literal(edge, trimmed) }
        }
    }
}
