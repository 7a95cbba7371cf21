/// What a run did: what it read of the caseload (its counts, clients and every diagnostic of the notes,
/// and of the output folder's stale reports), the reports and files it wrote, and what went wrong after reading.
public struct RunOutcome: Sendable {
    /// The caseload as read, its diagnostics sorted by path and line.
    public var summary: CaseloadSummary
    /// Reports written (one per client and period, whatever the number of formats).
    public var reports = 0
    /// Files written, relative to the output, in client order whatever the scheduling.
    public var files: [String] = []
    /// Errors after reading, client by client, then the index's, then the output folder's: a note body
    /// that could not be read again, a report that could not be written, a stale report that could not
    /// be removed.
    public var failures: [Diagnostic] = []
    /// Set when the run could not do all it was asked for a reason outside the notes (exit status 2).
    public var stopped: RunError?

    /// Creates the outcome of a run that read a caseload of `summary`.
    public init(summary: CaseloadSummary) {
        self.summary = summary
    }

    /// Creates the outcome of a run that read `caseload`.
    public init(caseload: Caseload) {
        self.init(summary: caseload.summary)
    }

    /// Errors in the notes and after reading: when not zero, some report is incomplete or missing.
    public var errorCount: Int {
        summary.diagnostics.filter { $0.severity == .error }.count + failures.count
    }

    /// Warnings in the notes (and stale reports).
    public var warningCount: Int {
        summary.diagnostics.filter { $0.severity == .warning }.count
    }
}
