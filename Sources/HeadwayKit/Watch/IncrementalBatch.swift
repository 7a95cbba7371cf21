import Foundation

/// A batch kept current as notes change (`headway watch`). `start()` writes what `headway batch` writes;
/// each `update(_:)` then re-reads only the changed files, assembles the caseload again from the parsed
/// files it keeps, re-renders only the clients whose inputs changed and the index, and removes the
/// reports it wrote that a fresh batch would no longer write. After every call the sink holds what a
/// fresh batch of the same notes and request writes into an empty folder.
///
/// A client's reports depend on its own notes, plans, review notes and diagnostics only (a duplicate
/// note, or folders clashing with another client's, is a diagnostic of the clients concerned), and on
/// the bodies of its notes, read when it is rendered; the index depends on every client. So a client is
/// rendered again when one of its files changed or any of those inputs differ, and the index every time.
/// Used from one thread at a time.
public final class IncrementalBatch {
    private var pipeline: Pipeline
    private var request: ReportRequest
    private let templates: TemplateSet
    private let sink: any RemovingReportSink
    /// Every candidate file as last read, by path.
    private var parsed: [String: ParsedFile] = [:]
    private var caseload = Caseload.assemble([])
    /// The listing the caseload was assembled from.
    private var listing = NoteListing(paths: [])
    /// The clients of the last rendering, in order (the index's).
    private var order: [String] = []
    /// Each client's share of the last rendering, by client.
    private var results: [String: Pipeline.ClientResult] = [:]
    /// The index's write failures of the last update.
    private var indexFailures: [Diagnostic] = []

    /// A batch of `request` (a batch: every client, progress reports) over `pipeline`'s notes, rendered
    /// with `templates` into `sink`.
    public init(pipeline: Pipeline, request: ReportRequest, templates: TemplateSet, sink: any RemovingReportSink) {
        self.pipeline = pipeline
        self.request = request
        self.templates = templates
        self.sink = sink
    }

    /// The first batch: every file read and every report written, as `Pipeline.run` does (stale reports
    /// already in the sink included). Throws, before anything is written, when the batch cannot run.
    public func start() throws(RunError) -> RunOutcome {
        let listing = try list()
        parsed = Dictionary(uniqueKeysWithValues: read(listing.paths).map { ($0.file.path, $0.file) })
        caseload = Caseload.assemble(listing.paths.compactMap { parsed[$0] }, listing: listing)
        self.listing = listing
        let work = try pipeline.plan(request, for: caseload)
        order = work.map(\.client)
        try sink.prepare()
        var outcome = RunOutcome(caseload: caseload)
        let rendered = render(work)
        for result in rendered {
            results[result.client] = result
            outcome.reports += result.reports
            outcome.files += result.files
            outcome.failures += result.failures
            if result.printerMissing { outcome.stopped = .printerMissing }
        }
        outcome.files += writeIndex()
        outcome.failures += indexFailures
        let found = sink.finish(request)
        if !found.warnings.isEmpty { outcome.caseload.diagnostics = (outcome.caseload.diagnostics + found.warnings).sorted() }
        outcome.failures += found.failures
        return outcome
    }

    /// Brings the output up to date after the files or folders at `changed` (relative to the notes
    /// folder; `""` is the whole folder) changed, appeared or went away: every candidate file under a
    /// changed path, or new, is read again, the others are kept as parsed. When every changed path is a
    /// known note that can still be read (an edit), the folder is not listed again: no name changed.
    public func update(_ changed: Set<String>) throws(RunError) -> Update {
        if !changed.isEmpty, changed.allSatisfy({ parsed[$0] != nil }) {
            let files = read(changed.sorted { $0.precedesByBytes($1) })
            if files.allSatisfy(\.readable) { return try refresh(listing, reread: files.map(\.file), relisted: false) }
        }
        let listing = try list()
        let files = read(listing.paths.filter { path in
            parsed[path] == nil || changed.contains(path) || Self.folders(of: path).contains { changed.contains($0) }
        })
        return try refresh(listing, reread: files.map(\.file))
    }

