import Mustache

/// One narrative excerpt as a template sees it (`date`; `html` and `text` in HTML; `text` and `quoted`
/// in Markdown). A report holds hundreds of excerpts, so this is a class the template engine reads
/// directly, and the Markdown forms are escaped only when a template asks for them.
final class ExcerptView: MustacheParent {
    private let excerpt: Excerpt
    private let context: ReportContext

    init(_ excerpt: Excerpt, context: ReportContext) {
        self.excerpt = excerpt
        self.context = context
    }

    func child(named name: String) -> Any? {
        let isMarkdown = context.format == .markdown
        switch name {
        case "date": return excerpt.date.description
        case "html": return isMarkdown ? nil : excerpt.html
        case "text": return context.text(excerpt.text)
        case "quoted": return isMarkdown ? MarkdownEscaping.quote(excerpt.text) : nil
        default: return nil
        }
    }
}
