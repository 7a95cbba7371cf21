/// What a run tells of the caseload it read once its reports are made: its counts, its clients and
/// every diagnostic, without its notes, so that a batch read in waves (`Pipeline.run`) need not keep them.
public struct CaseloadSummary: Sendable {
    /// How many candidate files were read.
    public var fileCount: Int
    /// How many valid session notes there are.
    public var noteCount: Int
    /// How many valid plans there are.
    public var planCount: Int
    /// The client ids that have notes or plans, sorted.
    public var clients: [String]
    /// Every diagnostic, sorted by path, then line.
    public var diagnostics: [Diagnostic] {
        didSet { countErrors() }
    }
    /// For a batch, the digest of the files it listed and whose each is (`CaseloadSurvey.digest`): every
    /// part of a sharded batch that read the same notes has the same one.
    public var filesDigest: String?
    /// How many errors each client's files have.
    private var errorsOfClient: [String: Int] = [:]

    /// A summary of these counts, `clients` (sorted) and `diagnostics` (sorted).
    public init(fileCount: Int, noteCount: Int, planCount: Int, clients: [String], diagnostics: [Diagnostic]) {
        self.fileCount = fileCount
        self.noteCount = noteCount
        self.planCount = planCount
        self.clients = clients
        self.diagnostics = diagnostics
        countErrors()
    }

    private mutating func countErrors() {
        errorsOfClient = [:]
        for diagnostic in diagnostics where diagnostic.severity == .error {
            if let client = diagnostic.client { errorsOfClient[client, default: 0] += 1 }
        }
    }

    /// How many errors the files of `client` have.
    public func errorCount(of client: String) -> Int {
        errorsOfClient[client] ?? 0
    }

    /// The clients, sorted, with an error in any of their files: their reports are incomplete, or could
    /// not be made at all (`Caseload.clientsNeedingAttention`).
    public var clientsNeedingAttention: [String] {
        CandidateName.sorted(Array(errorsOfClient.keys))
    }

    /// `" (did you mean 'C-0201'?)"` for an id that is not one of the clients but is the same as one but
    /// for case and punctuation, else empty (`Caseload.didYouMean(client:)`).
    public func didYouMean(client: String) -> String {
        Self.suggestion(for: client, among: clients)
    }

    /// The did-you-mean of `client` among `clients`.
    static func suggestion(for client: String, among clients: [String]) -> String {
        let key = GoalArea.matchKey(client)
        return clients.first { GoalArea.matchKey($0) == key }.map { " (did you mean '\($0)'?)" } ?? ""
    }
}

extension Caseload {
    /// The caseload's counts, clients and diagnostics.
    public var summary: CaseloadSummary {
        CaseloadSummary(fileCount: fileCount, noteCount: notes.count, planCount: plans.count, clients: clients, diagnostics: diagnostics)
    }
}
