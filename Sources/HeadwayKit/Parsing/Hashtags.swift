/// Finds `#hashtags` in a paragraph's inline text (NOTE-FORMAT.md, section 3).
///
/// Candidates come from cmark's text nodes only, so code spans, raw HTML, link destinations and
/// heading markers never yield a tag. Each candidate is then confirmed against the paragraph's source
/// lines, so that a `#` written as an entity (`&#35;`) or escaped (`\#`) is not a tag.
enum Hashtags {
    /// Stands in for code spans and inline HTML: not whitespace, so `` `x`#tag `` is not a tag.
    private static let opaque: Unicode.Scalar = "\u{1}"

    /// The tags of `paragraph`, lower-cased, in order of appearance, without duplicates; a tag counts
    /// only when the paragraph's source lines hold `#tag` literally, where a tag may start.
    static func tags(in paragraph: MarkdownNode, source: [Substring]) -> [String] {
        var text = ""
        appendInlineText(of: paragraph, to: &text)
        let found = candidates(in: text)
        guard !found.isEmpty else { return [] }
        var tags: [String] = []
        var seen = Set<String>()
        let written = Set(source.flatMap { candidates(in: SourceText.prose(of: $0)) })
        for tag in found where written.contains(tag) && seen.insert(tag).inserted {
            tags.append(tag)
        }
        return tags
    }

    /// Tags in plain text: `#` at the start or after whitespace or an opening bracket or quote,
    /// followed by letters, digits and hyphens.
    static func candidates(in text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "#")) else { return [] }
        var result: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "#", index == 0 || startsTag(after: scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, isTagCharacter(scalars[end]) { end += 1 }
            var last = end
            while last > index + 1, scalars[last - 1] == "-" { last -= 1 }
            if last > index + 1 {
                var tag = String.UnicodeScalarView()
                tag.append(contentsOf: scalars[(index + 1)..<last])
                result.append(String(tag).lowercased())
            }
            index = max(end, index + 1)
        }
        return result
    }

    static func isTagCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func startsTag(after scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "(" || scalar == "[" || scalar == "{" || scalar == "\"" || scalar == "'"
    }

    private static func appendInlineText(of node: MarkdownNode, to text: inout String) {
        for child in node.children {
            switch child.kind {
            case .text: text += child.literal
            case .softBreak, .lineBreak: text += "\n"
            case .code, .htmlInline: text.unicodeScalars.append(opaque)
            default: appendInlineText(of: child, to: &text)
            }
        }
    }
}
