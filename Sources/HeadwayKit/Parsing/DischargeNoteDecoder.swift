import Yams

/// Decodes a discharge note (`type: discharge`, docs/note-format.md, section 9): `client` and `date`
/// checked as in a session note, the `reason` treatment ended, the `clinician`, and the body's optional
/// `Summary` and `Recommendations` sections. Like a review note's, its body is always read.
struct DischargeNoteDecoder {
    var reader: FieldReader
    /// The client and date once read, to attribute diagnostics even when the note is rejected.
    private(set) var client: String?
    private(set) var date: Day?

    static let keys = ["type", "client", "date", "reason", "clinician", "draft"]
    /// The body sections read, as heading match keys (`GoalArea.matchKey`).
    static let summaryHeading = "summary"
    static let recommendationsHeading = "recommendations"

    init(reader: FieldReader) {
        self.reader = reader
    }

    mutating func decode(_ root: Node, frontMatter: FrontMatter) -> DischargeNote? {
        let pairs = reader.pairs(root, known: Self.keys, context: "a discharge note", ignoring: ObsidianProperties.isIgnored)
        client = Header.client(root, &reader)
        date = Header.requiredDate(root, key: "date", &reader)
        var reason: DischargeNote.Reason?
        var clinician: String?
        for (key, value) in pairs where !FieldReader.isNull(value) {
            switch key {
            case "reason": reason = reader.choice(value, key, as: DischargeNote.Reason.self)
            case "clinician": clinician = reader.string(value, key)
            default: break
            }
        }
        let dateLine = root.value(forKey: "date").flatMap(reader.line)
        if pairs.first(where: { $0.key == "reason" && !FieldReader.isNull($0.value) }) == nil {
            reader.add(.error(reader.path, dateLine, "discharge note has no 'reason' (completed, dropped-out, referred-on, declined or other): "
                              + "the episode still ends on this date, without a reason"))
        }
        guard !reader.fileRejected, let client, let date else { return nil }
        let body = BodyAnalyzer.analyze(frontMatter.body, firstLine: frontMatter.bodyFirstLine)
        return DischargeNote(path: reader.path, client: client, date: date, reason: reason, clinician: clinician,
                             summary: section(Self.summaryHeading, "Summary", of: body),
                             recommendations: section(Self.recommendationsHeading, "Recommendations", of: body), dateLine: dateLine)
    }
}

extension DischargeNoteDecoder {
    /// The content of the first section of `body` whose heading matches `key` and is not blank (`WrittenSection`).
    mutating func section(_ key: String, _ title: String, of body: NoteBody) -> RenderedText? {
        WrittenSection.first(key, title, of: body, note: "discharge note", document: "the discharge summary", reader: &reader)?.content
    }
}
