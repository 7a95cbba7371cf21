/// Reads a note's Markdown body through cmark's tree: sections under headings, milestone sections,
/// and paragraphs or list items carrying hashtags (docs/note-format.md, section 3).
enum BodyAnalyzer {
    /// Heading titles (as match keys) that open a milestone section.
    static let milestoneHeadings: Set<String> = ["milestones", "wins", "celebrations", "achievements"]

    /// How much of a body the analysis keeps.
    enum Detail: Sendable {
        /// Everything: each section's, tagged block's and milestone's content rendered as HTML and text.
        case full
        /// The outline only: titles, levels, lines, hashtags and milestones' tags, every content empty
        /// (`RenderedText` of two empty strings). What a note outside every reported period gives its
        /// reports: the areas and goals it mentions, never its words.
        case outline
    }

    /// Analyses `markdown`, whose first line is line `firstLine` of the file, keeping `detail`.
    static func analyze(_ markdown: String, firstLine: Int, detail: Detail = .full) -> NoteBody {
        let document = CommonMark.parse(markdown, renderingHTMLFor: detail == .full ? renderings : { _ in [] })
        let source = sourceLines(markdown)
        let blocks = document.children
        let spans = sectionSpans(blocks)
        var body = NoteBody()
        let offset = firstLine - 1
        for span in spans {
            let content = blocks[(span.heading + 1)..<span.end]
            body.sections.append(BodySection(
                title: PlainText.of(blocks[span.heading]),
                level: span.level,
                line: blocks[span.heading].startLine + offset,
                content: rendering(detail, html: excerptHTML(of: content), text: PlainText.blocks(content))))
        }
        var inMilestoneSection = Set<Int>()
        for (span, section) in zip(spans, body.sections) where milestoneHeadings.contains(GoalArea.matchKey(section.title)) {
            for index in (span.heading + 1)..<span.end where blocks[index].kind == .list && !inMilestoneSection.contains(index) {
                inMilestoneSection.insert(index)
                for item in blocks[index].children {
                    body.milestones.append(BodyMilestone(
                        content: rendering(detail, html: itemHTML(item), text: PlainText.of(item)),
                        tag: tags(in: item, source: source).first,
                        line: item.startLine + offset))
                }
            }
        }
        var open: [Int] = []  // spans containing the current block, outermost first
        var nextSpan = 0
        for index in blocks.indices {  // by index, so that no block is copied
            open.removeAll { spans[$0].end <= index }
            if nextSpan < spans.count, spans[nextSpan].heading == index {
                open.append(nextSpan)
                nextSpan += 1
                continue
            }
            guard blocks[index].containsHash, !inMilestoneSection.contains(index) else { continue }
            collectTagged(blocks[index], enclosingItem: nil, source: source, offset: offset, sections: open, detail: detail, into: &body.tagged)
        }
        return body
    }

    /// A content as `detail` keeps it: rendered, or empty in an outline (nothing is rendered then).
    private static func rendering(_ detail: Detail, html: @autoclosure () -> String, text: @autoclosure () -> String) -> RenderedText {
        detail == .full ? RenderedText(html: html(), text: text()) : RenderedText(html: "", text: "")
    }

    /// A short piece of Markdown (a front-matter milestone): its rendering and first hashtag.
    static func inline(_ markdown: String) -> (content: RenderedText, tag: String?) {
        let document = CommonMark.parse(markdown, renderingHTMLFor: renderings)
        let source = sourceLines(markdown)
        let html = excerptHTML(of: document.children)
        return (RenderedText(html: html, text: PlainText.blocks(document.children)), tags(in: document, source: source).first)
    }

    /// The lines as cmark numbers them: `\n`, `\r\n` and `\r` all end a line.
    private static func sourceLines(_ markdown: String) -> [Substring] {
        var ends: [(end: Int, next: Int)] = []  // byte offsets of each line break and of the next line
        var text = markdown
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else { continue }
                let end = index - 1
                if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                ends.append((end, index))
            }
        }
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        let utf8 = markdown.utf8
        var start = utf8.startIndex
        var startOffset = 0
        for (end, next) in ends {
            let lineEnd = utf8.index(start, offsetBy: end - startOffset)
            lines.append(markdown[start..<lineEnd])
            start = utf8.index(lineEnd, offsetBy: next - end)
            startOffset = next
        }
        lines.append(markdown[start...])
        return lines
    }

    private struct Span {
        var heading: Int
        var level: Int
        var end: Int
    }

    /// For each top-level heading, the blocks up to the next heading of the same or a higher level.
    private static func sectionSpans(_ blocks: [MarkdownNode]) -> [Span] {
        var spans: [Span] = []
        var open: [Int] = []  // indexes into spans, innermost last
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level) = block.kind else { continue }
            while let last = open.last, spans[last].level >= level {
                spans[last].end = index
                open.removeLast()
            }
            spans.append(Span(heading: index, level: level, end: blocks.count))
            open.append(spans.count - 1)
        }
        return spans
    }

    /// Finds paragraphs with hashtags below `node`; each links its nearest enclosing list item,
    /// or itself when it is in no list item.
    private static func collectTagged(
        _ node: MarkdownNode, enclosingItem: MarkdownNode?, source: [Substring], offset: Int,
        sections: [Int], detail: Detail, into tagged: inout [TaggedBlock]
    ) {
        guard node.containsHash else { return }
        switch node.kind {
        case .paragraph:
            let found = tags(in: node, source: source)
            guard !found.isEmpty else { return }
            let unit = enclosingItem ?? node
            if let last = tagged.last, last.line == unit.startLine + offset, enclosingItem != nil {
                let known = Set(last.tags)
                tagged[tagged.count - 1].tags += found.filter { !known.contains($0) }
                return
            }
            tagged.append(TaggedBlock(
                tags: found,
                content: rendering(detail, html: unit.kind == .item ? itemHTML(unit) : excerptHTML(of: CollectionOfOne(unit)), text: PlainText.of(unit)),
                line: unit.startLine + offset,
                sections: sections))
        case .heading:
            return
        case .item:
            for child in node.children {
                collectTagged(child, enclosingItem: node, source: source, offset: offset, sections: sections, detail: detail, into: &tagged)
            }
        default:
            for child in node.children {
                collectTagged(child, enclosingItem: enclosingItem, source: source, offset: offset, sections: sections, detail: detail,
                              into: &tagged)
            }
        }
    }

    /// Hashtags of every paragraph below `node`, in order.
    private static func tags(in node: MarkdownNode, source: [Substring]) -> [String] {
        if node.kind == .paragraph {
            return Hashtags.tags(in: node, source: source[clamped: (node.startLine - 1)..<node.endLine])
        }
        var result: [String] = []
        var seen = Set<String>()
        for child in node.children {
            for tag in tags(in: child, source: source) where seen.insert(tag).inserted { result.append(tag) }
        }
        return result
    }
}

extension Array {
    /// The elements at the positions of `range` that exist.
    subscript(clamped range: Range<Int>) -> ArraySlice<Element> {
        let lower = Swift.max(0, Swift.min(range.lowerBound, count))
        let upper = Swift.max(lower, Swift.min(range.upperBound, count))
        return self[lower..<upper]
    }
}
