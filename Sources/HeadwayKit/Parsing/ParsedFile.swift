/// What reading one file gave: a note, a plan, a review or discharge note, or nothing, with the diagnostics found on the way.
public struct ParsedFile: Sendable {
    /// What the file turned out to be.
    public enum Content: Sendable {
        /// A valid session note.
        case note(SessionNote)
        /// A valid treatment plan.
        case plan(TreatmentPlan)
        /// A valid review note (`type: review`).
        case review(ReviewNote)
        /// A valid discharge note (`type: discharge`).
        case discharge(DischargeNote)
        /// Not a note (no front matter, or an unknown `type`): skipped with a warning.
        case skipped
        /// A note or plan with an error: rejected alone.
        case rejected
    }

    /// Path relative to the notes folder.
    public var path: String
    /// What the file turned out to be.
    public var content: Content
    /// Errors and warnings, attributed to the file's client and date where known.
    public var diagnostics: [Diagnostic]
}
