import CCmark
import Foundation

/// The one place that talks to cmark: parses Markdown, copies the tree into `MarkdownNode` values,
/// renders HTML in safe mode, and frees every C object before returning.
///
/// A note's tree is adjusted before it is copied or rendered: images become their description, Obsidian
/// comments (`%%…%%`) are removed with everything inside them, and Obsidian's syntax is read from text
/// nodes (`ObsidianSyntax`): a wikilink shows its label, a task marker a check box, a callout marker
/// its kind in words, and `==text==` becomes a custom inline node that renders as `<mark>text</mark>`
/// (its text is still cmark's escaped text: the two tags are the only markup added).
enum CommonMark {
    /// Deeper nodes are flattened into their ancestor at this depth, so that code walking the
    /// copied tree never recurses deeper than this, whatever the input.
    static let maximumDepth = 48

    /// Parses a note's `markdown`, with Obsidian's syntax read, and returns its document node. Each node
    /// gets the HTML renderings that `renderings` asks for, given the node's facts; a node below
    /// `maximumDepth` (flattened into its ancestor) is never asked about.
    static func parse(_ markdown: String, renderingHTMLFor renderings: (MarkdownNodeFacts) -> MarkdownRenderings) -> MarkdownNode {
        let root = parseDocument(markdown, options: CMARK_OPT_SOURCEPOS)
        defer { cmark_node_free(root) }
        removeComments(root)
        readObsidianSyntax(root)
        return copyTree(root, renderings: renderings)
    }

    /// cmark's safe HTML for `markdown` (raw HTML omitted, unsafe link schemes dropped, images replaced
    /// by their description), as plain cmark reads it: no Obsidian syntax.
    static func html(_ markdown: String) -> String {
        let root = parseDocument(markdown, options: CMARK_OPT_DEFAULT)
        defer { cmark_node_free(root) }
        return renderHTML(root)
    }

    private static func parseDocument(_ markdown: String, options: Int32) -> OpaquePointer {
        var text = markdown
        let root = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }!
        replaceImagesWithTheirText(root)
        return root
    }

    /// Every node below `root` (and `root`) of the given types, in document order.
    static func nodes(below root: OpaquePointer, ofTypes types: Set<UInt32>) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iterator) }
        let wanted = types.reduce(UInt64(0)) { $1 < 64 ? $0 | 1 << $1 : $0 }  // cmark's types are below 32
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node).rawValue
            if type < 64, wanted & 1 << type != 0 { found.append(node) }
        }
        return found
    }

    /// Replaces every image by its alt text, so that no report (and no PDF printer, which ignores the
    /// HTML's Content-Security-Policy) ever fetches a picture named in a note.
    private static func replaceImagesWithTheirText(_ root: OpaquePointer) {
        let images = nodes(below: root, ofTypes: [CMARK_NODE_IMAGE.rawValue])
        for image in images.reversed() {  // innermost first, so no replaced node is visited again
            guard let text = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            cmark_node_set_literal(text, altText(of: image))
            cmark_node_replace(image, text)
            cmark_node_free(image)
        }
    }

    /// The plain text inside an image node (its description).
    private static func altText(of image: OpaquePointer) -> String {
        var alt = ""
        guard let iterator = cmark_iter_new(image) else { return alt }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != image,
                  let literal = cmark_node_get_literal(node) else { continue }
            alt += String(cString: literal)
        }
        return alt
    }

    /// Copies the tree with cmark's iterator, keeping an explicit stack (no recursion over input depth).
    private static func copyTree(_ root: OpaquePointer, renderings: (MarkdownNodeFacts) -> MarkdownRenderings) -> MarkdownNode {
        guard let iterator = cmark_iter_new(root) else { return MarkdownNode(kind: .document, startLine: 1, endLine: 1) }
        defer { cmark_iter_free(iterator) }
        var stack: [MarkdownNode] = []
        var openItems = 0  // list items on the stack
        var flattened = 0  // containers entered below the depth limit, not pushed
        var result = MarkdownNode(kind: .document, startLine: 1, endLine: 1)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            let isLeaf = cmark_node_first_child(pointer) == nil && !isContainer(cmark_node_get_type(pointer))
            if event == CMARK_EVENT_ENTER {
                var node = makeNode(pointer)
                if isLeaf {
                    if flattened == 0 { render(pointer, into: &node, depth: stack.count, inItem: openItems > 0, renderings) }
                    if !stack.isEmpty { stack[stack.count - 1].adopt(node) } else { result = node }
                } else if stack.count >= maximumDepth {
                    flattened += 1
                } else {
                    if node.kind == .item { openItems += 1 }
                    stack.append(node)
                }
            } else if event == CMARK_EVENT_EXIT, !isLeaf {
                if flattened > 0 {
                    flattened -= 1
                    continue
                }
                var node = stack.removeLast()
                if node.kind == .item { openItems -= 1 }
                render(pointer, into: &node, depth: stack.count, inItem: openItems > 0, renderings)
                if stack.isEmpty { result = node } else { stack[stack.count - 1].adopt(node) }
            }
        }
        return result
    }

    /// Gives `node` (the copy of `pointer`, its children copied) the renderings its caller asks for.
    private static func render(
        _ pointer: OpaquePointer, into node: inout MarkdownNode, depth: Int, inItem: Bool,
        _ renderings: (MarkdownNodeFacts) -> MarkdownRenderings
    ) {
        let first = cmark_node_first_child(pointer)
        let wanted = renderings(MarkdownNodeFacts(
            kind: node.kind, depth: depth, containsHash: node.containsHash,
            parent: cmark_node_parent(pointer).map(kind(of:)),
            previous: cmark_node_previous(pointer).map(kind(of:)), next: cmark_node_next(pointer).map(kind(of:)),
            onlyChild: first.flatMap { cmark_node_next($0) == nil ? kind(of: $0) : nil },
            inItem: inItem))
        if wanted.contains(.html) { node.html = renderHTML(pointer) }
        if wanted.contains(.contentHTML) { node.contentHTML = renderContentHTML(pointer) }
    }

    private static func isContainer(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_PARAGRAPH,
             CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE,
             CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
            return true
        default:
            return false
        }
    }

    private static func makeNode(_ pointer: OpaquePointer) -> MarkdownNode {
        var node = MarkdownNode(
            kind: kind(of: pointer),
            startLine: Int(cmark_node_get_start_line(pointer)),
            endLine: Int(cmark_node_get_end_line(pointer)))
        if let literal = cmark_node_get_literal(pointer) {
            node.literal = String(cString: literal)
            node.containsHash = node.kind == .text && strchr(literal, Int32(UInt8(ascii: "#"))) != nil
        }
        return node
    }

    private static func kind(of pointer: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(Int(cmark_node_get_heading_level(pointer)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_CUSTOM_INLINE: return .highlight
        default: return .other
        }
    }
}
