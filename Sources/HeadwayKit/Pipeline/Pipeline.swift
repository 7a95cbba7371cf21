import Foundation

/// Headway's pipeline, in the order of its stages:
///
/// 1. **read** every candidate file of the notes folder,
/// 2. **parse** each file's front matter into a note or a plan (`Caseload`), and later each reported
///    client's note bodies (a client's bodies are parsed only when its reports are made),
/// 3. **aggregate** a client's notes and plans into a `ProgressReport` per period,
/// 4. **render** each report in each format (Mustache templates, JSON, PDF through WeasyPrint),
/// 5. **write** each file to a `ReportSink` (the output folder, or memory in tests).
///
/// Every command that writes reports is a `ReportRequest` run through `run`; `check` runs stages 1 and
/// 2 and the plan findings (`check()`), `clients` stages 1 and 2 (`read()`).
/// A batch first tells whose each file is (`CaseloadSurvey`), then runs every stage a wave of report
/// folders at a time, so that its memory holds one wave's notes, not the folder's.
/// Clients are processed in parallel; the outcome is the same as a serial run's.
public struct Pipeline: Sendable {
    /// Where the notes are.
    public var source: any NoteSource
    /// The notes folder as the operator named it, for messages about it.
    public var notesFolder: String
    /// The clinic's configuration.
    public var configuration: Configuration
    /// Prints PDFs.
    public var printer: PDFPrinter
    /// Watches the run: progress, per-stage timings, serial or parallel.
    public var monitor: RunMonitor
    /// What one report may hold; a report over them is an error for its client, and the run goes on.
    public var limits = ReportLimits()
    /// How many files a batch parses and reports at a time (`CaseloadSurvey.waves(of:)`): its memory
    /// holds one wave's notes, not the folder's.
    var filesPerWave = 2_000

    /// A pipeline reading `source` (named `notesFolder` in messages).
    public init(source: any NoteSource, notesFolder: String, configuration: Configuration = Configuration(),
                printer: PDFPrinter = PDFPrinter(), monitor: RunMonitor = RunMonitor()) {
        self.source = source
        self.notesFolder = notesFolder
        self.configuration = configuration
        self.printer = printer
        self.monitor = monitor
    }

    /// Stages 1 and 2 for every file: each file read and its front matter parsed, in parallel. Bodies
    /// are left for `run`, which parses those of the clients it reports on. With `client`, only the
    /// files of that client and those whose client cannot be told are parsed and kept (`Caseload.read`).
    public func read(only client: String? = nil) throws(RunError) -> Caseload {
        do {
            return try Caseload.read(from: source, parser: frontMatterParser, monitor: monitor, only: client)
        } catch {
            throw cannotList(error)
        }
    }

    /// The parser of stage 2 before the bodies: front matter only.
    var frontMatterParser: NoteParser {
        NoteParser(configuration: configuration, readsBodies: false)
    }

    /// The error of a notes folder that could not be listed.
    func cannotList(_ error: Error) -> RunError {
        .cannotListNotes(notesFolder, reason: (error as? ReadError)?.reason ?? "\(error)")
    }

    /// Runs `request` through every stage, rendering with `templates` and writing into `sink`.
    /// Throws, before anything is written, when the request cannot be met at all.
    public func run(_ request: ReportRequest, templates: TemplateSet, into sink: some ReportSink) throws(RunError) -> RunOutcome {
        let stages = Stages(monitor: monitor)
        let renderer = ReportRenderer(templates: templates, configuration: configuration, reviewDiagnostics: request.reviewDiagnostics)
        let (summary, results) = try report(request, renderer: renderer, into: sink, stages: stages)
        var outcome = RunOutcome(summary: summary)
        for result in results {
            outcome.reports += result.reports
            outcome.files += result.files
            outcome.failures += result.failures
            if result.printerMissing { outcome.stopped = .printerMissing }
        }
        if request.isBatch, let choice = request.periodChoice, request.partition == nil {
            writeIndex(Self.index(results, summary, choice: choice, redacted: request.options.redact), tables: Self.tables(results), request,
                       renderer: renderer, sink: sink, stages: stages, &outcome.files, &outcome.failures)
        }
        if let partition = request.partition { scope(&outcome, to: partition.selection) }
        let found = sink.finish(request)
        if !found.warnings.isEmpty { outcome.summary.diagnostics = (outcome.summary.diagnostics + found.warnings).sorted() }
        outcome.failures += found.failures
        if request.isBatch, let choice = request.periodChoice, let partition = request.partition {
            writePartialIndex(partition, results, summary, title: choice.title, request, sink: sink, stages: stages, &outcome)
        }
        return outcome
    }

