/// Unexpanded placeholders of note templates: Obsidian's core `{{date}}`, `{{time}}`, `{{title}}` (with an
/// optional `:format`) and Templater's `<% tp.… %>`. A file that holds one is a template, not a note
/// (NOTE-FORMAT.md, section 1). Other braces (`{{anything}}` in a quoted statement) are note text.
enum TemplatePlaceholder {
    /// The first placeholder in `yaml` and its 1-based line, if any.
    static func first(in yaml: String) -> (text: String, line: Int)? {
        guard yaml.utf8.contains(UInt8(ascii: "{")) || yaml.utf8.contains(UInt8(ascii: "<")) else { return nil }
        for (offset, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let found = obsidian(in: line) ?? templater(in: line) { return (found, offset + 1) }
        }
        return nil
    }

    private static let obsidianNames = ["date", "time", "title"]

    /// `{{date}}`, `{{date:YYYY-MM-DD}}`, `{{title}}`…
    private static func obsidian(in line: Substring) -> String? {
        var rest = line[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { return nil }
            let inner = rest[open.upperBound..<close.lowerBound].lowercased()
            let name = inner.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if obsidianNames.contains(name.trimmingCharacters(in: .whitespaces)) { return String(rest[open.lowerBound..<close.upperBound]) }
            rest = rest[close.upperBound...]
        }
        return nil
    }

    /// `<% tp.date.now("YYYY-MM-DD") %>`, `<%* … tp.… %>`.
    private static func templater(in line: Substring) -> String? {
        guard let open = line.range(of: "<%"), let close = line[open.upperBound...].range(of: "%>"),
              line[open.upperBound..<close.lowerBound].contains("tp.") else { return nil }
        return String(line[open.lowerBound..<close.upperBound])
    }
}
