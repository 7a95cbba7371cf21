import Foundation

/// The prose of one Markdown source line, for confirming hashtags against what was typed: block
/// markers at the start (quotes, list bullets), code spans, link destinations and angle-bracket
/// autolinks or tags are removed, so that a `#` there cannot confirm a tag seen elsewhere.
enum SourceText {
    static func prose(of line: Substring) -> String {
        var text = String(dropBlockMarkers(line))
        text = removing(text, open: "`", close: "`")
        text = removing(text, open: "](", close: ")", replacement: "]")
        text = removing(text, open: "<", close: ">")
        return text
    }

    /// Drops leading indentation, `>` quote markers and list bullets (`-`, `+`, `*`, `1.`, `1)`).
    private static func dropBlockMarkers(_ line: Substring) -> Substring {
        var rest = line
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.first == ">" {
                rest = rest.dropFirst()
            } else if let first = rest.first, "-+*".contains(first), rest.dropFirst().first?.isWhitespace ?? true {
                rest = rest.dropFirst()
            } else if let digits = Optional(rest.prefix { $0.isASCII && $0.isNumber }), !digits.isEmpty,
                      let marker = rest.dropFirst(digits.count).first, marker == "." || marker == ")",
                      rest.dropFirst(digits.count + 1).first?.isWhitespace ?? true {
                rest = rest.dropFirst(digits.count + 1)
            } else {
                return rest
            }
        }
    }

    /// `text` with every `open … close` span replaced by `replacement` (a character that starts no tag).
    private static func removing(_ text: String, open: String, close: String, replacement: String = "\u{1}") -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: open) {
            guard let end = rest[start.upperBound...].range(of: close) else { break }
            result += rest[..<start.lowerBound] + replacement
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}
