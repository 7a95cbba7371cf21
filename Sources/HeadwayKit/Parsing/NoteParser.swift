import Yams

/// Turns one file's bytes into a validated note, plan, review or discharge note (docs/note-format.md, sections 1, 2, 4, 5, 8 and 9).
public struct NoteParser: Sendable {
    /// The clinic's declared areas and instruments; undeclared custom areas draw a warning.
    public var configuration: Configuration
    /// Whether to analyse an attended session note's Markdown body with its front matter. The pipeline
    /// never does (`Pipeline.read`): it parses front matter only and reads the bodies of the clients it
    /// reports on with `BodyReader`, so memory holds the bodies being rendered, not the whole folder's.
    /// True reads a note completely in one step (tests, fuzzing). Plan bodies are never analysed; a review
    /// note's body is its content, always read (a client has few).
    public var readsBodies: Bool
    /// The repeated texts of the notes this parser read, held once (`SessionNote.intern(in:)`).
    let strings = StringPool()

    /// Creates a parser.
    public init(configuration: Configuration = Configuration(), readsBodies: Bool = true) {
        self.configuration = configuration
        self.readsBodies = readsBodies
    }

    /// Reads the file at `path` (relative to the notes folder) whose bytes are `bytes`.
    public func parse(path: String, bytes: [UInt8]) -> ParsedFile {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = UTF8Check.lineOfFirstInvalidByte(bytes)
            return Self.rejected(path, line, "not UTF-8 text (save the note as UTF-8)", owner: String(decoding: bytes, as: UTF8.self))
        }
        switch FrontMatter.split(text) {
        case .absent:
            return ParsedFile(path: path, content: .skipped,
                              diagnostics: [.warning(path, nil, "no front matter: not a note, skipped")])
        case .unclosed:
            return Self.rejected(path, 1, "front matter is not closed: no '---' or '...' line after the opening '---'", owner: text)
        case .found(let frontMatter):
            return parse(path: path, frontMatter: frontMatter)
        }
    }

    /// A file rejected before its YAML is read, its error attributed to the client and date its
    /// `client:` and `date:` lines name in `owner` (the file's text), so that the client's reports say so.
    static func rejected(_ path: String, _ line: Int?, _ message: String, owner text: String) -> ParsedFile {
        var reader = FieldReader(path: path, firstLine: 1, dropsValues: true)
        reader.fileError(line: line, message)
        let owner = FileOwner.scan(text)
        return ParsedFile(path: path, content: .rejected, diagnostics: reader.diagnostics.map { $0.attributed(to: owner) })
    }

    private func parse(path: String, frontMatter: FrontMatter) -> ParsedFile {
        var reader = FieldReader(path: path, firstLine: frontMatter.yamlFirstLine, dropsValues: true)
        if let placeholder = TemplatePlaceholder.first(in: frontMatter.yaml) {
            reader.add(.warning(path, placeholder.line + frontMatter.yamlFirstLine - 1,
                                "looks like a note template, not a note (its \(placeholder.key) is the placeholder '\(placeholder.text)'): skipped; add its folder to 'exclude' in headway.yml"))
            return skipped(path, reader, owner: FileOwner.scan(frontMatter.yaml))
        }
        guard let root = compose(frontMatter, reader: &reader) else {
            // The YAML cannot be read, but its `client:` and `date:` lines usually can: the client's
            // reports then say that this file is left out.
            let owner = FileOwner.scan(frontMatter.yaml)
            return finish(path, reader, nil, client: owner.client, date: owner.date)
        }
        if let draft = root.value(forKey: "draft"), !FieldReader.isNull(draft) {
            // Anything but `false` keeps the file out: a note meant as a draft must never count as attended.
            switch PlainScalar(draft) {
            case .bool(false): break
            case .bool(true):
                reader.warning(draft, "draft, not in reports (remove 'draft: true' once the session has taken place)")
                return skipped(path, reader, owner: Self.owner(of: root))
            default:
                reader.warning(draft, "'draft' should be true or false, got \(FieldReader.describe(draft)): read as a draft, not in reports")
                return skipped(path, reader, owner: Self.owner(of: root))
            }
        }
        let kind = root.value(forKey: "type").flatMap { FieldReader.isNull($0) ? nil : $0 }
        switch kind.map({ $0.scalar?.string.lowercased() ?? "" }) ?? "session" {
        case "session":
            var decoder = SessionNoteDecoder(reader: reader, configuration: configuration, readsBody: readsBodies)
            var note = decoder.decode(root, frontMatter: frontMatter)
            note?.intern(in: strings)
            return finish(path, decoder.reader, note.map(ParsedFile.Content.note), client: note?.client ?? decoder.client, date: note?.date ?? decoder.date)
        case "plan":
            var decoder = PlanDecoder(reader: reader, configuration: configuration)
            let plan = decoder.decode(root)
            return finish(path, decoder.reader, plan.map(ParsedFile.Content.plan), client: plan?.client ?? decoder.client, date: plan?.start ?? decoder.date)
        case "review":
            var decoder = ReviewNoteDecoder(reader: reader)
            let review = decoder.decode(root, frontMatter: frontMatter)
            return finish(path, decoder.reader, review.map(ParsedFile.Content.review), client: decoder.client, date: decoder.date)
        case "discharge":
            var decoder = DischargeNoteDecoder(reader: reader)
            let discharge = decoder.decode(root, frontMatter: frontMatter)
            return finish(path, decoder.reader, discharge.map(ParsedFile.Content.discharge), client: decoder.client, date: decoder.date)
        default:
            reader.warning(kind, "unknown type \(FieldReader.describe(kind!)): expected session, plan, review or discharge; file skipped")
            return skipped(path, reader, owner: FileOwner.scan(frontMatter.yaml))
        }
    }

    /// A file that is not read as a note (a template, a draft, an unknown type), its warnings attributed
    /// to the client and date it names.
    private func skipped(_ path: String, _ reader: FieldReader, owner: (client: String?, date: Day?)) -> ParsedFile {
        ParsedFile(path: path, content: .skipped, diagnostics: reader.diagnostics.map { $0.attributed(to: owner) })
    }

    /// The valid client and real date a composed front matter names.
    private static func owner(of root: Node) -> (client: String?, date: Day?) {
        let client = root.value(forKey: "client")?.scalar?.string
        return (client.flatMap { Header.isValidClient($0) ? $0 : nil }, root.value(forKey: "date")?.scalar.flatMap { Day(iso: $0.string) })
    }

    private func finish(_ path: String, _ reader: FieldReader, _ content: ParsedFile.Content?, client: String?, date: Day?) -> ParsedFile {
        let outcome = reader.fileRejected ? .rejected : (content ?? .rejected)
        return ParsedFile(path: path, content: outcome, diagnostics: reader.diagnostics.map { $0.attributed(to: (client, date)) })
    }

    /// One constructor for every note: `Constructor.default` builds a new one (and its tables) on each
    /// use. Composing only stores it in tags; its maps are immutable, so sharing it between threads is safe.
    private nonisolated(unsafe) static let constructor = Constructor()

    /// Composes the YAML into a mapping node, or reports why it cannot be.
    private func compose(_ frontMatter: FrontMatter, reader: inout FieldReader) -> Node? {
        if let problem = YAMLBounds.nestingProblem(in: frontMatter.yaml) {
            reader.fileError(line: problem.line + frontMatter.yamlFirstLine - 1, problem.message)
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: frontMatter.yaml, .basic, Self.constructor, .utf8)
        } catch let error as YamlError {
            let (line, message) = YAMLErrorText.describe(error, in: frontMatter.yaml)
            reader.fileError(line: line.map { $0 + frontMatter.yamlFirstLine - 1 }, "YAML syntax error: \(message)")
            return nil
        } catch {
            reader.fileError(line: frontMatter.yamlFirstLine, "YAML syntax error: \(error)")
            return nil
        }
        guard let root, !FieldReader.isNull(root) else {
            reader.fileError(line: 1, "front matter is empty: a note needs at least 'client' and 'date'")
            return nil
        }
        if let problem = YAMLBounds.sizeProblem(in: root) {
            reader.fileError(problem.node, problem.message)
            return nil
        }
        guard case .mapping = root else {
            reader.fileError(root, "front matter must be a mapping of keys to values, not a \(FieldReader.shape(of: root))")
            return nil
        }
        return root
    }
}

