/// A clinician's typed treatment-plan review (`type: review`, docs/note-format.md, section 8): the
/// summary and the updated plan that the review document of the same client and date shows instead of
/// empty boxes to write in. A review note is not a session: it never counts as attended.
public struct ReviewNote: Sendable, Hashable {
    /// Path relative to the notes folder.
    public var path: String
    /// The client id.
    public var client: String
    /// The review date: the review document of this date shows the note.
    public var date: Day
    /// The clinician signing the review, when given (else the report's clinician signs).
    public var clinician: String?
    /// The body's `Summary` section, when it has one with content.
    public var summary: RenderedText?
    /// The body's `Updated plan` section, when it has one with content.
    public var updatedPlan: RenderedText?
    /// Line of the `date` key, for diagnostics about the note as a whole.
    public var dateLine: Int?

    /// Creates a review note.
    public init(path: String, client: String, date: Day, clinician: String? = nil, summary: RenderedText? = nil,
                updatedPlan: RenderedText? = nil, dateLine: Int? = nil) {
        self.path = path
        self.client = client
        self.date = date
        self.clinician = clinician
        self.summary = summary
        self.updatedPlan = updatedPlan
        self.dateLine = dateLine
    }
}
