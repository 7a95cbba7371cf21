/// A sink that can also take back a file it was given: what `IncrementalBatch` needs to remove the
/// reports a fresh batch would no longer write (a client gone, a month with no note any more).
public protocol RemovingReportSink: ReportSink {
    /// Removes the report at `path` (relative, as it was written); a failure names the file and says why.
    func remove(_ path: String) throws(WriteFailure)
}
