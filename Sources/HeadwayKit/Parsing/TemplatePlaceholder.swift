/// Unexpanded placeholders of note templates (Obsidian's `{{date}}`, Templater's `<% tp.date.now() %>`):
/// a file that holds one is a template, not a note (NOTE-FORMAT.md, section 1).
enum TemplatePlaceholder {
    /// The first placeholder in `yaml` and its 1-based line, if any.
    static func first(in yaml: String) -> (text: String, line: Int)? {
        guard yaml.utf8.contains(UInt8(ascii: "{")) || yaml.utf8.contains(UInt8(ascii: "<")) else { return nil }
        for (offset, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let found = placeholder(in: line, open: "{{", close: "}}") ?? placeholder(in: line, open: "<%", close: "%>") {
                return (found, offset + 1)
            }
        }
        return nil
    }

    /// `open … close` on one line, holding at least a letter, up to 80 characters.
    private static func placeholder(in line: Substring, open: String, close: String) -> String? {
        guard let start = line.range(of: open), let end = line[start.upperBound...].range(of: close) else { return nil }
        let inner = line[start.upperBound..<end.lowerBound]
        guard inner.count <= 80, inner.contains(where: \.isLetter) else { return nil }
        return String(line[start.lowerBound..<end.upperBound])
    }
}
