/// The outcome figures of a group of finished episodes (docs/outcomes.md): each a count of episodes
/// out of the episodes it can be told for, so that its share is `count / of` (none when `of` is 0).
public struct EpisodeFigures: Sendable, Equatable {
    /// A count of episodes out of `of`.
    public struct Figure: Sendable, Equatable {
        /// Episodes with the figure.
        public var count = 0
        /// Episodes the figure can be told for: its denominator.
        public var of = 0

        /// `count / of`; nil when `of` is 0.
        public var share: Double? { of == 0 ? nil : Double(count) / Double(of) }

        mutating func add(_ holds: Bool?) {
            guard let holds else { return }
            of += 1
            if holds { count += 1 }
        }
    }

    /// Finished episodes in the group.
    public var episodes = 0
    /// Episodes whose figures rest on both measures, on one only, or on none (of all episodes).
    public var bothMeasures = Figure()
    public var oneMeasure = Figure()
    public var noPairedMeasure = Figure()
    /// A case at the start, of the episodes with a paired measure.
    public var caseAtStart = Figure()
    /// Recovered, and reliably recovered, of the cases at start whose recovery can be told.
    public var recovered = Figure()
    public var reliableRecovery = Figure()
    /// Reliable improvement and reliable deterioration, of the episodes with a paired measure.
    public var reliableImprovement = Figure()
    public var reliableDeterioration = Figure()
    /// The attended sessions it took each reliably improved episode to improve, in episode order.
    public var sessionsToReliableImprovement: [Int] = []

    /// The figures of `episodes`.
    public init(_ episodes: some Sequence<FinishedEpisode>) {
        for episode in episodes { add(episode) }
    }

    private mutating func add(_ episode: FinishedEpisode) {
        episodes += 1
        bothMeasures.add(episode.pairedMeasures >= 2)
        oneMeasure.add(episode.pairedMeasures == 1)
        noPairedMeasure.add(episode.pairedMeasures == 0)
        caseAtStart.add(episode.caseAtStart)
        if episode.caseAtStart == true {
            recovered.add(episode.recovered)
            reliableRecovery.add(episode.reliableRecovery)
        }
        reliableImprovement.add(episode.reliableImprovement)
        reliableDeterioration.add(episode.reliableDeterioration)
        if episode.reliableImprovement == true, let sessions = episode.sessionsToReliableImprovement {
            sessionsToReliableImprovement.append(sessions)
        }
    }

    /// The mean of `sessionsToReliableImprovement`; nil when no episode reliably improved.
    public var meanSessionsToReliableImprovement: Double? {
        sessionsToReliableImprovement.isEmpty ? nil
            : Double(sessionsToReliableImprovement.reduce(0, +)) / Double(sessionsToReliableImprovement.count)
    }

    /// The median of `sessionsToReliableImprovement` (the mean of the middle two for an even count);
    /// nil when no episode reliably improved.
    public var medianSessionsToReliableImprovement: Double? {
        let sorted = sessionsToReliableImprovement.sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
