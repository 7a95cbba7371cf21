import Foundation
@testable import HeadwayKit

/// The template variables README.md documents ("## Templates": the "Report variables" and "Index
/// variables" tables and the bold lists after them), read as names to look up in the views' schemas.
///
/// A table row's first column names variables (`sessions.attended`, `.cancelled` continuing the prefix);
/// when it names one object or list, the backticked names of its second column are that object's. In a
/// bold list (`**Goal**: …`, up to the line ending in a full stop) every backticked name is the object's.
/// A backticked name followed by parentheses: for an object or list, the names inside are its own; for
/// any other value, the parentheses hold examples and are skipped. Backticks inside parentheses that
/// follow no name are skipped too.
struct ReadmeVariables {
    /// A documented name that resolves to nothing, with where it was found.
    struct Unknown: Equatable, CustomStringConvertible {
        var place: String
        var name: String
        var object: String
        var description: String { "README \(place): `\(name)` is not a variable of \(object)" }
    }

    /// Documented names by object (`ViewSchema.object`).
    private(set) var documented: [String: Set<String>] = [:]
    private(set) var unknown: [Unknown] = []
    /// Bold lists whose title names no view.
    private(set) var unknownLists: [String] = []

    /// Reads the `### heading…` part of `readme` against `root`; `lists` are the views of its bold lists, by title.
    mutating func read(_ readme: String, heading: String, root: ViewSchema, lists: [String: ViewSchema]) {
        let lines = Self.section(readme, heading: heading)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("| `") {
                row(line, root: root)
            } else if line.hasPrefix("**"), let end = line.range(of: "**:", range: line.index(line.startIndex, offsetBy: 2)..<line.endIndex) {
                let title = String(line[line.index(line.startIndex, offsetBy: 2)..<end.lowerBound])
                var text = String(line[end.upperBound...])
                while !text.trimmingCharacters(in: .whitespaces).hasSuffix("."), index + 1 < lines.count {
                    index += 1
                    text += " " + lines[index]
                }
                if let schema = lists[title] { names(in: Substring(text), of: schema, place: "**\(title)**") } else { unknownLists.append(title) }
            }
            index += 1
        }
    }

    /// The lines after `### heading` up to the next heading.
    static func section(_ readme: String, heading: String) -> [String] {
        let lines = readme.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("### \(heading)") }) else { return [] }
        let rest = lines[(start + 1)...]
        return Array(rest.prefix { !$0.hasPrefix("#") })
    }

    private mutating func row(_ line: String, root: ViewSchema) {
        let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.count >= 3 else { return }
        var prefix = ""
        var last: ViewSchema.Kind?
        let variables = Self.spans(in: Substring(cells[1])).map(\.name)
        for variable in variables {
            let name = variable.hasPrefix(".") ? prefix + variable : variable
            if let dot = name.lastIndex(of: ".") { prefix = String(name[..<dot]) }
            last = resolve(name, in: root, place: "table row `\(variables[0])`")
        }
        if variables.count == 1, let schema = last.flatMap(Self.schema(of:)) {
            names(in: Substring(cells[2]), of: schema, place: "table row `\(variables[0])`")
        }
    }

    /// Notes `name` (dotted or not) as documented in `schema`; what it holds, or nil when unknown.
    private mutating func resolve(_ name: String, in schema: ViewSchema, place: String) -> ViewSchema.Kind? {
        var schema = schema
        var kind: ViewSchema.Kind?
        for part in name.split(separator: ".").map(String.init) {
            guard let found = schema.kinds[part] else {
                unknown.append(Unknown(place: place, name: name, object: schema.object))
                return nil
            }
            documented[schema.object, default: []].insert(part)
            kind = found
            if let next = Self.schema(of: found) { schema = next }
        }
        return kind
    }

    private mutating func names(in text: Substring, of schema: ViewSchema, place: String) {
        for span in Self.spans(in: text) {
            let kind = resolve(span.name, in: schema, place: place)
            if let group = span.group, let child = kind.flatMap(Self.schema(of:)) { names(in: group, of: child, place: place) }
        }
    }

    private static func schema(of kind: ViewSchema.Kind) -> ViewSchema? {
        switch kind {
        case .value: nil
        case .object(let schema): schema
        case .list(let schema): schema
        }
    }

    /// The backticked names of `text` outside parentheses, each with the parenthesised text right after it.
    static func spans(in text: Substring) -> [(name: String, group: Substring?)] {
        var spans: [(name: String, group: Substring?)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "`", let close = text[text.index(after: index)...].firstIndex(of: "`") {
                let name = String(text[text.index(after: index)..<close])
                index = text.index(after: close)
                let next = text[index...].firstIndex { $0 != " " } ?? text.endIndex
                if next < text.endIndex, text[next] == "(", let end = matchingParenthesis(in: text, from: next) {
                    spans.append((name, text[text.index(after: next)..<end]))
                    index = text.index(after: end)
                } else {
                    spans.append((name, nil))
                }
            } else if character == "(", let end = matchingParenthesis(in: text, from: index) {
                index = text.index(after: end)
            } else {
                index = text.index(after: index)
            }
        }
        return spans
    }

    /// The `)` closing the `(` at `open`, counting only parentheses outside backticks.
    private static func matchingParenthesis(in text: Substring, from open: Substring.Index) -> Substring.Index? {
        var depth = 0
        var inCode = false
        var index = open
        while index < text.endIndex {
            switch text[index] {
            case "`": inCode.toggle()
            case "(" where !inCode: depth += 1
            case ")" where !inCode:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }
}
