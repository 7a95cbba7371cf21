/// One narrative excerpt as a template sees it: `date`; `html` and `text` in HTML; `text` and `quoted`
/// in Markdown. A report holds hundreds of excerpts; the Markdown forms are escaped only when a
/// template asks for them.
struct ExcerptView: TemplateView {
    let excerpt: Excerpt
    let markup: Markup

    init(_ excerpt: Excerpt, markup: Markup) {
        self.excerpt = excerpt
        self.markup = markup
    }

    static let fields = ViewFields<ExcerptView>("excerpt", [
        .value("date") { $0.excerpt.date.description },
        .value("html") { view in view.markup.htmlOnly { view.excerpt.html } },
        .value("text") { $0.markup.text($0.excerpt.text) },
        .value("quoted") { $0.markup.quoted($0.excerpt.text) },
    ])
}
