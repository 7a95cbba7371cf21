import Foundation
import Mustache

/// The Mustache templates reports are rendered with: the defaults embedded in the binary, each
/// replaceable by a file of the same name in a folder of the clinic's own.
public struct TemplateSet: Sendable {
    /// A template that could not be read or parsed, or templates that include each other in a loop.
    public struct LoadError: Error, Equatable, CustomStringConvertible {
        /// The template's file.
        public var path: String
        /// The 1-based line, when there is one.
        public var line: Int?
        /// What is wrong.
        public var reason: String
        /// `path:line: error: reason`, with control characters escaped.
        public var description: String { Diagnostic.error(path, line, reason).formatted }
    }

    /// The templates parsed, with the clinic's own; nil for the defaults alone (`DefaultTemplateLibrary`).
    private let library: MustacheLibrary?
    /// File names of the templates, e.g. `report.html.mustache`.
    public let names: [String]
    /// Problems that do not stop rendering: an unknown partial, a file in the templates folder that is
    /// not used.
    public let warnings: [Diagnostic]

    /// The default templates' file names and contents.
    public static var defaults: [String: String] { DefaultTemplates.files }

    /// The defaults, with every `*.mustache` file of `overrides` (when given) replacing the default of
    /// the same name, or adding a partial.
    public init(overrides: URL? = nil) throws {
        guard let overrides else {
            try self.init(files: [:], folder: nil)
            return
        }
        let (files, unused) = try Self.read(overrides)
        try self.init(files: files, folder: overrides.path, unusedFiles: unused)
    }

    /// The defaults with `files` (file name → text, e.g. `report.md.mustache`) from `folder` replacing
    /// or adding to them; `unusedFiles` are other names found in the folder (each a warning). Reads no
    /// file: `folder` only names the files in diagnostics.
    ///
    /// The defaults alone are neither scanned nor parsed here: the tests check them as the clinic's files
    /// are checked (`init(checking:folder:unusedFiles:)`), and each is parsed once a process, when a
    /// report is first rendered with it (`DefaultTemplateLibrary`), so that a run parses only what it renders.
    public init(files: [String: String], folder: String?, unusedFiles: [String] = []) throws {
        guard !files.isEmpty || !unusedFiles.isEmpty else {
            self.init(library: nil, names: DefaultTemplates.files.keys.sorted(), warnings: [])
            return
        }
        try self.init(checking: files, folder: folder, unusedFiles: unusedFiles)
    }

    private init(library: MustacheLibrary?, names: [String], warnings: [Diagnostic]) {
        self.library = library
        self.names = names
        self.warnings = warnings
    }

    /// `init(files:folder:unusedFiles:)` with every template, the defaults too, scanned and parsed now,
    /// so that a problem is reported before anything is written.
    init(checking files: [String: String], folder: String?, unusedFiles: [String] = []) throws {
        var sources = DefaultTemplates.files
        var paths = Dictionary(uniqueKeysWithValues: sources.keys.map { ($0, "Templates/\($0)") })
        for (name, text) in files {
            sources[name] = text
            paths[name] = folder.map { URL(fileURLWithPath: $0).appendingPathComponent(name).path } ?? name
        }
        HTMLEscaping.register()
        var library = MustacheLibrary()
        var references: [String: [TemplateScanner.PartialReference]] = [:]
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            let path = paths[name] ?? name
            try Self.checkSize(of: text, path: path)
            references[Self.templateName(name)] = try Self.partials(of: text, path: path)
            do {
                library.register(try MustacheTemplate(string: text), named: Self.templateName(name))
            } catch let error as MustacheTemplate.ParserError {
                throw LoadError(path: path, line: Self.line(of: error, in: text), reason: Self.words(for: error.error))
            }
        }
        let graph = TemplateGraph(references: references, paths: Dictionary(uniqueKeysWithValues: paths.map { (Self.templateName($0.key), $0.value) }))
        try graph.check()
        self.library = library
        self.names = sources.keys.sorted()
        let unused = Self.unusedWarnings(files: Array(files.keys), unusedFiles: unusedFiles, folder: folder, graph: graph)
        let hidden = Self.hiddenNoticeWarnings(overridden: Set(files.keys), sources: sources, paths: paths, graph: graph)
        self.warnings = (graph.unknownPartials() + unused + hidden).sorted()
    }

    /// `report.html.mustache` → `report.html`, the name templates use for partials.
    static func templateName(_ fileName: String) -> String {
        fileName.hasSuffix(".mustache") ? String(fileName.dropLast(".mustache".count)) : fileName
    }

    /// The partials `text` includes; an error for a structural problem or a dynamic partial.
    private static func partials(of text: String, path: String) throws -> [TemplateScanner.PartialReference] {
        switch TemplateScanner.scan(text) {
        case .failure(let problem):
            throw LoadError(path: path, line: problem.line, reason: problem.message)
        case .success(let references):
            if let dynamic = references.first(where: \.dynamic) {
                throw LoadError(path: path, line: dynamic.line, reason: "dynamic partials (`\(dynamic.tag)`) are not supported: a value from the notes would choose the template")
            }
            return references
        }
    }

    /// The `*.mustache` files of `folder` with their text, and the names of its other visible files.
    private static func read(_ folder: URL) throws -> (files: [String: String], unused: [String]) {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw LoadError(path: folder.path, line: nil, reason: "cannot read the templates folder")
        }
        var files: [String: String] = [:]
        for name in entries where name.hasSuffix(".mustache") {
            let url = folder.appendingPathComponent(name)
            guard let data = Self.contents(of: url), let text = String(data: data, encoding: .utf8) else {
                throw LoadError(path: url.path, line: nil, reason: "cannot read template (is it UTF-8 text?)")
            }
            files[name] = text
        }
        return (files, entries.filter { !$0.hasSuffix(".mustache") })
    }

    /// The bytes of the file at `url`, or nil if it cannot be read. Not `FileManager.contents(atPath:)`
    /// or `Data(contentsOf:)`: on Linux both leak 4 KB for each empty file they read.
    static func contents(of url: URL) -> Data? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        do { return try handle.readToEnd() ?? Data() } catch { return nil }
    }

    /// Renders `view` with the template named `name` (e.g. `report.html`).
    func render(_ view: some TemplateView, template name: String) -> String {
        (library ?? DefaultTemplateLibrary.shared.library(rendering: name)).render(view, withTemplate: name) ?? ""
    }
}
