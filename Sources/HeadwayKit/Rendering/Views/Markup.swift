/// How note text is made safe for one output format: the one place that decides, read by every view.
///
/// Markdown templates turn Mustache's escaping off, so free text is backslash-escaped here
/// (`MarkdownEscaping`); HTML templates keep it on, so free text is left as written for `{{…}}` to escape.
struct Markup: Sendable {
    /// The format being rendered (Markdown or HTML).
    let format: OutputFormat

    /// Whether HTML is rendered: the only format with charts and cmark's HTML of excerpts.
    var isHTML: Bool { format == .html }

    /// Free text (note text, ids, labels) as the format needs it.
    func text(_ value: String) -> String {
        format == .markdown ? MarkdownEscaping.escape(value) : value
    }

    /// Free text as a Markdown block quote (`> ` lines); nil in HTML, which quotes with markup.
    func quoted(_ value: String) -> String? {
        format == .markdown ? MarkdownEscaping.quote(value) : nil
    }

    /// A value only HTML shows (inline charts, cmark's HTML), made only when HTML is rendered.
    func htmlOnly<Value>(_ make: () -> Value?) -> Value? {
        isHTML ? make() : nil
    }
}
