import Foundation

/// The output folder as a run's sink: checked against the notes folder and created when the run
/// prepares it (`OutputFolder.prepare`), written atomically (`ReportWriter`), and after a batch,
/// searched for stale reports, which are removed when the request says so.
public final class FolderSink: ReportSink, @unchecked Sendable {
    /// The output folder as the operator named it (`-o`).
    public let path: String
    /// The notes folder as the operator named it.
    public let notesFolder: String
    /// For a part of a sharded batch, its clients: other parts may write in the same folder at once, so
    /// only these clients' folders are cleared of stale temporary files.
    public let clients: ClientSelection?
    private let lock = NSLock()
    private var folder: OutputFolder?

    /// A sink for the folder `path`, refused if it would put reports where notes are (`notesFolder`),
    /// for the part of a batch that writes `clients` (nil: a whole run).
    public init(path: String, notesFolder: String, clients: ClientSelection? = nil) {
        self.path = path
        self.notesFolder = notesFolder
        self.clients = clients
    }

    /// The prepared folder (nil before `prepare`).
    public var prepared: OutputFolder? { lock.withLock { folder } }

    public func prepare() throws(RunError) {
        do {
            let prepared = try OutputFolder.prepare(path, notesFolder: notesFolder, clients: clients)
            lock.withLock { folder = prepared }
        } catch let refusal as OutputFolder.Refusal {
            throw .outputFolder(refusal)
        } catch {
            throw .outputFolder(OutputFolder.Refusal(path: path, reason: "\(error)"))
        }
    }

    public func write(_ file: RenderedFile) throws(WriteFailure) {
        if let failure = write([file])[0] { throw failure }
    }

    /// Writes `files` atomically and durably, those of one folder flushed to disk together (`ReportWriter`).
    public func write(_ files: [RenderedFile]) -> [WriteFailure?] {
        guard let writer = prepared?.writer else {
            return files.map { WriteFailure(.error($0.path, nil, "cannot write report: the output folder was not prepared")) }
        }
        return writer.write(files).map { result in
            guard case .failure(let error) = result else { return nil }
            return WriteFailure(error.diagnostic)
        }
    }

    /// After a batch: the reports in the folder's client folders named as this batch names them that it
    /// did not write, as warnings, or removed (a removal that fails is an error) when the request prunes;
    /// only in a folder marked as Headway's own.
    public func finish(_ request: ReportRequest) -> (warnings: [Diagnostic], failures: [Diagnostic]) {
        guard request.isBatch, let folder = prepared, let periods = request.periodChoice else { return ([], []) }
        guard folder.isOwn else {
            let why = "--prune removed nothing: this folder is not marked as Headway's own (it held other files when Headway first wrote here, "
                + "and has no \(OutputFolder.markerName) file)"
            return (request.prunesStaleReports ? [.warning(folder.root.path, nil, why)] : [], [])
        }
        let stale = StaleReports(root: folder.root.path, periods: periods, formats: request.reportFormats, suffix: request.audience.fileSuffix,
                                  clients: request.partition?.selection)
        var warnings: [Diagnostic] = []
        var failures: [Diagnostic] = []
        for relative in stale.find(written: folder.writer.requestedPaths) {
            let path = folder.root.path + "/" + relative
            guard request.prunesStaleReports else {
                warnings.append(.warning(path, nil, "stale report: not rewritten by this run (its notes were removed or are invalid); --prune removes it"))
                continue
            }
            do {
                try stale.remove(relative)
                warnings.append(.warning(path, nil, "stale report removed (--prune): not rewritten by this run (its notes were removed or are invalid)"))
            } catch {
                failures.append(.error(path, nil, "cannot remove the stale report: \(error)"))
            }
        }
        return (warnings, failures)
    }
}
