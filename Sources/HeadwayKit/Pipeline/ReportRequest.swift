/// What a command asks of the pipeline: whose reports, which document over which period(s), in which
/// formats, with which options. The pipeline decides everything that follows from it (which files to
/// parse fully, whether a batch index is written).
public struct ReportRequest: Sendable, Equatable {
    /// Whose reports.
    public enum Clients: Sendable, Equatable {
        /// Every client of the notes folder (a batch, with its index).
        case every
        /// One client, by id exactly as in the notes.
        case one(String)

        /// The one client, or nil for every client.
        var only: String? {
            if case .one(let client) = self { return client }
            return nil
        }
    }

    /// Which document.
    public enum Document: Sendable, Equatable {
        /// Progress reports over the chosen periods, the PDF on `paper`.
        case progress(PeriodChoice, paper: Paper = .a4)
        /// A treatment-plan review on `date` (nil: the client's last note), or of the plan in force at the
        /// end of treatment episode `episode` (its discharge, or its last note while open), the PDF on `paper`.
        case planReview(date: Day?, episode: Int? = nil, paper: Paper)
        /// A discharge summary of the client's treatment episode `episode` (nil: the latest finished one),
        /// from its start to its discharge date, the PDF on `paper`.
        case discharge(episode: Int?, paper: Paper)
    }

    /// Whose reports.
    public var clients: Clients
    /// Which document, over which period(s).
    public var document: Document
    /// The formats, in order, without repeats.
    public var formats: [OutputFormat]
    /// Redaction and the clinic's settings.
    public var options: ReportOptions
    /// Whether a batch removes its stale reports (else it warns about them).
    public var prunesStaleReports: Bool
    /// Whether a review document ends with the appendix of the diagnostics of the client's notes.
    public var reviewDiagnostics: Bool
    /// Who the reports are written for.
    public var audience: Audience
    /// For a batch that is one part of a larger run (`--shard`, `--clients-from`): which clients, and the
    /// partial index it writes instead of the index; nil for a whole batch.
    public var partition: Partition?

    /// Creates a request.
    public init(clients: Clients, document: Document, formats: [OutputFormat], options: ReportOptions = ReportOptions(),
                prunesStaleReports: Bool = false, reviewDiagnostics: Bool = false, audience: Audience = .clinician,
                partition: Partition? = nil) {
        self.clients = clients
        self.document = document
        self.formats = formats
        self.options = options
        self.prunesStaleReports = prunesStaleReports
        self.reviewDiagnostics = reviewDiagnostics
        self.audience = audience
        self.partition = partition
    }

    /// A batch of progress reports for every client writes the index linking them (and looks for stale reports).
    public var isBatch: Bool {
        if case .every = clients, case .progress = document { return true }
        return false
    }

    /// The periods of a batch (nil for a review).
    var periodChoice: PeriodChoice? {
        if case .progress(let choice, _) = document { return choice }
        return nil
    }
}
