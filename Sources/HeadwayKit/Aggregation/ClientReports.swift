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

    /// The periods the client's reports can cover.
    public var dates: ClientDates { ClientDates(history: history, diagnostics: diagnostics) }

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
