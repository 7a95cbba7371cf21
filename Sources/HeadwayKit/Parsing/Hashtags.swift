/// Finds `#hashtags` in a paragraph's inline text (docs/note-format.md, section 3).
///
/// Candidates come from cmark's text nodes only, so code spans, raw HTML, link destinations and
/// heading markers never yield a tag. Each candidate is then confirmed against the paragraph's source
/// lines, so that a `#` written as an entity (`&#35;`) or escaped (`\#`) is not a tag.
enum Hashtags {
    /// Stands in for code spans and inline HTML: not whitespace, so `` `x`#tag `` is not a tag.
    private static let opaque: Unicode.Scalar = "\u{1}"
    /// Marks the start of emphasis, strong emphasis and highlights, where a tag may start: emphasis does
    /// not hide a tag (`x.**#walk**`).
    private static let emphasisStart: Unicode.Scalar = "\u{2}"

    /// The tags of `paragraph`, lower-cased, in order of appearance, without duplicates; a tag counts
    /// only when the paragraph's source lines hold `#tag` literally, where a tag may start.
    static func tags(in paragraph: MarkdownNode, source: ArraySlice<Substring>) -> [String] {
        var text: [UInt8] = []
        appendInlineText(of: paragraph, to: &text)
        let found = text.withUnsafeBufferPointer(candidates(in:))
        guard !found.isEmpty else { return [] }
        var prose: [UInt8] = []  // the source lines' prose, a newline between two (no tag spans one)
        prose.reserveCapacity(text.count)
        for (index, line) in source.enumerated() {
            if index > 0 { prose.append(UInt8(ascii: "\n")) }
            SourceText.appendProse(of: line, to: &prose)
        }
        // Prose that reads as the text has the same tags: then no tag needs confirming.
        let written = prose == text ? nil : Set(prose.withUnsafeBufferPointer(candidates(in:)))
        var tags: [String] = []
        var seen = Set<String>()
        for tag in found where written?.contains(tag) ?? true && seen.insert(tag).inserted {
            tags.append(tag)
        }
        return tags
    }

    /// Tags in plain text: `#` at the start or after whitespace or an opening bracket or quote,
    /// followed by letters, digits and hyphens.
    static func candidates(in text: String) -> [String] {
        var text = text
        return text.withUTF8(candidates(in:))
    }

    /// The tags in valid UTF-8 `bytes`, as `candidates(in:)` reads them from text.
    private static func candidates(in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var result: [String] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "#"), index == 0 || startsTag(after: scalar(endingAt: index, in: bytes)) else {
                index += 1
                continue
            }
            var end = index + 1
            var last = end  // after the last character that is not a trailing hyphen
            while end < bytes.count {
                let (scalar, width) = Self.scalar(at: end, in: bytes)
                guard isTagCharacter(scalar) else { break }
                end += width
                if scalar != "-" { last = end }
            }
            if last > index + 1 { result.append(tag(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<last]))) }
            index = end
        }
        return result
    }

    /// A tag's characters lower-cased; ASCII without capitals is taken as it is.
    private static func tag(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let isLower = bytes.allSatisfy { $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
        return isLower ? text : text.lowercased()
    }

    /// The scalar starting at byte `index` of valid UTF-8, and its width in bytes.
    private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let end = min(index + width, bytes.count)
        let decoded = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).unicodeScalars.first
        return (decoded ?? "\u{FFFD}", end - index)
    }

    /// The scalar that ends just before byte `index` of valid UTF-8.
    private static func scalar(endingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: bytes).0
    }

    static func isTagCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {  // the same answer as below, without the Unicode tables
            let value = scalar.value
            return scalar == "-" || (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func startsTag(after scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == emphasisStart || scalar == "(" || scalar == "[" || scalar == "{" || scalar == "\"" || scalar == "'"
    }

    private static func appendInlineText(of node: MarkdownNode, to text: inout [UInt8]) {
        for child in node.children {
            switch child.kind {
            case .text: text.append(contentsOf: child.literal.utf8)
            case .softBreak, .lineBreak: text.append(UInt8(ascii: "\n"))
            case .code, .htmlInline: text.append(UInt8(opaque.value))
            case .emphasis, .strong, .highlight:
                text.append(UInt8(emphasisStart.value))
                appendInlineText(of: child, to: &text)
            default: appendInlineText(of: child, to: &text)
            }
        }
    }
}
