/// Works out the paired outcomes of a finished treatment episode (docs/report-model.md, "Episode
/// outcomes"): PHQ-9 and the anxiety measure, each from its first to its last score in the episode.
enum PairedOutcomes {
    /// A measure of the pairing with its instrument's cutoffs.
    private struct Paired {
        let instrument: Instrument
        let first: Double
        var last: Double
    }

    /// `episode` with its outcomes (nil unless it is finished) from the client's `events`.
    static func adding(to episode: Episode, events: some Sequence<ClientHistory.Event>, configuration: Configuration) -> Episode {
        var episode = episode
        episode.outcomes = outcomes(of: episode, events: events, configuration: configuration)
        return episode
    }

    /// The outcomes of `episode` from the client's `events` (notes and plans, in time order): nil for an
    /// open episode or one with fewer than two attended sessions.
    static func outcomes(of episode: Episode, events: some Sequence<ClientHistory.Event>,
                         configuration: Configuration) -> EpisodeOutcomes? {
        guard episode.discharge != nil else { return nil }
        var notes: [SessionNote] = []
        var plan: TreatmentPlan?
        for event in events where episode.contains(event.date) {
            switch event {
            case .note(let note): notes.append(note)
            case .plan(let latest): plan = latest
            }
        }
        let attended = notes.filter { $0.attendance == .attended }.count
        guard attended >= 2 else { return nil }
        let anxiety = plan?.anxietyMeasure.flatMap(configuration.instrument(named:)) ?? .gad7
        let found = [Instrument.phq9, anxiety].compactMap { instrument in pair(of: instrument, in: notes).map { (instrument, $0) } }
        let pairs = found.map(\.1)
        let paired = found.map { Paired(instrument: $0.0, first: $0.1.first, last: $0.1.last) }
        var outcomes = EpisodeOutcomes(
            attendedSessions: attended, anxietyMeasure: anxiety.name, measures: pairs, caseAtStart: nil, recovered: nil,
            reliableImprovement: nil, reliableDeterioration: nil, reliableRecovery: nil, sessionsToReliableImprovement: nil)
        guard let start = pairs.map(\.firstDate).min() else { return outcomes }
        // A measure scored once, at the start (on or before the paired measure's first score), a case at
        // that score: the client was a case at the start, and without its end score recovery cannot be told
        // (it is not "recovered" on the other measure alone). Scored once later, it tells nothing of the start.
        let unpairedCase = [Instrument.phq9, anxiety].contains { instrument in
            !paired.contains { $0.instrument == instrument }
                && notes.lazy.flatMap { note in note.scores(of: instrument.name).map { (date: note.date, score: $0) } }.first
                    .map { $0.date <= start && instrument.isCase($0.score) == true } ?? false
        }
        let caseAtStart = unpairedCase || paired.contains { $0.instrument.isCase($0.first) == true }
        let recovered: Bool? = unpairedCase ? nil : caseAtStart && paired.allSatisfy { $0.instrument.isCase($0.last) == false }
        let (improved, deteriorated) = reliableChanges(paired)
        outcomes.caseAtStart = caseAtStart
        outcomes.recovered = recovered
        outcomes.reliableImprovement = improved && !deteriorated
        outcomes.reliableDeterioration = deteriorated && !improved
        outcomes.reliableRecovery = recovered.map { $0 && improved && !deteriorated }
        if improved && !deteriorated { outcomes.sessionsToReliableImprovement = sessionsToReliableImprovement(paired, notes) }
        return outcomes
    }

    /// The first and last score of `instrument` in `notes`; nil when it has fewer than two.
    private static func pair(of instrument: Instrument, in notes: [SessionNote]) -> EpisodeOutcomes.Pair? {
        let series = notes.flatMap { note in note.scores(of: instrument.name).map { (date: note.date, score: $0) } }
        guard series.count >= 2, let first = series.first, let last = series.last else { return nil }
        return EpisodeOutcomes.Pair(instrument: instrument.name, first: first.score, last: last.score,
                                    firstDate: first.date, lastDate: last.date)
    }

    /// Whether any measure improved, and whether any deteriorated, by its reliable-change value or more.
    private static func reliableChanges(_ paired: [Paired]) -> (improved: Bool, deteriorated: Bool) {
        let changes = paired.compactMap { measure in
            measure.instrument.reliableChange.map { (change: measure.instrument.improvement(from: measure.first, to: measure.last), by: $0) }
        }
        return (changes.contains { $0.change >= $0.by }, changes.contains { -$0.change >= $0.by })
    }

    /// The attended sessions up to and including the first note whose scores make reliable improvement
    /// hold, each measure's latest score so far standing for its last (its first while not scored again).
    private static func sessionsToReliableImprovement(_ paired: [Paired], _ notes: [SessionNote]) -> Int? {
        var latest = paired.map { Paired(instrument: $0.instrument, first: $0.first, last: $0.first) }
        var attended = 0
        for note in notes {
            if note.attendance == .attended { attended += 1 }
            var scored = false
            for index in latest.indices {
                guard let score = note.scores(of: latest[index].instrument.name).last else { continue }
                latest[index].last = score
                scored = true
            }
            let (improved, deteriorated) = reliableChanges(latest)
            if scored, improved, !deteriorated { return attended }
        }
        return nil
    }
}
