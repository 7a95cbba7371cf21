/// Measurement gaps that leave a finished episode without end-of-treatment scores (docs/report-model.md,
/// "Episode outcomes"): a warning, never an error, since nothing written is dropped.
enum MeasurementGaps {
    /// A warning for each discharged episode whose last attended session (of two or more) lacks a score
    /// of PHQ-9 or of the anxiety measure that was scored earlier in the episode: its paired outcomes then
    /// end at an earlier score. Measures never scored in the episode are not asked for. Dated on the
    /// discharge, so a report ending before it does not show it.
    static func warnings(client: String, events: [ClientHistory.Event], episodes: [Episode]) -> [Diagnostic] {
        episodes.compactMap { warning(client: client, events: events, episode: $0) }
    }

    /// The warning of `episode`, if it is discharged with such a gap.
    static func warning(client: String, events: [ClientHistory.Event], episode: Episode) -> Diagnostic? {
        guard let discharge = episode.discharge else { return nil }
        var notes: [SessionNote] = []
        var anxiety = Instrument.gad7.name
        for event in events where episode.contains(event.date) {
            switch event {
            case .note(let note): if note.attendance == .attended { notes.append(note) }
            case .plan(let plan): anxiety = plan.anxietyMeasure ?? Instrument.gad7.name
            }
        }
        guard notes.count >= 2, let last = notes.last else { return nil }
        let missing = [Instrument.phq9.name, anxiety].filter { name in
            !last.hasScore(of: name) && notes.dropLast().contains { $0.hasScore(of: name) }
        }
        guard !missing.isEmpty else { return nil }
        let names = missing.joined(separator: " or ")
        return Diagnostic(
            path: last.path, line: last.dateLine, severity: .warning,
            message: "the last attended session of episode \(episode.number) (discharged on \(discharge.date)) has no \(names) score: "
                + "the episode's paired outcomes end at an earlier score, not at the end of treatment",
            client: client, date: discharge.date)
    }
}
