extension Caseload {
    /// The history of `client`, as built with the caseload; empty for a client without notes or plans.
    func history(of client: String) -> ClientHistory {
        histories[client] ?? ClientHistory(client: client)
    }
}

extension Caseload {
    /// The treatment episodes of `client`, in order: each from its first note or plan to its discharge
    /// note, the last one open unless the client was discharged.
    public func episodes(of client: String) -> [Episode] {
        history(of: client).episodes
    }
}
