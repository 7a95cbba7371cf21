/// A first pass over a Mustache template, before swift-mustache parses it: the partials it includes
/// (to find unknown names and cycles, which would recurse until the stack overflows) and the sections,
/// so that an unclosed or mismatched section is named with its line, and nesting is bounded (the
/// parser recurses once per section level). Follows swift-mustache 2.1.1's tags, set-delimiter included.
/// Also lists every tag in order, for checks of the names a template reads.
struct TemplateScanner {
    /// One tag of a template, as written between the delimiters (trimmed, without its sigil).
    struct Tag: Equatable {
        enum Kind: Equatable {
            /// `{{name}}`, `{{{name}}}`, `{{&name}}`.
            case variable
            /// `{{#name}}`.
            case section
            /// `{{^name}}`.
            case invertedSection
            /// `{{$name}}`: a block of template inheritance.
            case block
            /// `{{<name}}`: inherits from the template `name`.
            case parent
            /// `{{/name}}`.
            case close
            /// `{{>name}}`.
            case partial
        }

        var kind: Kind
        /// The name, e.g. `client.name`, `count(errors)`, `.`, `incomplete.md`.
        var name: String
        var line: Int
    }

    /// A `{{> name}}` or `{{< name}}` in a template.
    struct PartialReference: Equatable {
        var name: String
        var line: Int
        /// `{{>*name}}`: the name comes from the data.
        var dynamic: Bool
        /// The tag as written, e.g. `{{> report.md}}`.
        var tag: String
    }

    /// A structural problem, on `line`.
    struct Problem: Error, Equatable {
        var line: Int
        var message: String
    }

    /// Sections nested deeper than this are refused.
    static let maximumDepth = 50

    private let text: [Character]
    private var index = 0
    private var line = 1
    private var open = "{{", close = "}}"
    private var sections: [(name: String, line: Int)] = []
    private(set) var partials: [PartialReference] = []
    /// Every tag but comments, pragmas and set-delimiter tags, in order.
    private(set) var tags: [Tag] = []

    /// The partial references of `text`, or its first structural problem.
    static func scan(_ text: String) -> Result<[PartialReference], Problem> {
        scanned(text).map(\.partials)
    }

    /// The tags of `text`, or its first structural problem.
    static func tags(in text: String) -> Result<[Tag], Problem> {
        scanned(text).map(\.tags)
    }

    private static func scanned(_ text: String) -> Result<TemplateScanner, Problem> {
        var scanner = TemplateScanner(text: Array(text))
        do {
            try scanner.run()
            return .success(scanner)
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(Problem(line: scanner.line, message: "\(error)"))
        }
    }

    /// The first name of every variable and section tag `text` reads, e.g. `errors` for `{{#errors}}`,
    /// `{{errors.0}}` or `{{count(errors)}}`; empty for a template with a structural problem.
    static func names(in text: String) -> Set<String> {
        guard case .success(let tags) = tags(in: text) else { return [] }
        return Set(tags.filter { [.variable, .section, .invertedSection].contains($0.kind) }.compactMap(\.firstName))
    }

    private init(text: [Character]) { self.text = text }

    private mutating func note(_ kind: Tag.Kind, _ raw: String, line: Int) {
        tags.append(Tag(kind: kind, name: raw.trimmingWhitespace, line: line))
    }

    private mutating func run() throws {
        while let tagLine = advance(past: open) {
            try tag(startingOn: tagLine)
        }
        if let section = sections.last {
            throw Problem(line: section.line, message: "section `\(section.name)` opened on line \(section.line) is never closed (add `\(open)/\(section.name)\(close)`)")
        }
    }

    /// Moves past the next `marker`; the line it started on, or nil at the end of the text.
    private mutating func advance(past marker: String) -> Int? {
        let marker = Array(marker)
        while index < text.count {
            if text[index] == marker[0], index + marker.count <= text.count, Array(text[index..<index + marker.count]) == marker {
                let start = line
                index += marker.count
                return start
            }
            if text[index].isNewline { line += 1 }
            index += 1
        }
        return nil
    }