    // MARK: Reading and reporting

    /// Stages 1 to 5 for the clients of `request`, the sink prepared once nothing can refuse the run: one
    /// client from a read of its files (`read(only:)`), every client in waves (`reportInWaves`). The
    /// results come in client order.
    private func report(_ request: ReportRequest, renderer: ReportRenderer, into sink: some ReportSink,
                        stages: Stages) throws(RunError) -> (CaseloadSummary, [ClientResult]) {
        guard let client = request.clients.only else { return try reportInWaves(request, renderer: renderer, into: sink, stages: stages) }
        let caseload = try read(only: client)
        let work = try plan(request, for: caseload)
        try sink.prepare()
        let press = printSession()
        defer { press.close() }
        return (caseload.summary, report(work, request, caseload, renderer: renderer, press: press, sink: sink, stages: stages))
    }

    /// Every client's reports, a wave at a time (`inWaves`), the sink prepared once the folder is listed.
    /// A shard parses only the report folders of its clients, and counts only its clients; a list of
    /// clients reads the whole folder, to tell which listed ids no file has.
    private func reportInWaves(_ request: ReportRequest, renderer: ReportRenderer, into sink: some ReportSink,
                               stages: Stages) throws(RunError) -> (CaseloadSummary, [ClientResult]) {
        let survey = try self.survey()
        try sink.prepare()
        let press = printSession()
        defer { press.close() }
        var results: [ClientResult] = []
        let shard = request.partition.flatMap { $0.selection.isShard ? $0.selection : nil }
        let summary = try inWaves(of: survey, selecting: shard) { caseload throws(RunError) in
            results += report(try plan(request, for: caseload), request, caseload, renderer: renderer, press: press, sink: sink, stages: stages)
        }
        return (summary, results.sorted { $0.client.precedesByBytes($1.client) })
    }

    /// The clients of `work`, from `caseload`, in parallel; the results in `work`'s order.
    private func report(_ work: [ClientWork], _ request: ReportRequest, _ caseload: Caseload, renderer: ReportRenderer,
                        press: PrintSession, sink: some ReportSink, stages: Stages) -> [ClientResult] {
        Parallel.map(work, serially: monitor.serial) { client in
            report(client, request, caseload, renderer: renderer, press: press, sink: sink, stages: stages)
        }
    }

    /// The PDF printers of a run: one per core.
    private func printSession() -> PrintSession {
        PrintSession(printer: printer, width: monitor.serial ? 1 : ProcessInfo.processInfo.activeProcessorCount)
    }

    // MARK: Choosing the work

    /// One client's share of a run: its id, and for a review or a discharge summary, the document's period.
    struct ClientWork: Sendable {
        var client: String
        var period: Period?
    }

    /// The clients (and document periods) of `request`; an unknown client, or one with nothing to review, is an error.
    func plan(_ request: ReportRequest, for caseload: Caseload) throws(RunError) -> [ClientWork] {
        let clients: [String]
        switch request.clients {
        case .every:
            clients = request.partition.map { caseload.clients.filter($0.selection.includes) } ?? caseload.clients
        case .one(let client):
            guard caseload.clients.contains(client) else {
                let caseload = try read()  // every client, for the did-you-mean, and the folder's diagnostics
                if case .progress = request.document {
                    throw .noSuchClient(notesFolder: notesFolder, client: client, suggestion: caseload.didYouMean(client: client),
                                        diagnostics: caseload.diagnostics)
                }
                throw .nothingToReview(notesFolder: notesFolder, reason: "no valid note or plan for client '\(client)'\(caseload.didYouMean(client: client))")
            }
            clients = [client]
        }
        switch request.document {
        case .progress(.episode(let number, let within), _) where request.clients != .every:
            try checkEpisode(number, within: within, of: clients[0], caseload)
            return clients.map { ClientWork(client: $0) }
        case .progress:
            return clients.map { ClientWork(client: $0) }
        case .planReview(let date, let episode, _):
            return try reviewWork(clients, on: date, episode: episode, single: request.clients != .every, caseload)
        case .discharge(let episode, _):
            return try dischargeWork(clients, episode: episode, single: request.clients != .every, caseload)
        }
    }

