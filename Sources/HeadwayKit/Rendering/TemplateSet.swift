import Foundation
import Mustache

/// The Mustache templates reports are rendered with: the defaults embedded in the binary, each
/// replaceable by a file of the same name in a folder of the clinic's own.
public struct TemplateSet: Sendable {
    /// A template that could not be read or parsed.
    public struct LoadError: Error, Equatable, CustomStringConvertible {
        /// The template's file.
        public var path: String
        /// What is wrong.
        public var reason: String
        public var description: String { "\(path): error: \(reason)" }
    }

    let library: MustacheLibrary
    /// File names of the templates, e.g. `report.html.mustache`.
    public let names: [String]

    /// The default templates' file names and contents.
    public static var defaults: [String: String] { DefaultTemplates.files }

    /// The defaults, with every `*.mustache` file of `overrides` (when given) replacing the default of
    /// the same name, or adding a partial.
    public init(overrides: URL? = nil) throws {
        var sources = DefaultTemplates.files
        if let overrides {
            let names = try Self.templateNames(in: overrides)
            for name in names {
                let url = overrides.appendingPathComponent(name)
                guard let data = Self.contents(of: url),
                      let text = String(data: data, encoding: .utf8) else {
                    throw LoadError(path: url.path, reason: "cannot read template (is it UTF-8 text?)")
                }
                sources[name] = text
            }
        }
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: Self.templateName(name))
            } catch let error as MustacheTemplate.ParserError {
                let location = overrides.map { $0.appendingPathComponent(name).path } ?? "Templates/\(name)"
                throw LoadError(path: "\(location):\(error.context.lineNumber)", reason: "template syntax: \(error.error)")
            }
        }
        self.library = library
        self.names = sources.keys.sorted()
    }

    /// `report.html.mustache` → `report.html`, the name templates use for partials.
    static func templateName(_ fileName: String) -> String {
        fileName.hasSuffix(".mustache") ? String(fileName.dropLast(".mustache".count)) : fileName
    }

    /// The bytes of the file at `url`, or nil if it cannot be read. Not `FileManager.contents(atPath:)`
    /// or `Data(contentsOf:)`: on Linux both leak 4 KB for each empty file they read.
    static func contents(of url: URL) -> Data? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        do { return try handle.readToEnd() ?? Data() } catch { return nil }
    }

    private static func templateNames(in folder: URL) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".mustache") && !$0.hasPrefix(".") }
                .sorted()
        } catch {
            throw LoadError(path: folder.path, reason: "cannot read the templates folder")
        }
    }

    /// Renders `context` with the template named `name` (e.g. `report.html`).
    func render(_ context: [String: Any], template name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
