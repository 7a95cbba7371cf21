extension IncrementalBatch {
    /// What one update did.
    public struct Update: Sendable {
        /// The candidate files read again, new or gone, by path.
        public var changed: [String]
        /// The clients whose reports were rendered again, sorted.
        public var clients: [String] = []
        /// The files written: the re-rendered clients' reports, then the index.
        public var written: [String] = []
        /// The reports removed, a fresh batch no longer writing them.
        public var removed: [String] = []
        /// The caseload's diagnostics that the one before did not have, sorted.
        public var newDiagnostics: [Diagnostic] = []
        /// What went wrong after reading in this update (a report that could not be written or removed).
        public var failures: [Diagnostic] = []
        /// Errors a fresh batch would count now: the notes', and every client's and the index's failures.
        public var errorCount = 0
    }
}
