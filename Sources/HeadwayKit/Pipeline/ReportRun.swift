import Foundation

/// One run of the pipeline: reports for some clients and periods, written in some formats, with the
/// index of a batch. Reading is done before (`Caseload.read`); this renders and writes.
public struct ReportRun: Sendable {
    /// Which clients (nil: every client of the caseload).
    public var clients: [String]?
    /// Which periods.
    public var periods: PeriodChoice
    /// Which formats, in order.
    public var formats: [OutputFormat]
    /// Redaction and declared areas.
    public var options: ReportOptions
    /// Whether to write `index.md` and `index.html` (and `index.json` when JSON is asked for).
    public var writesIndex: Bool

    /// Creates a run.
    public init(clients: [String]?, periods: PeriodChoice, formats: [OutputFormat], options: ReportOptions, writesIndex: Bool) {
        self.clients = clients
        self.periods = periods
        self.formats = formats
        self.options = options
        self.writesIndex = writesIndex
    }

    /// What a run did.
    public struct Outcome: Sendable {
        /// Reports written (one per client and period, whatever the number of formats).
        public var reports = 0
        /// Files written, relative to the output folder.
        public var files: [String] = []
        /// Files that could not be written.
        public var failures: [String] = []
    }

    /// Renders and writes every report of the run, clients in parallel; the outcome lists files in
    /// client order whatever the scheduling.
    /// `bodies` reads each client's note bodies just before its reports, when the caseload was read without them.
    public func execute(_ caseload: Caseload, renderer: ReportRenderer, writer: ReportWriter, monitor: RunMonitor? = nil,
                        bodies: BodyReader? = nil) -> Outcome {
        let stages = Stages(monitor: monitor)
        let results = Parallel.map(clients ?? caseload.clients, serially: monitor?.serial ?? false) { client in
            run(client: client, caseload: caseload, renderer: renderer, writer: writer, stages: stages, bodies: bodies)
        }
        var outcome = Outcome()
        for result in results {
            outcome.reports += result.outcome.reports
            outcome.files += result.outcome.files
            outcome.failures += result.outcome.failures
        }
        if writesIndex {
            let entries = (results.compactMap(\.entry) + unreported(caseload)).sorted { $0.client.precedesByBytes($1.client) }
            let index = CaseloadIndex(title: periods.title, entries: entries,
                                      outcomes: CaseloadOutcomes(reports: results.compactMap(\.latest)))
            for format in [OutputFormat.markdown, .html] + (formats.contains(.json) ? [.json] : []) {
                _ = write(stages.render { renderer.render(index, as: format) }, to: "index.\(format.fileExtension)", writer, stages, &outcome)
            }
        }
        return outcome
    }

    /// Index entries for the clients with errors but no valid note or plan: listed, so that no client
    /// drops out of the index in silence.
    private func unreported(_ caseload: Caseload) -> [CaseloadIndex.Entry] {
        let reported = Set(clients ?? caseload.clients)
        return caseload.clientsNeedingAttention.filter { !reported.contains($0) }.map { client in
            CaseloadIndex.Entry(client: client, reports: [], summary: "No report: no note or plan of this client could be read (see the errors)",
                                errorCount: caseload.errorCount(of: client))
        }
    }

    /// One client's reports, its index entry and its latest report (trimmed to what the outcomes use).
    private struct ClientResult {
        var outcome = Outcome()
        var entry: CaseloadIndex.Entry?
        var latest: ProgressReport?
    }

    private func run(client: String, caseload: Caseload, renderer: ReportRenderer, writer: ReportWriter, stages: Stages,
                     bodies: BodyReader?) -> ClientResult {
        let read = stages.parse { bodies?.withBodies(caseload.notes(of: client)) ?? (notes: caseload.notes(of: client), diagnostics: []) }
        let reports = stages.aggregate {
            ClientReports(client: client, notes: read.notes, caseload: caseload, options: options, more: read.diagnostics)
        }
        var result = ClientResult()
        result.outcome.failures += read.diagnostics.map(\.formatted)
        var links: [CaseloadIndex.ReportLink] = []
        for period in periods.periods(for: reports) {
            let report = stages.aggregate { reports.report(for: period) }
            result.latest = report
            var link = CaseloadIndex.ReportLink(label: period.label, files: [:])
            for format in formats {
                let path = "\(client)/\(period.slug).\(format.fileExtension)"
                let contents = stages.render { renderer.render(report, as: format) }
                if write(contents, to: path, writer, stages, &result.outcome) { link.files[format] = path }
            }
            if !link.files.isEmpty { result.outcome.reports += 1 }
            links.append(link)
        }
        if let latest = result.latest {
            result.entry = CaseloadIndex.Entry(client: client, reports: links, summary: CaseloadIndex.summary(of: latest),
                                               errorCount: caseload.errorCount(of: client))
            result.latest = latest.outcomesOnly
        }
        return result
    }

    private func write(_ contents: String, to path: String, _ writer: ReportWriter, _ stages: Stages, _ outcome: inout Outcome) -> Bool {
        do {
            try stages.write { try writer.write(contents, to: path) }
            outcome.files.append(path)
            return true
        } catch {
            outcome.failures.append("\(error)")
            return false
        }
    }
}

/// Times the stages of a run when a monitor watches it.
private struct Stages: Sendable {
    let monitor: RunMonitor?

    func parse<T>(_ work: () -> T) -> T { monitor?.measure(.parse, work) ?? work() }
    func aggregate<T>(_ work: () -> T) -> T { monitor?.measure(.aggregate, work) ?? work() }
    func render<T>(_ work: () -> T) -> T { monitor?.measure(.render, work) ?? work() }

    func write(_ work: () throws -> URL) throws {
        _ = try monitor?.measure(.write, work) ?? work()
        monitor?.fileWritten()
    }
}

private extension ProgressReport {
    /// The report without what the caseload outcomes do not use (goals, areas, excerpts, milestones,
    /// revisions), so that a batch does not keep every client's narrative in memory until the index.
    var outcomesOnly: ProgressReport {
        var slim = self
        slim.goals = []
        slim.areas = []
        slim.milestones = []
        slim.revisions = []
        slim.planReview = nil
        return slim
    }
}
