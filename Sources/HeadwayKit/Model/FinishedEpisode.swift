/// One finished treatment episode as the index's caseload outcomes count it (docs/outcomes.md): a
/// discharged episode with two attended sessions or more, its paired outcomes, who treated it and how.
public struct FinishedEpisode: Sendable, Hashable {
    /// The client id.
    public var client: String
    /// The episode's number among the client's episodes (1, 2, …).
    public var number: Int
    /// The discharge date.
    public var discharged: Day
    /// The clinician named on most attended sessions of the episode (ties: the one of the latest of
    /// them); nil when no attended session names one, or when the run is redacted.
    public var clinician: String?
    /// Every modality named in the episode's attended sessions, in order of first appearance.
    public var modalities: [String]
    /// How many measures pair (0, 1 or 2): what the figures rest on.
    public var pairedMeasures: Int
    /// The paired outcomes (`EpisodeOutcomes`), each nil when no measure pairs (recovery and reliable
    /// recovery also when a measure scored once, at the start, was a case, so recovery cannot be told).
    public var caseAtStart: Bool?
    public var recovered: Bool?
    public var reliableImprovement: Bool?
    public var reliableDeterioration: Bool?
    public var reliableRecovery: Bool?
    public var sessionsToReliableImprovement: Int?

    /// Creates a finished episode from its parts.
    public init(client: String, number: Int, discharged: Day, clinician: String?, modalities: [String], pairedMeasures: Int,
                caseAtStart: Bool?, recovered: Bool?, reliableImprovement: Bool?, reliableDeterioration: Bool?, reliableRecovery: Bool?,
                sessionsToReliableImprovement: Int?) {
        self.client = client
        self.number = number
        self.discharged = discharged
        self.clinician = clinician
        self.modalities = modalities
        self.pairedMeasures = pairedMeasures
        self.caseAtStart = caseAtStart
        self.recovered = recovered
        self.reliableImprovement = reliableImprovement
        self.reliableDeterioration = reliableDeterioration
        self.reliableRecovery = reliableRecovery
        self.sessionsToReliableImprovement = sessionsToReliableImprovement
    }

    /// The finished episode of `client` numbered `number`, discharged on `discharged`, with `outcomes`.
    public init(client: String, number: Int, discharged: Day, clinician: String?, modalities: [String], outcomes: EpisodeOutcomes) {
        self.init(client: client, number: number, discharged: discharged, clinician: clinician, modalities: modalities,
                  pairedMeasures: outcomes.measures.count, caseAtStart: outcomes.caseAtStart, recovered: outcomes.recovered,
                  reliableImprovement: outcomes.reliableImprovement, reliableDeterioration: outcomes.reliableDeterioration,
                  reliableRecovery: outcomes.reliableRecovery, sessionsToReliableImprovement: outcomes.sessionsToReliableImprovement)
    }
}