    /// The plan reviews of `clients` on `date` (nil: each client's last day); a client without a plan
    /// is skipped, or, when it is the one client asked for (`single`), an error.
    private func reviewWork(_ clients: [String], on date: Day?, episode number: Int?, single: Bool, _ caseload: Caseload) throws(RunError) -> [ClientWork] {
        var work: [ClientWork] = []
        for client in clients {
            guard let day = try reviewDay(of: client, on: date, episode: number, single: single, caseload) else { continue }
            guard let plan = caseload.applicablePlan(of: client, on: day) else {
                if single {
                    let when = number.map { "in episode \($0) (to \(day))" } ?? "starting on or before \(day)"
                    throw .nothingToReview(notesFolder: notesFolder, reason: "client '\(client)' has no treatment plan \(when)")
                }
                continue
            }
            work.append(ClientWork(client: client, period: Period(from: plan.start, to: day, label: "\(plan.start) to \(day)", slug: "plan-review-\(day)")))
        }
        return work
    }

    // MARK: One client, stages 2 to 5

    /// What one client's share of the run gave.
    struct ClientResult: Sendable {
        var client: String
        var reports = 0
        var files: [String] = []
        var failures: [Diagnostic] = []
        var printerMissing = false
        /// The batch index's links, one per period.
        var links: [CaseloadIndex.ReportLink] = []
        /// The latest report, trimmed to what the caseload outcomes use.
        var latest: ProgressReport?
        /// The batch index's entry for the client (its reports are `links`).
        var entry: CaseloadIndex.Entry?
        /// The client's rows of the batch's CSV tables, every period's (empty unless the batch writes csv).
        var csv = CSVRows()
        /// The client's finished episodes discharged in the batch's period, for the index's outcomes.
        var finished: [FinishedEpisode] = []
    }

    /// Stages 2 to 5 for one client: its bodies parsed, its reports aggregated, rendered and written.
    func report(_ work: ClientWork, _ request: ReportRequest, _ caseload: Caseload, renderer: ReportRenderer,
                        press: PrintSession, sink: some ReportSink, stages: Stages) -> ClientResult {
        let client = work.client
        // The periods first, from the front matter: only their notes' narrative is rendered.
        let periods = work.period.map { [$0] } ?? request.periodChoice?.periods(for: ClientDates(client: client, caseload: caseload)) ?? []
        let bodies = stages.parse { BodyReader(source: source).withBodies(caseload.notes(of: client), narrativeWithin: periods) }
        let reports = stages.aggregate {
            ClientReports(client: client, notes: bodies.notes, caseload: caseload, options: request.options, more: bodies.diagnostics)
        }
        var result = ClientResult(client: client, failures: bodies.diagnostics)
        var waiting = ClientFiles()
        var tabulated: Set<Int> = []  // the reports whose CSV rows a batch keeps for its tables
        for period in periods {
            let report = stages.aggregate { reports.report(for: period) }
            result.links.append(CaseloadIndex.ReportLink(label: period.label, files: [:]))
            let refusal = limits.refusal(of: report)
            let stem = "\(client)/\(period.slug)\(request.audience.fileSuffix)."  // each file's path but its extension
            for format in request.reportFormats {
                let path = stem + format.fileExtension
                if let refusal {
                    result.failures.append(.error(path, nil, refusal))
                    continue
                }
                do {
                    let contents = try stages.render { () throws(PDFPrinter.Failure) in try render(report, as: format, request, renderer, press) }
                    waiting.add(RenderedFile(path: path, contents: contents), link: result.links.count - 1, format: format)
                    if waiting.isFull { write(&waiting, to: sink, stages: stages, &result) }
                } catch {
                    if error == .missing { result.printerMissing = true }
                    result.failures.append(.error(path, nil, "\(error)"))
                }
            }
            if request.writesCSV,
               tabulate(report, prefix: stem, refusal: refusal, link: result.links.count - 1,
                        request, &waiting, &result) {
                tabulated.insert(result.links.count - 1)
            }
            if waiting.isFull { write(&waiting, to: sink, stages: stages, &result) }
            result.latest = report
        }
        write(&waiting, to: sink, stages: stages, &result)
        result.reports = result.links.indices.count { !result.links[$0].files.isEmpty || tabulated.contains($0) }
        if request.isBatch, let latest = result.latest {
            result.entry = CaseloadIndex.Entry(
                client: client, reports: result.links, summary: CaseloadIndex.summary(of: latest), errorCount: caseload.errorCount(of: client),
                name: latest.client.name, reviewDue: latest.planReview?.reviewDue,
                attention: CaseloadAttention.reasons(for: client, latest: latest, in: caseload))
            let window = request.periodChoice?.dischargeWindow
            result.latest = latest.outcomesOnly(episodeOpen: !reports.isDischarged(asOf: window?.to))
            result.finished = stages.aggregate { reports.finishedEpisodes(dischargedIn: window) }
        } else {
            result.latest = nil
        }
        return result
    }

