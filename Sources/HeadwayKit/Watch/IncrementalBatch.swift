import Foundation

/// A batch kept current as notes change (`headway watch`). `start()` writes what `headway batch` writes;
/// each `update(_:)` then re-reads only the changed files, assembles again only the parts of the
/// caseload they bear on (`CaseloadParts`: a client's reports depend on its own files and on the ids that
/// name its report folder, and on the bodies of its notes, read when it is rendered), re-renders only the
/// clients whose inputs changed, and the index every time (it depends on every client), and removes the
/// reports it wrote that a fresh batch would no longer write. After every call the sink holds what a
/// fresh batch of the same notes and request writes into an empty folder. Used from one thread at a time.
public final class IncrementalBatch {
    private var pipeline: Pipeline
    private var request: ReportRequest
    private let templates: TemplateSet
    private let sink: any RemovingReportSink
    /// The parsed files and the caseload in parts.
    private var parts: CaseloadParts
    /// Every client and diagnostic of the caseload, for the plan and the index.
    private var summary = Caseload.assemble([], configuration: Configuration())
    /// The listing the files were read from.
    private var listing = NoteListing(paths: [])
    /// Each client's share of the last rendering, by client.
    private var results: [String: Pipeline.ClientResult] = [:]
    /// The clients of the last rendering, in order (the index's).
    private var order: [String] = []
    /// The index's write failures of the last update.
    private var indexFailures: [Diagnostic] = []

    /// A batch of `request` (a batch: every client, progress reports) over `pipeline`'s notes, rendered
    /// with `templates` into `sink`.
    public init(pipeline: Pipeline, request: ReportRequest, templates: TemplateSet, sink: any RemovingReportSink) {
        self.pipeline = pipeline
        self.request = request
        self.templates = templates
        self.sink = sink
        parts = CaseloadParts(configuration: pipeline.configuration)
    }

    /// The first batch: every file read and every report written, as `Pipeline.run` does (stale reports
    /// already in the sink included). Throws, before anything is written, when the batch cannot run.
    public func start() throws(RunError) -> RunOutcome {
        let listing = try list()
        let files = read(listing.paths).map(\.file)
        let caseload = Caseload.assemble(files, listing: listing, configuration: pipeline.configuration)
        self.listing = listing
        _ = parts.replace(files, dropping: [], listing: listing)
        summary = parts.summary()
        let work = try pipeline.plan(request, for: caseload)
        order = work.map(\.client)
        try sink.prepare()
        var outcome = RunOutcome(caseload: caseload)
        let rendered = render(work.map { ($0, caseload) })
        for result in rendered {
            results[result.client] = result
            outcome.reports += result.reports
            outcome.files += result.files
            outcome.failures += result.failures
            if result.printerMissing { outcome.stopped = .printerMissing }
        }
        outcome.files += writeIndex(caseload)
        outcome.failures += indexFailures
        let found = sink.finish(request)
        if !found.warnings.isEmpty { outcome.summary.diagnostics = (outcome.summary.diagnostics + found.warnings).sorted() }
        outcome.failures += found.failures
        return outcome
    }

    /// Brings the output up to date after the files or folders at `changed` (relative to the notes
    /// folder; `""` is the whole folder) changed, appeared or went away: every candidate file under a
    /// changed path, or new, is read again, the others are kept as parsed. When every changed path is a
    /// known note that can still be read (an edit), the folder is not listed again: no name changed.
    public func update(_ changed: Set<String>) throws(RunError) -> Update {
        if !changed.isEmpty, changed.allSatisfy({ parts.files[$0] != nil }) {
            let files = read(changed.sorted { $0.precedesByBytes($1) })
            if files.allSatisfy(\.readable) { return try refresh(listing, reread: files.map(\.file), relisted: false) }
        }
        let listing = try list()
        let files = read(listing.paths.filter { path in
            parts.files[path] == nil || changed.contains(path) || Self.folders(of: path).contains { changed.contains($0) }
        })
        return try refresh(listing, reread: files.map(\.file))
    }

    /// Starts again over `pipeline` (the configuration changed) with `request`: every file is read again
    /// and every client rendered, and what the earlier batch wrote that this one does not is removed.
    public func restart(pipeline: Pipeline, request: ReportRequest) throws(RunError) -> Update {
        self.pipeline = pipeline
        self.request = request
        parts = CaseloadParts(configuration: pipeline.configuration)
        let listing = try list()
        return try refresh(listing, reread: read(listing.paths).map(\.file), everyClient: true)
    }

    // MARK: Steps

