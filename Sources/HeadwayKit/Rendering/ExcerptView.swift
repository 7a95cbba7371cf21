import Mustache

/// One narrative excerpt as a template sees it (`date`; `html` and `text` in HTML; `text` and `quoted`
/// in Markdown). A report holds hundreds of excerpts, so this is a class the template engine reads
/// directly, and the Markdown forms are escaped only when a template asks for them.
final class ExcerptView: MustacheParent {
    private let excerpt: Excerpt
    private let isMarkdown: Bool

    init(_ excerpt: Excerpt, format: OutputFormat) {
        self.excerpt = excerpt
        self.isMarkdown = format == .markdown
    }

    func child(named name: String) -> Any? {
        switch name {
        case "date": return excerpt.date.description
        case "html": return isMarkdown ? nil : excerpt.html
        case "text": return isMarkdown ? MarkdownEscaping.escape(excerpt.text) : excerpt.text
        case "quoted": return isMarkdown ? MarkdownEscaping.quote(excerpt.text) : nil
        default: return nil
        }
    }
}