    /// Starts again over `pipeline` (the configuration changed) with `request`: every file is read again
    /// and every client rendered, and what the earlier batch wrote that this one does not is removed.
    public func restart(pipeline: Pipeline, request: ReportRequest) throws(RunError) -> Update {
        self.pipeline = pipeline
        self.request = request
        let listing = try list()
        return try refresh(listing, reread: read(listing.paths).map(\.file), everyClient: true)
    }

    // MARK: Steps

    /// The update once `reread` were read again from `listing` (`relisted`: just listed, so that the
    /// files no longer in it are dropped).
    private func refresh(_ listing: NoteListing, reread: [ParsedFile], relisted: Bool = true, everyClient: Bool = false) throws(RunError) -> Update {
        let listed = relisted ? Set(listing.paths) : []
        let dropped = relisted ? parsed.keys.filter { !listed.contains($0) } : []
        var owners = Set((reread.map(\.path) + dropped).compactMap { parsed[$0] }.flatMap(\.owners))
        for path in dropped { parsed[path] = nil }
        for file in reread {
            parsed[file.path] = file
            owners.formUnion(file.owners)
        }
        let previous = caseload
        self.listing = listing
        caseload = Caseload.assemble(listing.paths.compactMap { parsed[$0] }, listing: listing)
        defer { Self.retire(previous) }
        let work = try pipeline.plan(request, for: caseload)
        let candidates = Set(results.keys).union(work.map(\.client))
        let clients = everyClient ? candidates : owners.union(Self.differing(candidates, sharingFoldersWith: owners, previous, caseload))
        var update = Update(changed: (reread.map(\.path) + dropped).sorted { $0.precedesByBytes($1) }, caseload: caseload)
        let known = Set(previous.diagnostics)
        update.newDiagnostics = caseload.diagnostics.filter { !known.contains($0) }
        let rendered = render(work.filter { clients.contains($0.client) })
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
        update.written += writeIndex()
        update.failures += indexFailures
        update.errorCount = caseload.diagnostics.filter { $0.severity == .error }.count
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

    /// Stages 2 to 5 for the clients of `work`, in parallel, in `work`'s order.
    private func render(_ work: [Pipeline.ClientWork]) -> [Pipeline.ClientResult] {
        let stages = Stages(monitor: pipeline.monitor)
        let renderer = ReportRenderer(templates: templates, configuration: pipeline.configuration, reviewDiagnostics: request.reviewDiagnostics)
        let press = PrintSession(printer: pipeline.printer, width: pipeline.monitor.serial ? 1 : ProcessInfo.processInfo.activeProcessorCount)
        defer { press.close() }
        let pipeline = pipeline, request = request, caseload = caseload, sink = sink
        return Parallel.map(work, serially: pipeline.monitor.serial) { client in
            pipeline.report(client, request, caseload, renderer: renderer, press: press, sink: sink, stages: stages)
        }
    }

    /// Writes the index of every client's latest result; returns the files written.
    private func writeIndex() -> [String] {
        guard let choice = request.periodChoice else { return [] }
        let ordered = order.compactMap { results[$0] }
        let renderer = ReportRenderer(templates: templates, configuration: pipeline.configuration, reviewDiagnostics: request.reviewDiagnostics)
        var files: [String] = []
        indexFailures = []
        pipeline.writeIndex(Pipeline.index(ordered, caseload, title: choice.title), request, renderer: renderer, sink: sink,
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

    /// The `candidates` whose notes, plans, review notes or diagnostics are not the same in both
    /// caseloads, among those that share a report folder name with one of `owners` (the clients of the
    /// changed files): only they can be touched by a change of another client's file (two ids naming
    /// one folder are an error of both), as a client's duplicates are its own.
    static func differing(_ candidates: Set<String>, sharingFoldersWith owners: Set<String>, _ old: Caseload, _ new: Caseload) -> Set<String> {
        let folders = Set(owners.map(ClientFolders.folderKey))
        return candidates.filter { client in
            folders.contains(ClientFolders.folderKey(client))
                && (old.notes(of: client) != new.notes(of: client) || old.plans(of: client) != new.plans(of: client)
                    || old.reviews(of: client) != new.reviews(of: client) || old.diagnostics(of: client) != new.diagnostics(of: client))
        }
    }

    /// Lets go of `caseload` on another thread, so that freeing the last caseload's ten thousand notes
    /// does not delay the update's line.
    private static func retire(_ caseload: Caseload) {
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(caseload) {} }
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
