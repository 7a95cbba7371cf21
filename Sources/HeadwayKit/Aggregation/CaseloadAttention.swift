/// Why a client of a batch needs the clinician's attention (the index's "Needs attention" list): safety
/// flags in the latest report, errors in the notes, an overdue plan review, no measure in the last
/// attended sessions, a latest episode whose last attended session lacks a score taken earlier in it.
enum CaseloadAttention {
    /// Attended sessions without a score after which a client is listed ("no measure in the last 3 sessions").
    static let sessionsWithoutMeasure = 3

    /// The reasons for `client`, whose latest report in the batch is `latest`, most urgent first.
    static func reasons(for client: String, latest: ProgressReport, in caseload: Caseload) -> [CaseloadIndex.Attention] {
        var reasons: [CaseloadIndex.Attention] = []
        if !latest.safetyFlags.isEmpty { reasons.append(.safetyFlags(latest.safetyFlags.map(\.date))) }
        let errors = caseload.errorCount(of: client)
        if errors > 0 { reasons.append(.errors(errors)) }
        if let due = overdueReview(of: client, in: caseload) { reasons.append(.reviewOverdue(due)) }
        let attended = caseload.notes(of: client).filter { $0.attendance == .attended }.suffix(sessionsWithoutMeasure)
        if attended.count == sessionsWithoutMeasure, attended.allSatisfy({ $0.measures.allSatisfy { $0.score == nil } }) {
            reasons.append(.noRecentMeasure(sessions: sessionsWithoutMeasure))
        }
        let history = caseload.history(of: client)
        if let last = history.episodes.last, let discharged = last.end,
           MeasurementGaps.warning(client: client, events: history.events, episode: last) != nil {
            reasons.append(.unscoredEpisodeEnd(discharged))
        }
        return reasons
    }

    /// The latest review date of the client's current plan (start + n × review-every, n ≥ 1) that fell
    /// before its last session note, when no review note is dated on or after it.
    static func overdueReview(of client: String, in caseload: Caseload) -> Day? {
        guard let last = caseload.lastNoteDay(of: client), let plan = caseload.applicablePlan(of: client, on: last), plan.reviewEvery > 0 else { return nil }
        let periods = (last.ordinal - plan.start.ordinal - 1) / plan.reviewEvery  // due dates strictly before `last`
        guard periods >= 1 else { return nil }
        let due = plan.start.adding(days: periods * plan.reviewEvery)
        let reviewed = caseload.reviews(of: client).contains { $0.date >= due }
        return reviewed ? nil : due
    }
}
