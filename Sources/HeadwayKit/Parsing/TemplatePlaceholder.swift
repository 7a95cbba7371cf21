/// Unexpanded placeholders of note templates: Obsidian's core `{{date}}`, `{{time}}`, `{{title}}` (with an
/// optional `:format`) and Templater's `<% tp.… %>`. A file that holds one is a template, not a note
/// (docs/note-format.md, section 1). Other braces (`{{anything}}` in a quoted statement) are note text.
enum TemplatePlaceholder {
    /// The keys whose placeholder makes a file a template: a note's identity. A placeholder elsewhere
    /// (an `x-created: "{{date}}"`, a comment) is text, and the note is read.
    static let keys = ["client", "date", "start"]

    /// The first placeholder in the value of a top-level `client`, `date` or `start` in `yaml`, with its key
    /// and 1-based line, if any.
    static func first(in yaml: String) -> (text: String, key: String, line: Int)? {
        guard mayHoldPlaceholder(yaml) else { return nil }
        for (offset, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let key = keys.first(where: { line.hasPrefix($0 + ":") }) else { continue }
            let value = line.dropFirst(key.count + 1)
            if let found = obsidian(in: value) ?? templater(in: value) { return (found, key, offset + 1) }
        }
        return nil
    }

    private static let obsidianNames = ["date", "time", "title"]

    /// Whether `yaml` holds `{{` or `<%` at all: one pass over its bytes, so that the front matter of a
    /// real note (flow mappings hold single braces) is not split into lines for nothing.
    private static func mayHoldPlaceholder(_ yaml: String) -> Bool {
        yaml.utf8.withContiguousStorageIfAvailable(holdsOpener) ?? holdsOpener(Array(yaml.utf8))
    }

    /// Whether `bytes` hold `{{` or `<%`.
    private static func holdsOpener(_ bytes: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if (previous == UInt8(ascii: "{") && byte == UInt8(ascii: "{")) || (previous == UInt8(ascii: "<") && byte == UInt8(ascii: "%")) {
                return true
            }
            previous = byte
        }
        return false
    }

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
