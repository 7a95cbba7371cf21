/// Why a client of a batch needs the clinician's attention (the index's "Needs attention" list): safety
/// flags in the latest report, errors in the notes, an overdue plan review, no measure in the last
/// attended sessions, a latest episode whose last attended session lacks a score taken earlier in it,
/// PHQ-9 missing at recent sessions that no `measure-every:` schedule covers.
enum CaseloadAttention {
    /// Attended sessions without a score after which a client is listed ("no measure in the last 3 sessions").
    static let sessionsWithoutMeasure = 3
    /// How many of the latest episode's last attended sessions are checked for PHQ-9 when no schedule says
    /// how often it is taken ("PHQ-9 missing at 4 of the last 10 attended sessions").
    static let phq9Sessions = 10

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
                .suffix(phq9Sessions)
            let missing = recent.filter { !$0.hasScore(of: Instrument.phq9.name) }.count
            if missing > 0 { reasons.append(.missingPHQ9(missing: missing, sessions: recent.count)) }
        }
        return reasons
    }
}
