/// A section the clinician typed in a review note (its `Summary` or `Updated plan`): `html` in HTML
/// (cmark's safe rendering, for `{{{html}}}`); `text` in both, in Markdown each line of the note's text
/// escaped as a paragraph of its own.
final class ReviewTextView: TemplateView {
    let content: RenderedText
    let markup: Markup

    init(_ content: RenderedText, markup: Markup) {
        self.content = content
        self.markup = markup
    }

    static let fields = ViewFields<ReviewTextView>("review text", [
        .value("html") { view in view.markup.htmlOnly { view.content.html } },
        .value("text") { view in
            view.content.text.split(whereSeparator: \.isNewline).map { view.markup.text(String($0)) }.joined(separator: "\n\n")
        },
    ])
}
