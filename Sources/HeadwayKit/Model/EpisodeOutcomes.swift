/// The paired outcomes of a finished treatment episode (one with a discharge note and at least two
/// attended sessions), as services report them (docs/report-model.md, "Episode outcomes"): from the
/// first and last score of the episode on PHQ-9 and on the client's anxiety measure.
public struct EpisodeOutcomes: Sendable, Hashable {
    /// The first and last score of one measure in the episode: a pair, so two scores on two days.
    public struct Pair: Sendable, Hashable {
        /// The instrument's name.
        public var instrument: String
        /// The episode's first score.
        public var first: Double
        /// The episode's last score.
        public var last: Double
        /// The date of the first score.
        public var firstDate: Day
        /// The date of the last score, after `firstDate`.
        public var lastDate: Day

        /// Creates a pair.
        public init(instrument: String, first: Double, last: Double, firstDate: Day, lastDate: Day) {
            self.instrument = instrument
            self.first = first
            self.last = last
            self.firstDate = firstDate
            self.lastDate = lastDate
        }
    }

    /// Attended sessions in the episode (two or more).
    public var attendedSessions: Int
    /// The anxiety measure of the episode: the plan's `anxiety-measure`, else GAD-7.
    public var anxietyMeasure: String
    /// The measures that pair (PHQ-9 first, then the anxiety measure), each with two scores or more in
    /// the episode; a measure scored once or never is missing.
    public var measures: [Pair]
    /// Whether the client was a case at the start: a first score at or past its caseness on any
    /// measure used; nil when no measure pairs.
    public var caseAtStart: Bool?
    /// A case at the start and, at the end, no longer a case on any measure used; nil when no measure pairs.
    public var recovered: Bool?
    /// At least one measure improved by its reliable-change value or more and none deteriorated by it;
    /// nil when no measure pairs.
    public var reliableImprovement: Bool?
    /// At least one measure deteriorated by its reliable-change value or more and none improved by it;
    /// nil when no measure pairs.
    public var reliableDeterioration: Bool?
    /// Recovered and reliably improved; nil when no measure pairs.
    public var reliableRecovery: Bool?
    /// Attended sessions up to and including the first score at which reliable improvement held, when
    /// the episode ends reliably improved; else nil.
    public var sessionsToReliableImprovement: Int?

    /// Creates the outcomes of an episode.
    public init(attendedSessions: Int, anxietyMeasure: String, measures: [Pair], caseAtStart: Bool?, recovered: Bool?,
                reliableImprovement: Bool?, reliableDeterioration: Bool?, reliableRecovery: Bool?,
                sessionsToReliableImprovement: Int?) {
        self.attendedSessions = attendedSessions
        self.anxietyMeasure = anxietyMeasure
        self.measures = measures
        self.caseAtStart = caseAtStart
        self.recovered = recovered
        self.reliableImprovement = reliableImprovement
        self.reliableDeterioration = reliableDeterioration
        self.reliableRecovery = reliableRecovery
        self.sessionsToReliableImprovement = sessionsToReliableImprovement
    }

    /// The names of the measures the definitions use, PHQ-9 first.
    public var measuresUsed: [String] { measures.map(\.instrument) }

    /// What the figures rest on: "PHQ-9 and GAD-7", "PHQ-9 only", "GAD-7 only" or "no paired measure".
    public var basis: String {
        switch measures.count {
        case 0: return "no paired measure"
        case 1: return "\(measures[0].instrument) only"
        default: return measuresUsed.joined(separator: " and ")
        }
    }
}
