import Yams

/// Decodes a review note (`type: review`, docs/note-format.md, section 8): `client` and `date` checked as
/// in a session note, the signing `clinician`, and the body's `Summary` and `Updated plan` sections. A review note's body is
/// always read, whatever `NoteParser.readsBodies` says: it is the note's content, and a client has few.
struct ReviewNoteDecoder {
    var reader: FieldReader
    /// The client and date once read, to attribute diagnostics even when the note is rejected.
    private(set) var client: String?
    private(set) var date: Day?

    static let keys = ["type", "client", "date", "clinician", "draft"]
    /// The body sections read, as heading match keys (`GoalArea.matchKey`), with their headings as written in the docs.
    static let summaryHeading = (key: "summary", title: "Summary")
    static let updatedPlanHeading = (key: "updatedplan", title: "Updated plan")

    init(reader: FieldReader) {
        self.reader = reader
    }

    mutating func decode(_ root: Node, frontMatter: FrontMatter) -> ReviewNote? {
        let pairs = reader.pairs(root, known: Self.keys, context: "a review note", ignoring: ObsidianProperties.isIgnored)
        client = Header.client(root, &reader)
        date = Header.requiredDate(root, key: "date", &reader)
        let clinician = pairs.first { $0.key == "clinician" && !FieldReader.isNull($0.value) }.flatMap { reader.string($0.value, $0.key) }
        guard !reader.fileRejected, let client, let date else { return nil }
        let body = BodyAnalyzer.analyze(frontMatter.body, firstLine: frontMatter.bodyFirstLine)
        let dateLine = root.value(forKey: "date").flatMap(reader.line)
        return ReviewNote(path: reader.path, client: client, date: date, clinician: clinician,
                          summary: section(Self.summaryHeading, of: body, dateLine: dateLine),
                          updatedPlan: section(Self.updatedPlanHeading, of: body, dateLine: dateLine),
                          dateLine: dateLine)
    }

    /// The content of the body's first section under `heading` that is not blank (a later one is a
    /// warning, `WrittenSection`), or nil with a warning when there is none or it is empty (the review
    /// then shows a box to write in).
    private mutating func section(_ heading: (key: String, title: String), of body: NoteBody, dateLine: Int?) -> RenderedText? {
        if let written = WrittenSection.first(heading.key, heading.title, of: body, note: "review note", document: "the review", reader: &reader) {
            return written.content
        }
        guard let section = body.sections.first(where: { GoalArea.matchKey($0.title) == heading.key }) else {
            reader.add(.warning(reader.path, dateLine,
                                "review note has no '\(heading.title)' section (a heading '## \(heading.title)'): the review leaves a box to write it in by hand"))
            return nil
        }
        reader.add(.warning(reader.path, section.line,
                            "review note's '\(heading.title)' section is empty: the review leaves a box to write it in by hand"))
        return nil
    }
}