    /// Reads one tag's content, from after the opening delimiter to the closing one.
    private mutating func content(openedOn tagLine: Int, closingWith end: String) throws -> String {
        let start = index
        guard advance(past: end) != nil else {
            throw Problem(line: tagLine, message: "the tag opened on line \(tagLine) is never closed with `\(end)`")
        }
        return String(text[start..<index - end.count])
    }

    private mutating func tag(startingOn tagLine: Int) throws {
        let sigil = index < text.count ? text[index] : " "
        switch sigil {
        case "{":
            index += 1
            note(.variable, try content(openedOn: tagLine, closingWith: "}" + close), line: tagLine)
        case "=":
            index += 1
            try setDelimiters(try content(openedOn: tagLine, closingWith: "=" + close), line: tagLine)
        case "#", "^", "$", "<":
            index += 1
            let raw = try content(openedOn: tagLine, closingWith: close)
            let name = raw.trimmingWhitespace
            if sigil == "<" { partials.append(reference(raw, sigil: sigil, line: tagLine)) }
            note(sigil == "#" ? .section : sigil == "^" ? .invertedSection : sigil == "$" ? .block : .parent, raw, line: tagLine)
            sections.append((name, tagLine))
            guard sections.count <= Self.maximumDepth else {
                throw Problem(line: tagLine, message: "sections are nested more than \(Self.maximumDepth) deep")
            }
        case "/":
            index += 1
            let raw = try content(openedOn: tagLine, closingWith: close)
            try closeSection(raw.trimmingWhitespace, line: tagLine)
            note(.close, raw, line: tagLine)
        case ">":
            index += 1
            let raw = try content(openedOn: tagLine, closingWith: close)
            partials.append(reference(raw, sigil: sigil, line: tagLine))
            note(.partial, raw, line: tagLine)
        case "!", "%":
            _ = try content(openedOn: tagLine, closingWith: close)
        default:
            let raw = try content(openedOn: tagLine, closingWith: close)
            note(.variable, sigil == "&" ? String(raw.dropFirst()) : raw, line: tagLine)
        }
    }

    private func reference(_ raw: String, sigil: Character, line: Int) -> PartialReference {
        let name = raw.trimmingWhitespace, tag = "\(open)\(sigil)\(raw)\(close)"
        return name.hasPrefix("*")
            ? PartialReference(name: String(name.dropFirst()).trimmingWhitespace, line: line, dynamic: true, tag: tag)
            : PartialReference(name: name, line: line, dynamic: false, tag: tag)
    }

    private mutating func closeSection(_ name: String, line: Int) throws {
        guard let section = sections.popLast() else {
            throw Problem(line: line, message: "`\(open)/\(name)\(close)` on line \(line) closes no open section")
        }
        guard section.name == name else {
            throw Problem(line: line, message: "`\(open)/\(name)\(close)` on line \(line) does not close section `\(section.name)` opened on line \(section.line) (close it with `\(open)/\(section.name)\(close)`)")
        }
    }

    private mutating func setDelimiters(_ content: String, line: Int) throws {
        let parts = content.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2 else {
            throw Problem(line: line, message: "the set-delimiter tag on line \(line) needs two delimiters, e.g. `\(open)=<% %>=\(close)`")
        }
        open = String(parts[0])
        close = String(parts[1])
    }
}

extension TemplateScanner.Tag {
    /// The variable the tag reads first: inside a transform's parentheses, before any dot
    /// (`errors` for `count(errors)` or `errors.0`); nil for `.` and `first()`.
    var firstName: String? {
        var name = Substring(self.name)
        if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            name = name[name.index(after: open)..<close]
        }
        return name.split(separator: ".").first.map { String($0).trimmingWhitespace }
    }
}

private extension String {
    /// Without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