    /// The update once `reread` were read again from `listing` (`relisted`: just listed, so that the
    /// files no longer in it are dropped).
    private func refresh(_ listing: NoteListing, reread: [ParsedFile], relisted: Bool = true, everyClient: Bool = false) throws(RunError) -> Update {
        let listed = relisted ? Set(listing.paths) : []
        let dropped = relisted ? parts.files.keys.filter { !listed.contains($0) } : []
        let owners = Set((reread.map(\.path) + dropped).compactMap { parts.files[$0] }.flatMap(\.owners) + reread.flatMap(\.owners))
        let (previous, previousSummary) = (parts.parts, summary)  // the parts alone: a copy of the files would be copied on change
        let touched = parts.replace(reread, dropping: dropped, listing: listing)
        self.listing = listing
        summary = parts.summary()
        let work = try pipeline.plan(request, for: summary)
        let candidates = Set(results.keys).union(work.map(\.client))
        let clients = everyClient ? candidates
            : owners.union(Self.differing(candidates.filter { touched.contains(ClientFolders.folderKey($0)) }, previous, parts))
        var update = Update(changed: (reread.map(\.path) + dropped).sorted { $0.precedesByBytes($1) })
        let known = Set(previousSummary.diagnostics)
        update.newDiagnostics = summary.diagnostics.filter { !known.contains($0) }
        let rendered = render(work.filter { clients.contains($0.client) }.compactMap { work in parts.part(of: work.client).map { (work, $0) } })
        let kept = Set(work.map(\.client))
        for client in CandidateName.sorted(Array(clients)) {
            let old = results[client]
            let new = rendered.first { $0.client == client }
            results[client] = kept.contains(client) ? new : nil
            if new != nil { update.clients.append(client) }
            update.written += new?.files ?? []
            update.failures += new?.failures ?? []
            update.removed += remove(Set(old?.files ?? []).subtracting(new?.files ?? []), &update.failures)
        }
        order = work.map(\.client)
        update.written += writeIndex(summary)
        update.failures += indexFailures
        update.errorCount = summary.diagnostics.filter { $0.severity == .error }.count
            + results.values.reduce(0) { $0 + $1.failures.count } + indexFailures.count
        return update
    }

    private func list() throws(RunError) -> NoteListing {
        do {
            return try pipeline.source.listing()
        } catch {
            throw .cannotListNotes(pipeline.notesFolder, reason: (error as? ReadError)?.reason ?? "\(error)")
        }
    }

    /// Stages 1 and 2 (front matter only) for `paths`, in parallel; `readable` is false for a file
    /// that could not be read (gone, a folder now, no permission).
    private func read(_ paths: [String]) -> [(file: ParsedFile, readable: Bool)] {
        let source = pipeline.source, monitor = pipeline.monitor
        let parser = NoteParser(configuration: pipeline.configuration, readsBodies: false)
        return Parallel.map(paths, serially: monitor.serial) { path in
            do {
                return (parser.parse(path: path, bytes: try source.bytes(at: path)), true)
            } catch {
                return (Caseload.unreadable(path, error), false)
            }
        }
    }

    /// Stages 2 to 5 for each client of `work` from its caseload (the whole one, or its part), in
    /// parallel, in `work`'s order.
    private func render(_ work: [(Pipeline.ClientWork, Caseload)]) -> [Pipeline.ClientResult] {
        let stages = Stages(monitor: pipeline.monitor)
        let renderer = ReportRenderer(templates: templates, configuration: pipeline.configuration, reviewDiagnostics: request.reviewDiagnostics)
        let press = PrintSession(printer: pipeline.printer, width: pipeline.monitor.serial ? 1 : ProcessInfo.processInfo.activeProcessorCount)
        defer { press.close() }
        let pipeline = pipeline, request = request, sink = sink
        return Parallel.map(work, serially: pipeline.monitor.serial) { client, caseload in
            pipeline.report(client, request, caseload, renderer: renderer, press: press, sink: sink, stages: stages)
        }
    }

    /// Writes the index of every client's latest result over `caseload` (its clients and diagnostics);
    /// returns the files written.
    private func writeIndex(_ caseload: Caseload) -> [String] {
        guard let choice = request.periodChoice else { return [] }
        let ordered = order.compactMap { results[$0] }
        let renderer = ReportRenderer(templates: templates, configuration: pipeline.configuration, reviewDiagnostics: request.reviewDiagnostics)
        var files: [String] = []
        indexFailures = []
        pipeline.writeIndex(Pipeline.index(ordered, caseload.summary, choice: choice, redacted: request.options.redact), tables: Pipeline.tables(ordered), request,
                            renderer: renderer, sink: sink,
                            stages: Stages(monitor: pipeline.monitor), &files, &indexFailures)
        return files
    }

    /// Removes `paths` from the sink; returns those removed, failures go to `failures`.
    private func remove(_ paths: Set<String>, _ failures: inout [Diagnostic]) -> [String] {
        var removed: [String] = []
        for path in paths.sorted(by: { $0.precedesByBytes($1) }) {
            do {
                try sink.remove(path)
                removed.append(path)
            } catch {
                failures.append(error.diagnostic)
            }
        }
        return removed
    }

    /// The `candidates` whose notes, plans, review notes or diagnostics are not the same in the `old`
    /// parts (by folder name) as in the `new` (a change of another client's file can touch them: a duplicate, two ids
    /// naming one folder).
    static func differing(_ candidates: Set<String>, _ old: [String: Caseload], _ new: CaseloadParts) -> Set<String> {
        candidates.filter { client in
            let (before, after) = (old[ClientFolders.folderKey(client)], new.part(of: client))
            return before?.notes(of: client) != after?.notes(of: client) || before?.plans(of: client) != after?.plans(of: client)
                || before?.reviews(of: client) != after?.reviews(of: client) || before?.diagnostics(of: client) != after?.diagnostics(of: client)
        }
    }

    /// The folders holding `path`, innermost first, down to `""` (the notes folder).
    static func folders(of path: String) -> [String] {
        var folders: [String] = []
        var rest = Substring(path)
        while let slash = rest.lastIndex(of: "/") {
            rest = rest[..<slash]
            folders.append(String(rest))
        }
        return folders + [""]
    }
}
