/// Finds `#hashtags` in a paragraph's inline text (NOTE-FORMAT.md, section 3).
///
/// Candidates come from cmark's text nodes only, so code spans, raw HTML, link destinations and
/// heading markers never yield a tag. Each candidate is then confirmed against the paragraph's source
/// lines, so that a `#` written as an entity (`&#35;`) or escaped (`\#`) is not a tag.
enum Hashtags {
    /// Stands in for code spans and inline HTML: not whitespace, so `` `x`#tag `` is not a tag.
    private static let opaque: Character = "\u{1}"

    /// The tags of `paragraph`, lower-cased, in order of appearance, without duplicates; a tag counts
    /// only when the paragraph's source lines hold `#tag` literally, where a tag may start.
    static func tags(in paragraph: MarkdownNode, source: [Substring]) -> [String] {
        var text = ""
        appendInlineText(of: paragraph, to: &text)
        var tags: [String] = []
        var seen = Set<String>()
        let written = Set(source.flatMap { candidates(in: SourceText.prose(of: $0).lowercased()) })
        for tag in candidates(in: text) where written.contains(tag) && seen.insert(tag).inserted {
            tags.append(tag)
        }
        return tags
    }

    /// Tags in plain text: `#` at the start or after whitespace or an opening bracket or quote,
    /// followed by letters, digits and hyphens.
    static func candidates(in text: String) -> [String] {
        var result: [String] = []
        var previous: Character? = nil
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "#", previous.map(startsTag) ?? true {
                var end = text.index(after: index)
                while end < text.endIndex, isTagCharacter(text[end]) { end = text.index(after: end) }
                let tag = trimmingHyphens(text[text.index(after: index)..<end])
                if !tag.isEmpty { result.append(tag.lowercased()) }
                previous = end > text.index(after: index) ? text[text.index(before: end)] : character
                index = end
                continue
            }
            previous = character
            index = text.index(after: index)
        }
        return result
    }

    static func isTagCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-"
    }

    private static func startsTag(after character: Character) -> Bool {
        character.isWhitespace || "([{\"'".contains(character)
    }

    private static func trimmingHyphens(_ text: Substring) -> Substring {
        var text = text
        while text.last == "-" { text = text.dropLast() }
        return text
    }

    private static func appendInlineText(of node: MarkdownNode, to text: inout String) {
        for child in node.children {
            switch child.kind {
            case .text: text += child.literal
            case .softBreak, .lineBreak: text += "\n"
            case .code, .htmlInline: text.append(opaque)
            default: appendInlineText(of: child, to: &text)
            }
        }
    }
}
