import Foundation
import Mustache

extension TemplateSet {
    /// The line of a parse error, within the text: swift-mustache counts a position at the very end of
    /// a text ending in a newline as one line past the last.
    static func line(of error: MustacheTemplate.ParserError, in text: String) -> Int {
        let newlines = text.reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
        let lines = text.last?.isNewline == false ? newlines + 1 : max(1, newlines)
        return min(max(1, error.context.lineNumber), lines)
    }

    /// The largest template file read, in bytes: eight times the largest default template. swift-mustache
    /// 2.1.1's parser measures the rest of the text at every tag, so its time grows with the square of a
    /// template's size (a 1 MB template took 84 s); a clinic's larger template is split into partials.
    static let maximumTemplateBytes = 65_536

    /// A `LoadError` for a template longer than `maximumTemplateBytes`, before it is scanned or parsed.
    static func checkSize(of text: String, path: String) throws {
        let size = text.utf8.count
        guard size > maximumTemplateBytes else { return }
        throw LoadError(path: path, line: nil, reason: "template is \(size) bytes; the limit is \(maximumTemplateBytes) "
                        + "(parsing time grows with the square of a template's size): move parts of it into partials (`{{> name}}`)")
    }

    /// swift-mustache 2.1.1's parse errors in words.
    static func words(for error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect:
            return "this closing tag does not match the section that is open"
        case MustacheTemplate.Error.unfinishedName:
            return "a tag is not closed, or its name has a character names cannot have (names use letters, digits and . - _ ? *)"
        case MustacheTemplate.Error.expectedSectionEnd:
            return "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter:
            return "the set-delimiter tag is not written like `{{=<% %>=}}`"
        case MustacheTemplate.Error.transformAppliedToInheritanceSection:
            return "a block (`{{$name}}`) cannot have a transform such as `first(…)`"
        case MustacheTemplate.Error.illegalTokenInsideInheritSection:
            return "inside `{{<parent}} … {{/parent}}` only blocks (`{{$name}} … {{/name}}`) are allowed"
        case MustacheTemplate.Error.textInsideInheritSection:
            return "inside `{{<parent}} … {{/parent}}` only blocks and spaces are allowed, not text"
        case MustacheTemplate.Error.invalidConfigVariableSyntax:
            return "the setting tag is not written like `{{% CONTENT_TYPE: TEXT }}`"
        case MustacheTemplate.Error.unrecognisedConfigVariable:
            return "unknown setting: the only one is `{{% CONTENT_TYPE: TEXT }}` (or HTML)"
        default:
            return "the template ends in the middle of a tag"
        }
    }

    /// Warnings for files of the templates folder that are never used: names without `.mustache`,
    /// and `.mustache` files that are neither a default template nor included by one.
    static func unusedWarnings(files: [String], unusedFiles: [String], folder: String?, graph: TemplateGraph) -> [Diagnostic] {
        guard let folder else { return [] }
        let defaults = DefaultTemplates.files.keys.sorted()
        let path = { (name: String) in URL(fileURLWithPath: folder).appendingPathComponent(name).path }
        let misnamed = unusedFiles.map { name in
            let hint = defaults.contains(name + ".mustache") ? " (did you mean '\(name).mustache'?)" : Suggestion.didYouMean(name, among: defaults)
            return Diagnostic.warning(path(name), nil, "not used: template files end in '.mustache'\(hint)")
        }
        let unknown = files.filter { !defaults.contains($0) && !graph.isIncluded(templateName($0)) }.map { name in
            Diagnostic.warning(path(name), nil, "not used: it is not one of the default templates, and no template includes it as a partial\(Suggestion.didYouMean(name, among: defaults))")
        }
        return misnamed + unknown
    }

    /// The templates that must show the "Incomplete report" notice, with the partial that shows it.
    static let noticeTemplates = ["report.md": "incomplete.md", "report.html": "incomplete.html",
                                  "review.md": "incomplete.md", "review.html": "incomplete.html",
                                  "discharge.md": "incomplete.md", "discharge.html": "incomplete.html"]

    /// What the warning for the replaced template `name` says to do.
    static func noticeAdvice(_ name: String, partial: String) -> String {
        if name.hasPrefix("discharge") {
            return "does not show the \"Incomplete summary\" notice, so its discharge summaries would not say that errors in the notes left things out: "
                + "say so in a `{{#hasErrors}}` section with `{{errorCountText}}`, as the default discharge summary does (the list itself belongs to `headway check`)"
        }
        guard name.hasPrefix("review") else {
            return "does not show the \"Incomplete report\" notice, so its reports would not say that errors in the notes left things out: add `{{> \(partial)}}` after the safety flags, or list `{{#errors}}` yourself"
        }
        return "does not show the \"Incomplete review\" notice, so its reviews would not say that errors in the notes left things out: "
            + "say so in a `{{#hasErrors}}` section with `{{errorCountText}}`, as the default review does (the list itself belongs to `headway check` and `--with-diagnostics`)"
    }

    /// A warning for each replaced report, review or discharge template that, with all the partials it includes,
    /// never reads `errors` or `hasErrors`: its reports would leave out what the notes' errors named
    /// without saying so.
    static func hiddenNoticeWarnings(overridden: Set<String>, sources: [String: String], paths: [String: String],
                                     graph: TemplateGraph) -> [Diagnostic] {
        noticeTemplates.keys.sorted().filter { overridden.contains($0 + ".mustache") }.compactMap { name in
            let names = graph.reachable(from: name).reduce(into: Set<String>()) { names, template in
                names.formUnion(TemplateScanner.names(in: sources[template + ".mustache"] ?? ""))
            }
            guard names.isDisjoint(with: ["errors", "hasErrors"]), let partial = noticeTemplates[name] else { return nil }
            return Diagnostic.warning(paths[name + ".mustache"] ?? name, nil, noticeAdvice(name, partial: partial))
        }
    }
}
