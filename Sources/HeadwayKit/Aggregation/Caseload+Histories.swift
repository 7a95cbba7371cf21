extension Caseload {
    /// The history of `client`, as built with the caseload; empty for a client without notes or plans.
    func history(of client: String) -> ClientHistory {
        histories[client] ?? ClientHistory(client: client)
    }
}
