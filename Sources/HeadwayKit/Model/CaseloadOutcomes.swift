/// Outcome data aggregated across the caseload, as accreditation standards ask for (e.g. Joint
/// Commission CTS.03.01.09): per instrument, how many clients reliably improved, deteriorated,
/// recovered, responded and remitted; the mean GAS T-score; open safety flags.
///
/// Built from each client's latest report of a run; a batch gives it no measure of a client whose last
/// episode is discharged, so that its instruments are the current figures of open episodes (finished
/// ones are `FinishedEpisodes`).
public struct CaseloadOutcomes: Sendable, Equatable {
    /// One instrument across the caseload.
    public struct InstrumentOutcome: Sendable, Equatable {
        /// The instrument's name.
        public var instrument: String
        /// Clients with a baseline and a current score.
        public var clients: [String] = []
        public var improved: [String] = []
        public var deteriorated: [String] = []
        /// Clients who recovered, and how many could (a case at baseline).
        public var recovered: [String] = []
        public var recoveryEligible = 0
        /// Clients who responded, and how many could (a non-zero baseline).
        public var responded: [String] = []
        public var responseEligible = 0
        /// Clients in remission, and how many have a remission rule.
        public var remitted: [String] = []
        public var remissionEligible = 0
    }

    /// A client with safety flags in the period.
    public struct FlaggedClient: Sendable, Equatable {
        public var client: String
        public var flags: [SafetyFlag]
    }

    /// Instruments in order of first appearance across clients.
    public var instruments: [InstrumentOutcome] = []
    /// Each client's latest GAS T-score in the period.
    public var gasScores: [(client: String, tScore: Double)] = []
    /// Clients with safety flags.
    public var flagged: [FlaggedClient] = []

    /// The mean of the clients' latest GAS T-scores; nil when none was rated.
    public var meanGAS: Double? {
        gasScores.isEmpty ? nil : gasScores.reduce(0) { $0 + $1.tScore } / Double(gasScores.count)
    }

    public static func == (lhs: CaseloadOutcomes, rhs: CaseloadOutcomes) -> Bool {
        lhs.instruments == rhs.instruments && lhs.flagged == rhs.flagged
            && lhs.gasScores.map(\.client) == rhs.gasScores.map(\.client) && lhs.gasScores.map(\.tScore) == rhs.gasScores.map(\.tScore)
    }
}
