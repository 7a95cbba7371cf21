/// Why a client of a batch needs the clinician's attention (the index's "Needs attention" list): safety
/// flags in the latest report, errors in the notes, an overdue plan review, no measure in the last
/// attended sessions, a latest episode whose last attended session lacks a score taken earlier in it,
/// PHQ-9 missing at recent sessions that no `measure-every:` schedule covers, a measure missing at recent
/// sessions where a `measure-every:` schedule asks for it.
enum CaseloadAttention {
    /// Attended sessions without a score after which a client is listed ("no measure in the last 3 sessions").
    static let sessionsWithoutMeasure = 3
    /// How many of the latest episode's last attended sessions are checked for PHQ-9 when no schedule says
    /// how often it is taken ("PHQ-9 missing at 4 of the last 10 attended sessions"), and for the measures
    /// a schedule asks for.
    static let recentSessions = 10

    /// The reasons for `client`, whose latest report in the batch is `latest`, most urgent first.
    static func reasons(for client: String, latest: ProgressReport, in caseload: Caseload) -> [CaseloadIndex.Attention] {
        var reasons: [CaseloadIndex.Attention] = []
        if !latest.safetyFlags.isEmpty { reasons.append(.safetyFlags(latest.safetyFlags.map(\.date))) }
        let errors = caseload.errorCount(of: client)
        if errors > 0 { reasons.append(.errors(errors)) }
        if let overdue = OverdueReview.due(of: client, in: caseload) { reasons.append(.reviewOverdue(overdue.due)) }
        let attended = caseload.notes(of: client).filter { $0.attendance == .attended }.suffix(sessionsWithoutMeasure)
        if attended.count == sessionsWithoutMeasure, attended.allSatisfy({ $0.measures.allSatisfy { $0.score == nil } }) {
            reasons.append(.noRecentMeasure(sessions: sessionsWithoutMeasure))
        }
        let history = caseload.history(of: client)
        if let last = history.episodes.last, let discharged = last.end,
           MeasurementGaps.warning(client: client, events: history.events, episode: last) != nil {
            reasons.append(.unscoredEpisodeEnd(discharged))
        }
        if let last = history.episodes.last {
            let recent = UnscheduledPHQ9Gaps.sessions(events: history.events, episode: last, clinic: history.clinicSchedule).attended
                .suffix(recentSessions)
            let missing = recent.filter { !$0.hasScore(of: Instrument.phq9.name) }.count
            if missing > 0 { reasons.append(.missingPHQ9(missing: missing, sessions: recent.count)) }
            reasons += scheduledGaps(in: history, episode: last)
        }
        return reasons
    }

    /// One reason per instrument that a `measure-every:` schedule asks for and that is missing at any of
    /// the last `recentSessions` attended sessions of `episode` (the gaps `check` warns about), in the order
    /// of their first gap there.
    private static func scheduledGaps(in history: ClientHistory, episode: Episode) -> [CaseloadIndex.Attention] {
        let recent = history.events.compactMap { event -> SessionNote? in
            guard case .note(let note) = event, note.attendance == .attended, episode.contains(note.date) else { return nil }
            return note
        }.suffix(recentSessions)
        let window = Set(recent.map(\.path))
        var counts: [(instrument: String, missing: Int)] = []
        for gap in ScheduledMeasureGaps.gaps(events: history.events, episode: episode, clinic: history.clinicSchedule)
        where window.contains(gap.note.path) {
            if let index = counts.firstIndex(where: { $0.instrument == gap.instrument }) {
                counts[index].missing += 1
            } else {
                counts.append((gap.instrument, 1))
            }
        }
        return counts.map { .missingScheduledMeasure(instrument: $0.instrument, missing: $0.missing, sessions: recent.count) }
    }
}