/// Finding where bytes stop being UTF-8.
enum UTF8Check {
    /// The 1-based line holding the first byte that is not valid UTF-8.
    static func lineOfFirstInvalidByte(_ bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil else { return line }
            if byte == UInt8(ascii: "\n") { line += 1 }
            index += length
        }
        return line
    }
}

/// Words for Yams' errors, whose own descriptions repeat the whole document.
enum YAMLErrorText {
    static func describe(_ error: YamlError, in yaml: String) -> (line: Int?, message: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return (mark.line, detail)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let line = duplicates.first.flatMap { secondLine(ofKey: $0.description, in: yaml, from: context.mark.line) }
            return (line ?? context.mark.line, "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        case .reader(let problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, "\(error)")
        }
    }

    /// The line of the second `key:` at the indentation of the first, from line `start` on (Yams
    /// reports only the mapping's position).
    static func secondLine(ofKey key: String, in yaml: String, from start: Int) -> Int? {
        var firstIndent: Int?
        for (offset, line) in yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() where offset + 1 >= start {
            let text = line.drop { $0 == " " || $0 == "-" }
            guard text.hasPrefix(key), text.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") else { continue }
            let indent = line.count - text.count
            if let firstIndent {
                if indent == firstIndent { return offset + 1 }
            } else {
                firstIndent = indent
            }
        }
        return nil
    }
}
