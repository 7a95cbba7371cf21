/// The values of a new note for a client, pulled forward from its history: what `headway new` writes
/// through the `note.md` template. Ratings are never copied: the last one is only shown as a comment.
public struct NoteScaffold: Sendable {
    /// What kind of note to start.
    public enum Kind: String, Sendable, CaseIterable {
        case session
        case plan
        case review
    }

    /// A goal that is neither met nor discontinued, as last written.
    public struct Goal: Sendable, Equatable {
        /// The goal id as first written.
        public var id: String
        /// The latest wording, when there is one.
        public var statement: String?
        /// The goal's area tag.
        public var area: String
        /// The latest rating, when the goal was ever rated.
        public var lastRating: Rating?
    }

    /// The kind of note.
    public var kind: Kind
    /// The client id.
    public var client: String
    /// The client's name, for a new client (`--name`).
    public var clientName: String?
    /// The note's date (a plan's start).
    public var date: Day
    /// The next session number.
    public var session: Int
    /// The latest clinician named in the client's notes or plans.
    public var clinician: String?
    /// The goals still worked on, in order of first appearance.
    public var goals: [Goal]
    /// The instruments the client was scored on, in order of first score.
    public var measures: [String]

    /// The scaffold of a `kind` note for `client` on `date`, from `caseload` (an empty history for a new client).
    public init(_ kind: Kind, client: String, clientName: String? = nil, date: Day, caseload: Caseload) {
        self.kind = kind
        self.client = client
        self.clientName = clientName
        self.date = date
        let notes = caseload.notes(of: client)
        session = (notes.compactMap(\.session).max() ?? notes.count) + 1
        clinician = notes.last { $0.clinician != nil }?.clinician ?? caseload.plans(of: client).last { $0.clinician != nil }?.clinician
        goals = caseload.history(of: client).goals.filter { track in
            let status = track.sightings.last { $0.status != nil }?.status
            return status != .met && status != .discontinued
        }.map { Goal(id: $0.id, statement: $0.statement, area: $0.area, lastRating: $0.ratings.last) }
        var instruments: [String] = []
        for entry in notes.flatMap(\.measures) where !instruments.contains(entry.instrument) { instruments.append(entry.instrument) }
        measures = instruments
    }
}
