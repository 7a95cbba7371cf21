/// Reads the Markdown bodies of notes that were parsed without them (`NoteParser.readsBodies`), one
/// client at a time, so that a batch holds in memory only the bodies of the clients it is rendering.
public struct BodyReader: Sendable {
    let source: any NoteSource

    /// A reader of files from `source`, the source the notes were first read from.
    public init(source: any NoteSource) {
        self.source = source
    }

    /// `notes` with the bodies of the attended ones analysed (a file that can no longer be read keeps
    /// an empty body).
    public func withBodies(_ notes: [SessionNote]) -> [SessionNote] {
        notes.map { note in
            guard note.attendance == .attended, let bytes = try? source.bytes(at: note.path),
                  let text = String(validating: bytes, as: UTF8.self),
                  case .found(let frontMatter) = FrontMatter.split(text) else { return note }
            var withBody = note
            withBody.body = BodyAnalyzer.analyze(frontMatter.body, firstLine: frontMatter.bodyFirstLine)
            return withBody
        }
    }
}
