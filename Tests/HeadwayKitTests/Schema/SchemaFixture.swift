import Foundation
@testable import HeadwayKit

/// One fixture file as both judges see it: the front matter (or `headway.yml`) as JSON for the schema, and
/// the errors the decoder reports for the same file.
struct SchemaFixture: CustomStringConvertible {
    /// The path relative to the repository.
    var path: String
    var schema: NoteSchema
    var document: JSONValue
    /// Whether the decoder reads the file (a note, plan or review note; a usable configuration).
    var accepted: Bool
    /// The decoder's errors, formatted.
    var decoderErrors: [String]

    var description: String { path }

    /// The folders whose notes, plans, review notes and configurations are checked.
    static let roots = ["Tests/HeadwayKitTests/Fixtures", "Tests/HeadwayCLITests/Fixtures", "Samples", "docs/examples"]

    /// Every note, plan, review note and configuration file below `roots` whose YAML can be read.
    static func all() throws -> [SchemaFixture] {
        try roots.flatMap { try files(below: $0) }.compactMap(fixture)
    }

    /// The fixture of one file, nil when it is not a note or a configuration, or its YAML cannot be read
    /// (the decoder then rejects it before judging any value, and JSON has nothing to hold).
    static func fixture(_ path: String) throws -> SchemaFixture? {
        let url = SchemaValidator.repoRoot.appendingPathComponent(path)
        let bytes = try [UInt8](Data(contentsOf: url))
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        switch url.pathExtension.lowercased() {
        case "md", "markdown": return note(path, text)
        case "yml", "yaml": return configuration(path, text)
        default: return nil
        }
    }

    static func note(_ path: String, _ text: String) -> SchemaFixture? {
        guard let root = FrontMatterJSON.frontMatter(of: text), case .mapping(let mapping) = root else { return nil }
        let type = mapping["type"].flatMap { FieldReader.isNull($0) ? nil : $0.scalar?.string.lowercased() } ?? "session"
        let schemas: [String: NoteSchema] = ["session": .note, "plan": .plan, "review": .review, "discharge": .discharge]
        guard let schema = schemas[type] else { return nil }
        // A draft is not decoded at all: judge what the decoder makes of it once the draft line is gone.
        let decoded = mapping["draft"].map { FieldReader.isNull($0) ? text : undrafted(text) } ?? text
        let parser = NoteParser(configuration: configuration(near: path))
        let parsed = parser.parse(path: path, bytes: Array(decoded.utf8))
        let accepted: Bool
        switch parsed.content {
        case .note, .plan, .review, .discharge: accepted = true
        case .rejected: accepted = false
        case .skipped: return nil  // a template, for instance: not read
        }
        return SchemaFixture(path: path, schema: schema, document: FrontMatterJSON.json(root), accepted: accepted,
                             decoderErrors: parsed.diagnostics.filter { $0.severity == .error }.map(\.formatted))
    }

    private static func configuration(_ path: String, _ text: String) -> SchemaFixture? {
        guard let root = try? FrontMatterJSON.compose(text) else { return nil }
        let errors: [String]
        switch ConfigurationParser.parse(text, path: path) {
        case .success: errors = []
        case .failure(let list): errors = list.diagnostics.map(\.formatted)
        }
        return SchemaFixture(path: path, schema: .config, document: FrontMatterJSON.json(root), accepted: errors.isEmpty, decoderErrors: errors)
    }

    /// The note's text with its top-level `draft:` line set to false.
    private static func undrafted(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("draft:") ? "draft: false" : String($0) }
            .joined(separator: "\n")
    }

    /// The configuration of the nearest folder at or above the note's (below the repository) that has a
    /// usable `headway.yml`, as `headway` finds it; the default one otherwise.
    private static func configuration(near path: String) -> Configuration {
        var folders = path.split(separator: "/").dropLast()
        while !folders.isEmpty {
            let candidate = SchemaValidator.repoRoot.appendingPathComponent(folders.joined(separator: "/") + "/headway.yml")
            if let text = try? String(contentsOf: candidate, encoding: .utf8) {
                if case .success(let configuration) = ConfigurationParser.parse(text, path: candidate.path) { return configuration }
                return Configuration()
            }
            folders = folders.dropLast()
        }
        return Configuration()
    }

    /// The files below `root` (relative to the repository), sorted, hidden ones left out as the reader leaves them.
    private static func files(below root: String) throws -> [String] {
        let base = SchemaValidator.repoRoot.appendingPathComponent(root)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            paths.append(root + "/" + url.path.dropFirst(base.path.count + 1))
        }
        return paths.sorted()
    }
}
