/// Reads the Markdown bodies of notes that were parsed without them (`NoteParser.readsBodies`), one
/// client at a time, so that a batch holds in memory only the bodies of the clients it is rendering.
public struct BodyReader: Sendable {
    let source: any NoteSource

    /// A reader of files from `source`, the source the notes were first read from.
    public init(source: any NoteSource) {
        self.source = source
    }

    /// `notes` with the bodies of the attended ones analysed: in full for the notes dated in one of
    /// `periods` (nil: every note), as an outline for the others (their headings, hashtags and
    /// milestones' tags, which name the areas a report lists, but no narrative: no report of `periods`
    /// shows it, and rendering it is most of a body's cost). A file that can no longer be read, or no
    /// longer holds its front matter, keeps an empty body and gives an error saying its narrative is left out.
    public func withBodies(_ notes: [SessionNote], narrativeWithin periods: [Period]? = nil) -> (notes: [SessionNote], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let narrative = periods.map(PeriodCover.init)
        let read = notes.map { note -> SessionNote in
            guard note.attendance == .attended else { return note }
            let reason: String
            do {
                let bytes = try source.bytes(at: note.path)
                if let text = String(validating: bytes, as: UTF8.self), case .found(let frontMatter) = FrontMatter.split(text) {
                    var withBody = note
                    let detail: BodyAnalyzer.Detail = narrative?.contains(note.date) ?? true ? .full : .outline
                    withBody.body = BodyAnalyzer.analyze(frontMatter.body, firstLine: frontMatter.bodyFirstLine, detail: detail)
                    return withBody
                }
                reason = "the file changed while Headway was running (it no longer starts with its front matter)"
            } catch {
                reason = "the file could not be read again for its narrative: \((error as? ReadError)?.reason ?? "\(error)")"
            }
            diagnostics.append(Diagnostic(path: note.path, line: nil, severity: .error, message: reason,
                                          client: note.client, date: note.date, consequence: "its narrative is left out"))
            return note
        }
        return (read, diagnostics)
    }
}
