/// The body section a review or discharge note is read for (`Summary`, `Updated plan`, `Recommendations`):
/// the first one under its heading that has content. A later one with content is not read, with a
/// warning at its heading, so that nothing the clinician wrote goes missing in silence.
enum WrittenSection {
    /// The first section of `body` whose heading matches `key` (`GoalArea.matchKey`) and is not blank;
    /// each later one with content is a warning naming `title`, `note` ("review note") and `document`
    /// (where the first is shown: "the review").
    static func first(_ key: String, _ title: String, of body: NoteBody, note: String, document: String,
                      reader: inout FieldReader) -> BodySection? {
        let written = body.sections.filter { GoalArea.matchKey($0.title) == key && !$0.content.text.allSatisfy(\.isWhitespace) }
        for extra in written.dropFirst() {
            reader.add(.warning(reader.path, extra.line, "a second '\(title)' section in this \(note) is not read: "
                                + "\(document) shows the first, on line \(written[0].line); write it under that one"))
        }
        return written.first
    }
}
