extension Pipeline {
    /// `headway clients`: each client's note and plan counts and first and last note dates, in the
    /// caseload's client order, and what was read. The folder is read in waves, as a batch reads it, so
    /// that listing a large caseload's ids (for `batch --clients-from`) holds a wave's notes, not the folder's.
    public func clientSummaries() throws(RunError) -> (clients: [ClientSummary], caseload: CaseloadSummary) {
        var clients: [ClientSummary] = []
        let summary = try inWaves(of: try survey()) { caseload in
            clients += caseload.clientSummaries
        }
        return (clients.sorted { $0.client.precedesByBytes($1.client) }, summary)  // the order of `CandidateName.sorted`
    }
}
