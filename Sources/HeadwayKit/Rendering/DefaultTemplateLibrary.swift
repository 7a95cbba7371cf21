import Foundation
import Mustache

/// The default templates built into headway, each parsed when a report is first rendered with it or with
/// a template that includes it, once a process: a run parses only the templates it renders (a JSON batch,
/// the index's; one client's Markdown and HTML report, the report's), not all twenty. swift-mustache's
/// parse takes time that grows faster than a template's size, so this is most of what a small run costs.
final class DefaultTemplateLibrary: @unchecked Sendable {
    /// The one of the process.
    static let shared = DefaultTemplateLibrary()

    private let lock = NSLock()
    /// Each default template parsed so far, by name (`report.html`), with the names of the templates it includes.
    private var parsed: [String: (template: MustacheTemplate, includes: [String])] = [:]
    /// For each name rendered so far, a library of its template and every template it includes.
    private var libraries: [String: MustacheLibrary] = [:]

    private init() {
        HTMLEscaping.register()  // before any template is parsed: HTML templates name it
    }

    /// A library holding the template named `name` (e.g. `index.html`) and every template it includes,
    /// directly or not.
    func library(rendering name: String) -> MustacheLibrary {
        lock.withLock {
            if let library = libraries[name] { return library }
            var library = MustacheLibrary()
            var pending = [name], seen: Set<String> = []
            while let next = pending.popLast() {
                guard seen.insert(next).inserted, let text = DefaultTemplates.files[next + ".mustache"] else { continue }
                let (template, includes) = parse(next, text)
                library.register(template, named: next)
                pending += includes
            }
            libraries[name] = library
            return library
        }
    }

    /// The default template `name` and the names it includes, parsed and scanned once. Called with the lock held.
    private func parse(_ name: String, _ text: String) -> (template: MustacheTemplate, includes: [String]) {
        if let known = parsed[name] { return known }
        do {
            let template = try MustacheTemplate(string: text)
            let includes = (try? TemplateScanner.scan(text).get())?.map(\.name) ?? []
            parsed[name] = (template, includes)
            return (template, includes)
        } catch {
            // Not reachable from any input: the defaults are fixed at build time, and the tests check
            // and parse every one (`TemplateLoadingTests.theDefaultsLoadWithoutWarnings`).
            fatalError("the default template \(name) built into headway does not parse: \(error)")
        }
    }
}