    /// The report's CSV rows (`prefix`: its files' path without the extension): a batch keeps them for
    /// its tables (and then this returns true), `report` adds them to `waiting` as `<prefix>scores.csv`, …,
    /// files of report link `link`. A report over the limits gives no row, and an error.
    private func tabulate(_ report: ProgressReport, prefix: String, refusal: String?, link: Int, _ request: ReportRequest,
                          _ waiting: inout ClientFiles, _ result: inout ClientResult) -> Bool {
        if let refusal {
            result.failures.append(.error(prefix + OutputFormat.csv.fileExtension, nil, refusal))
            return false
        }
        let rows = CSVRows(report)
        if request.isBatch {
            result.csv.append(rows)
            return true
        }
        for table in CSVTable.allCases {
            waiting.add(RenderedFile(path: prefix + table.rawValue + ".csv", contents: .text(rows.file(table))), link: link, format: .csv)
        }
        return false
    }

    /// Stage 4: one report as one format, for the request's audience; a PDF is its print HTML printed by `press`.
    private func render(_ report: ProgressReport, as format: OutputFormat, _ request: ReportRequest,
                        _ renderer: ReportRenderer, _ press: PrintSession) throws(PDFPrinter.Failure) -> RenderedFile.Contents {
        switch request.document {
        case .progress(_, let paper) where format == .pdf:
            return .bytes(try press.pdf(from: renderer.renderForPrint(report.flattenedForPrint(), paper: paper, for: request.audience)))
        case .progress:
            return .text(renderer.render(report, as: format, for: request.audience))
        case .planReview(_, _, let paper) where format == .pdf:
            return .bytes(try press.pdf(from: renderer.renderReview(report.flattenedForPrint(), as: .html, paper: paper, for: request.audience)))
        case .planReview(_, _, let paper):
            return .text(renderer.renderReview(report, as: format, paper: paper, for: request.audience))
        case .discharge(_, let paper) where format == .pdf:
            return .bytes(try press.pdf(from: renderer.renderDischarge(report.flattenedForPrint(), as: .html, paper: paper, for: request.audience)))
        case .discharge(_, let paper):
            return .text(renderer.renderDischarge(report, as: format, paper: paper, for: request.audience))
        }
    }

    /// Stage 5 for one client: its waiting files into the sink together, each written file linked from
    /// its report; a failure is recorded, and the rest of the run goes on.
    private func write(_ waiting: inout ClientFiles, to sink: some ReportSink, stages: Stages, _ result: inout ClientResult) {
        let (files, targets) = waiting.take()
        guard !files.isEmpty else { return }
        for ((file, target), failure) in zip(zip(files, targets), stages.write(files, to: sink)) {
            if let failure {
                result.failures.append(failure.diagnostic)
            } else {
                result.files.append(file.path)
                result.links[target.link].files[target.format] = file.path
            }
        }
    }

    /// Stage 5: one file into the sink; a failure is recorded, and the rest of the run goes on.
    @discardableResult
    func write(_ file: RenderedFile, to sink: some ReportSink, stages: Stages, _ files: inout [String], _ failures: inout [Diagnostic]) -> Bool {
        do {
            try stages.write { () throws(WriteFailure) in try sink.write(file) }
            files.append(file.path)
            return true
        } catch {
            failures.append(error.diagnostic)
            return false
        }
    }

    // MARK: The batch index

