/// Where a run's reports go: the output folder (`FolderSink`), or memory (`InMemorySink`, for tests
/// of whole runs in process). Called from several threads at once.
public protocol ReportSink: Sendable {
    /// Called once, before the first file is rendered: a folder sink checks and creates its folder here,
    /// so that a run refused for its notes leaves nothing behind.
    func prepare() throws(RunError)
    /// Writes one file; a failure names the file and says why, as an error diagnostic.
    func write(_ file: RenderedFile) throws(WriteFailure)
    /// Writes several files (one client's reports), which a folder sink flushes to disk together;
    /// returns, for each file in order, nil or why it failed (a failure leaves the others written).
    func write(_ files: [RenderedFile]) -> [WriteFailure?]
    /// Called once after the last file of `request`: what the sink has to say about what it holds that
    /// the run did not write (a folder sink's stale reports), as warnings, and failures (a stale report
    /// that could not be removed).
    func finish(_ request: ReportRequest) -> (warnings: [Diagnostic], failures: [Diagnostic])
}

extension ReportSink {
    /// Writes the files one by one.
    public func write(_ files: [RenderedFile]) -> [WriteFailure?] {
        files.map { file -> WriteFailure? in
            do throws(WriteFailure) {
                try write(file)
                return nil
            } catch {
                return error
            }
        }
    }
}
