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
    /// A measure the client is followed with, and whether it is due in the new note.
    public struct Measure: Sendable, Equatable {
        /// The instrument.
        public var instrument: String
        /// Every how many attended sessions it is taken (`measure-every:`; 1 by default).
        public var sessions: Int
        /// The date of its last score before the new note, if it was ever scored.
        public var lastScored: Day?
        /// In how many attended sessions after this one it falls due (0: due in this note).
        public var dueIn: Int

        /// Whether the new note should score it.
        public var isDue: Bool { dueIn == 0 }
    }

    /// The latest clinician named in the client's notes or plans.
    public var clinician: String?
    /// The goals still worked on, in order of first appearance.
    public var goals: [Goal]
    /// The measures the client is followed with: the instruments it was scored on (in order of first
    /// score), then those of its plan's `measures:` and of the `measure-every:` schedules not yet scored.
    public var measures: [Measure]

    /// The scaffold of a `kind` note for `client` on `date`, from `caseload` (an empty history for a new
    /// client), with measures due as `configuration` and the client's plan schedule them.
    public init(_ kind: Kind, client: String, clientName: String? = nil, date: Day, caseload: Caseload,
                configuration: Configuration = Configuration()) {
        self.kind = kind
        self.client = client
        self.clientName = clientName
        self.date = date
        let notes = caseload.notes(of: client)
        session = (notes.compactMap(\.session).max() ?? notes.count) + 1
        clinician = notes.last { $0.clinician != nil }?.clinician ?? caseload.plans(of: client).last { $0.clinician != nil }?.clinician
        // The note's episode: the client's latest, or a new one when the latest ended before the note's date
        // (goals, plan and measures due of a finished course of treatment are not pulled forward).
        let episodes = caseload.episodes(of: client)
        let startsEpisode = Self.startsEpisode(after: episodes, on: date)
        let episodeStart = startsEpisode ? date : episodes.last?.start
        func inEpisode(_ day: Day) -> Bool { episodeStart.map { day >= $0 } ?? true }
        goals = caseload.history(of: client).goals.filter { track in
            let status = track.sightings.last { $0.status != nil }?.status
            return status != .met && status != .discontinued && track.sightings.contains { inEpisode($0.date) }
        }.map { Goal(id: $0.id, statement: $0.statement, area: $0.area, lastRating: $0.ratings.last) }
        let plan = startsEpisode ? nil : caseload.applicablePlan(of: client, on: date)
        let before = notes.filter { $0.date < date && inEpisode($0.date) }
        measures = Self.instruments(scored: notes, plan: plan, clinic: configuration.measureEvery).map { instrument in
            Self.measure(instrument, sessions: MeasureSchedule.sessions(for: instrument, plan: plan?.measureEvery, clinic: configuration.measureEvery),
                         notes: before)
        }
    }

    /// Whether a note on `date` starts a new episode: the client's latest one ended before it.
    private static func startsEpisode(after episodes: [Episode], on date: Day) -> Bool {
        guard let latest = episodes.last, let end = latest.end else { return false }
        return date > end
    }

    /// The instruments a client is followed with, each once: scored ones first, then the plan's, then scheduled ones.
    private static func instruments(scored notes: [SessionNote], plan: TreatmentPlan?, clinic: MeasureSchedule?) -> [String] {
        var named: [String] = notes.flatMap { $0.measures.map(\.instrument) }
        named += plan?.measures.map(\.instrument) ?? []
        named += plan?.measureEvery?.intervals.map(\.instrument) ?? []
        named += clinic?.intervals.map(\.instrument) ?? []
        var instruments: [String] = []
        for name in named where !instruments.contains(where: { GoalArea.matchKey($0) == GoalArea.matchKey(name) }) { instruments.append(name) }
        return instruments
    }

    /// `instrument` taken every `sessions` attended sessions, as due after `notes` (those before the new one).
    private static func measure(_ instrument: String, sessions: Int, notes: [SessionNote]) -> Measure {
        let last = notes.lastIndex { $0.hasScore(of: instrument) }
        guard let last else { return Measure(instrument: instrument, sessions: sessions, lastScored: nil, dueIn: 0) }
        let attendedSince = notes[notes.index(after: last)...].filter { $0.attendance == .attended }.count
        return Measure(instrument: instrument, sessions: sessions, lastScored: notes[last].date, dueIn: max(0, sessions - attendedSince - 1))
    }
}