    /// The batch index of a run's client `results` over `caseload`, for a batch of the periods `choice`, `redacted` or not.
    static func index(_ results: [ClientResult], _ caseload: CaseloadSummary, choice: PeriodChoice, redacted: Bool) -> CaseloadIndex {
        CaseloadIndex(title: choice.title, entries: entries(results, caseload), outcomes: CaseloadOutcomes(reports: results.compactMap(\.latest)),
                      finished: FinishedEpisodes(results.flatMap(\.finished), monthly: choice == .byMonth, redacted: redacted))
    }

    /// Writes `index` in Markdown and HTML, and in JSON when the request asks for JSON, and the CSV tables
    /// of `tables` when it asks for csv, each file rendered and written on its own core (the index lists
    /// every client, and `watch` rewrites it at each update: its renderings and flushes to disk overlap);
    /// the files and failures are recorded in this order.
    func writeIndex(_ index: CaseloadIndex, tables: CSVRows, _ request: ReportRequest, renderer: ReportRenderer, sink: some ReportSink,
                    stages: Stages, _ files: inout [String], _ failures: inout [Diagnostic]) {
        let parts = Self.indexFormats(json: request.formats.contains(.json)).map(IndexPart.index)
            + (request.writesCSV ? CSVTable.allCases.map(IndexPart.table) : [])
        let written = Parallel.map(parts, serially: monitor.serial) { part -> (files: [String], failures: [Diagnostic]) in
            let file: RenderedFile
            switch part {
            case .index(let format):
                file = RenderedFile(path: Self.indexPath(format, for: request.audience), contents: .text(stages.render { renderer.render(index, as: format) }))
            case .table(let table):
                file = RenderedFile(path: table.fileName(for: request.audience), contents: .text(stages.render { tables.file(table) }))
            }
            var files: [String] = [], failures: [Diagnostic] = []
            write(file, to: sink, stages: stages, &files, &failures)
            return (files, failures)
        }
        for result in written {
            files += result.files
            failures += result.failures
        }
    }

    /// One file `writeIndex` writes: the index in a format, or a CSV table.
    private enum IndexPart: Sendable {
        case index(OutputFormat)
        case table(CSVTable)
    }

    /// The CSV rows of a batch: every client's in client-id order (by bytes), each client's period by period.
    static func tables(_ results: [ClientResult]) -> CSVRows {
        var rows = CSVRows()
        for result in results.sorted(by: { $0.client.precedesByBytes($1.client) }) { rows.append(result.csv) }
        return rows
    }

    /// The formats of a batch index: Markdown and HTML, and JSON when the batch writes JSON.
    static func indexFormats(json: Bool) -> [OutputFormat] {
        [.markdown, .html] + (json ? [.json] : [])
    }

    /// The index file of `format` for `audience`: `index.md`, `index.client.html`.
    static func indexPath(_ format: OutputFormat, for audience: Audience) -> String {
        "index\(audience.fileSuffix).\(format.fileExtension)"
    }

    /// The index entries: every reported client, and the clients with errors but no valid note or plan
    /// (listed, so that no client drops out of the index in silence; of a partition, those it selects), by client id.
    static func entries(_ results: [ClientResult], _ caseload: CaseloadSummary, selection: ClientSelection? = nil) -> [CaseloadIndex.Entry] {
        let reported = results.compactMap(\.entry)
        let clients = Set(caseload.clients)
        let unreported = caseload.clientsNeedingAttention.filter { !clients.contains($0) && selection?.includes($0) != false }.map { client in
            CaseloadIndex.Entry(client: client, reports: [], summary: "No report: no note or plan of this client could be read (see the errors)",
                                errorCount: caseload.errorCount(of: client), attention: [.errors(caseload.errorCount(of: client))])
        }
        return (reported + unreported).sorted { $0.client.precedesByBytes($1.client) }
    }
}

private extension ProgressReport {
    /// The report without what the caseload outcomes do not use (goals, areas, excerpts, milestones,
    /// revisions), so that a batch does not keep every client's narrative in memory until the index; and
    /// without its measures unless `episodeOpen`, since the current figures are those of open episodes.
    func outcomesOnly(episodeOpen: Bool) -> ProgressReport {
        var slim = self
        if !episodeOpen { slim.measures = [] }
        slim.goals = []
        slim.areas = []
        slim.milestones = []
        slim.revisions = []
        slim.planReview = nil
        return slim
    }
}
