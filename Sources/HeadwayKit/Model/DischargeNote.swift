/// A discharge note (`type: discharge`, docs/note-format.md, section 9): it ends the client's current
/// treatment episode on its date; the client's next note or plan after it starts a new episode. A
/// discharge note is not a session: it never counts as attended.
public struct DischargeNote: Sendable, Hashable {
    /// Why treatment ended, as the services that report outcomes count it.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// The course of treatment was finished as planned.
        case completed
        /// The client stopped coming.
        case droppedOut = "dropped-out"
        /// The client was referred to another service.
        case referredOn = "referred-on"
        /// The client declined further treatment.
        case declined
        /// Another reason.
        case other
    }

    /// Path relative to the notes folder.
    public var path: String
    /// The client id.
    public var client: String
    /// The discharge date: the last day of the episode.
    public var date: Day
    /// Why treatment ended; nil when the note gives no valid reason (an error at its line).
    public var reason: Reason?
    /// The clinician, when given.
    public var clinician: String?
    /// The body's `Summary` section, when it has one with content.
    public var summary: RenderedText?
    /// The body's `Recommendations` section, when it has one with content.
    public var recommendations: RenderedText?
    /// Line of the `date` key, for diagnostics about the note as a whole.
    public var dateLine: Int?

    /// Creates a discharge note.
    public init(path: String, client: String, date: Day, reason: Reason?, clinician: String? = nil,
                summary: RenderedText? = nil, recommendations: RenderedText? = nil, dateLine: Int? = nil) {
        self.path = path
        self.client = client
        self.date = date
        self.reason = reason
        self.clinician = clinician
        self.summary = summary
        self.recommendations = recommendations
        self.dateLine = dateLine
    }
}

extension DischargeNote {
    /// Leaves out what the clinician wrote (the summary, the recommendations, the clinician's name),
    /// for a redacted report: like an excerpt, it is narrative.
    mutating func withoutNarrative() {
        summary = nil
        recommendations = nil
        clinician = nil
    }
}
