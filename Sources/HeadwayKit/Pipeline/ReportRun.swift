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

    /// Renders and writes every report of the run.
    public func execute(_ caseload: Caseload, renderer: ReportRenderer, writer: ReportWriter) -> Outcome {
        var outcome = Outcome()
        var entries: [CaseloadIndex.Entry] = []
        var latestReports: [ProgressReport] = []
        for client in clients ?? caseload.clients {
            let reports = ClientReports(client: client, caseload: caseload, options: options)
            var links: [CaseloadIndex.ReportLink] = []
            var latest: ProgressReport?
            for period in periods.periods(for: reports) {
                let report = reports.report(for: period)
                latest = report
                var link = CaseloadIndex.ReportLink(label: period.label, files: [:])
                for format in formats {
                    let path = "\(client)/\(period.slug).\(format.fileExtension)"
                    if write(renderer.render(report, as: format), to: path, writer, &outcome) { link.files[format] = path }
                }
                outcome.reports += 1
                links.append(link)
            }
            if let latest {
                entries.append(.init(client: client, reports: links, summary: CaseloadIndex.summary(of: latest)))
                latestReports.append(latest)
            }
        }
        if writesIndex {
            let index = CaseloadIndex(title: periods.title, entries: entries, outcomes: CaseloadOutcomes(reports: latestReports))
            for format in [OutputFormat.markdown, .html] + (formats.contains(.json) ? [.json] : []) {
                _ = write(renderer.render(index, as: format), to: "index.\(format.fileExtension)", writer, &outcome)
            }
        }
        return outcome
    }

    private func write(_ contents: String, to path: String, _ writer: ReportWriter, _ outcome: inout Outcome) -> Bool {
        do {
            try writer.write(contents, to: path)
            outcome.files.append(path)
            return true
        } catch {
            outcome.failures.append("\(error)")
            return false
        }
    }
}
