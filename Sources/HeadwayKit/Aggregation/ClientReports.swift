/// Builds the progress reports of one client, for any period, from the client's history.
public struct ClientReports: Sendable {
    /// The client id.
    public let client: String
    let history: ClientHistory
    /// The history indexed once, for every report.
    let index: HistoryIndex
    let diagnostics: [Diagnostic]
    let options: ReportOptions
    /// The client's review notes: the one dated on a period's end goes with that period's plan review
    /// (not when redacted: its text is narrative, like an excerpt).
    let reviews: [ReviewNote]

    /// Prepares the reports of `client` in `caseload`, from the history the caseload built.
    public init(client: String, caseload: Caseload, options: ReportOptions = ReportOptions()) {
        self.init(client: client, history: caseload.history(of: client), caseload: caseload, options: options)
    }

    /// Prepares the reports of `client` from `notes`: the client's notes of `caseload`, in order, with
    /// their bodies read when the caseload was read without them (the caseload's history takes their
    /// bodies; nothing else is worked out again); `more` are diagnostics found on reading them.
    init(client: String, notes: [SessionNote], caseload: Caseload, options: ReportOptions, more: [Diagnostic] = []) {
        self.init(client: client, history: caseload.history(of: client).withBodies(of: notes), caseload: caseload, options: options,
                  more: more)
    }

    private init(client: String, history: ClientHistory, caseload: Caseload, options: ReportOptions, more: [Diagnostic] = []) {
        self.client = client
        self.history = history
        self.index = HistoryIndex(history.events)
        self.diagnostics = caseload.diagnostics(of: client) + more
        self.options = options
        self.reviews = caseload.reviews(of: client)
    }

    /// From the first note to the last (the plans' starts when there are no notes), stretched to the
    /// dates of the client's rejected files, so that a rejected last session is named in the report.
    public var allSessions: Period? {
        let notes = history.notes
        let dates = (notes.isEmpty ? history.events.map(\.date) : notes.map(\.date)) + rejectedDates
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return .allSessions(from: first, to: last)
    }

    /// Every calendar month with a note, or with a rejected file of the client (its report then says
    /// what was left out), in order.
    public var months: [Period] {
        let days = (history.notes.map(\.date) + rejectedDates).sorted()
        var seen: Set<String> = []
        var periods: [Period] = []
        for day in days where seen.insert(day.monthKey).inserted {
            periods.append(.month(containing: day))
        }
        return periods
    }

    /// The days of the client's episode `number` (to its last note while open), or their part in
    /// `within`; nil when it has no such episode or the two have no day in common.
    public func episodePeriod(_ number: Int, within: Period?) -> Period? {
        guard let episode = history.episodes.first(where: { $0.number == number }), let last = allSessions?.to else { return nil }
        return .episode(episode, lastDay: last, within: within)
    }

    /// The dates of the client's files with an error (a file with a value error is a note, and dated already).
    private var rejectedDates: [Day] {
        diagnostics.filter { $0.severity == .error }.compactMap(\.date)
    }

    /// Whether the client has a note or plan dated inside `period` or before it.
    public func hasData(upTo period: Period) -> Bool {
        history.events.contains { $0.date <= period.to }
    }

    /// The report for `period`.
    public func report(for period: Period) -> ProgressReport {
        var report = ReportAssembler(history: history, index: index, period: period, options: options).assemble(warnings: warnings(upTo: period.to))
        report.episodeParts = episodeParts(of: period)
        if !options.redact { report.planReview?.note = reviews.last { $0.date == period.to } }
        if options.redact {  // the discharge note's text is narrative too
            report.episode?.discharge?.withoutNarrative()
            for index in report.episodeParts.indices { report.episodeParts[index].episode.discharge?.withoutNarrative() }
        }
        return report
    }

    private func warnings(upTo day: Day) -> [Diagnostic] {
        diagnostics.filter { ($0.date ?? day) <= day }.sorted()
    }
}
