/// The page that links every report of a batch run, with a one-line summary per client.
public struct CaseloadIndex: Sendable, Equatable {
    /// One client's line.
    public struct Entry: Sendable, Equatable {
        /// The client id.
        public var client: String
        /// The client's reports, oldest period first.
        public var reports: [ReportLink]
        /// A one-line summary of the latest report.
        public var summary: String
        /// Errors in the client's notes (rejected files and values): the client needs attention, since
        /// its reports are incomplete.
        public var errorCount = 0
        /// The client's name as of the latest report (nil when redacted or never given).
        public var name: String?
        /// The applicable plan's next review date as of the latest report.
        public var reviewDue: Day?
        /// Why the client needs the clinician's attention, most urgent first (empty when nothing does).
        public var attention: [Attention] = []
    }

    /// A reason a client is listed first, under "Needs attention".
    public enum Attention: Sendable, Equatable {
        /// Safety flags in the latest report's period (e.g. PHQ-9 item 9 ≥ 1), on these dates.
        case safetyFlags([Day])
        /// Errors in the client's notes: the reports leave out what they name.
        case errors(Int)
        /// A plan review fell due on this date, before the client's last note, and no review note is dated on or after it.
        case reviewOverdue(Day)
        /// No questionnaire was scored in the client's last `sessions` attended sessions.
        case noRecentMeasure(sessions: Int)
        /// The client's latest episode, discharged on this date, ended without a score its last attended
        /// session should have had (docs/report-model.md, "Episode outcomes").
        case unscoredEpisodeEnd(Day)
        /// PHQ-9 was not scored at `missing` of the client's last `sessions` attended sessions of its latest
        /// episode that no `measure-every:` schedule covers (PHQ-9 is then expected at every session).
        case missingPHQ9(missing: Int, sessions: Int)
        /// `instrument`, which the plan's or headway.yml's `measure-every:` asks for, was missing at `missing`
        /// of the client's last `sessions` attended sessions of its latest episode (each a `check` warning).
        case missingScheduledMeasure(instrument: String, missing: Int, sessions: Int)
    }

    /// One written report.
    public struct ReportLink: Sendable, Equatable {
        /// The period's label.
        public var label: String
        /// Paths relative to the index, one per format written.
        public var files: [OutputFormat: String]
    }

    /// The period the batch covered ("By month", "October 2026", "All sessions", …).
    public var title: String
    /// One entry per client, by client id.
    public var entries: [Entry]
    /// Outcomes across the caseload, from each client's latest report: the current figures of open episodes.
    public var outcomes: CaseloadOutcomes
    /// The finished episodes discharged in the batch's period, with their outcomes.
    public var finished: FinishedEpisodes

    /// How many clients have errors in their notes (their reports are incomplete, or missing).
    public var clientsNeedingAttention: Int { entries.filter { $0.errorCount > 0 }.count }

    /// Creates an index.
    public init(title: String, entries: [Entry], outcomes: CaseloadOutcomes, finished: FinishedEpisodes = FinishedEpisodes()) {
        self.title = title
        self.entries = entries
        self.outcomes = outcomes
        self.finished = finished
    }

    /// A one-line summary of a report: period, sessions, goals improving, milestones, revisions, latest measures.
    public static func summary(of report: ProgressReport) -> String {
        var parts = ["\(report.period.label): \(report.sessions.attended) of \(report.sessions.scheduled) sessions attended"]
        let rated = report.goals.filter { $0.trend != .noData }
        if !rated.isEmpty {
            parts.append("\(rated.filter { $0.trend == .improving }.count) of \(rated.count) rated goals improving")
        }
        if !report.milestones.isEmpty { parts.append(DisplayFormat.count(report.milestones.count, "milestone")) }
        if !report.revisions.isEmpty { parts.append(DisplayFormat.count(report.revisions.count, "revision")) }
        for measure in report.measures {
            if let end = DisplayFormat.number(measure.end) { parts.append("\(measure.instrument) \(end)") }
        }
        return parts.joined(separator: "; ")
    }
}
