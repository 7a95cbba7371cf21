import Foundation

/// Every note and plan of a notes folder, validated, with every diagnostic found.
public struct Caseload: Sendable {
    /// Valid session notes, ordered by date, session number, then path.
    public var notes: [SessionNote]
    /// Valid plans, ordered by start, then path.
    public var plans: [TreatmentPlan]
    /// Every diagnostic, sorted by path, then line.
    public var diagnostics: [Diagnostic] {
        didSet { indexDiagnostics() }
    }
    /// How many candidate files were read.
    public var fileCount: Int
    /// Positions in `notes` and `plans` of each client's notes and plans.
    private var notesOfClient: [String: [Int]] = [:]
    private var plansOfClient: [String: [Int]] = [:]
    /// Positions in `diagnostics` of each client's diagnostics.
    private var diagnosticsOfClient: [String: [Int]] = [:]

    private mutating func indexDiagnostics() {
        diagnosticsOfClient = [:]
        for (index, diagnostic) in diagnostics.enumerated() {
            if let client = diagnostic.client { diagnosticsOfClient[client, default: []].append(index) }
        }
    }

    /// The notes of `client`, in order.
    public func notes(of client: String) -> [SessionNote] { (notesOfClient[client] ?? []).map { notes[$0] } }
    /// The diagnostics of `client`'s files, in order.
    public func diagnostics(of client: String) -> [Diagnostic] { (diagnosticsOfClient[client] ?? []).map { diagnostics[$0] } }
    /// The plans of `client`, in order.
    public func plans(of client: String) -> [TreatmentPlan] { (plansOfClient[client] ?? []).map { plans[$0] } }

    /// The date of `client`'s last note.
    public func lastNoteDay(of client: String) -> Day? {
        notesOfClient[client]?.last.map { notes[$0].date }
    }

    /// The date of `client`'s last note, or of its last plan's start when it has no note.
    public func lastDay(of client: String) -> Day? {
        lastNoteDay(of: client) ?? plansOfClient[client]?.last.map { plans[$0].start }
    }

    /// The plan that applies to `client` on `day`: the latest starting on or before it.
    public func applicablePlan(of client: String, on day: Day) -> TreatmentPlan? {
        plans(of: client).last { $0.start <= day }
    }

    /// The client ids that have notes or plans, sorted.
    public var clients: [String] {
        CandidateName.sorted(Array(Set(notes.map(\.client) + plans.map(\.client))))
    }

    /// Reads every candidate file of `source`, in parallel, and reports the folders it could not list and
    /// the near-miss files it did not read. Throws only when the folder itself cannot be listed.
    public static func read(from source: some NoteSource, parser: NoteParser = NoteParser(), monitor: RunMonitor? = nil) throws -> Caseload {
        let listing = try source.listing()
        let paths = listing.paths
        monitor?.expectFiles(paths.count)
        let parsed = Parallel.map(paths, serially: monitor?.serial ?? false) { path -> ParsedFile in
            defer { monitor?.fileRead() }
            do {
                let bytes = try monitor?.measure(.read) { try source.bytes(at: path) } ?? source.bytes(at: path)
                return monitor?.measure(.parse) { parser.parse(path: path, bytes: bytes) } ?? parser.parse(path: path, bytes: bytes)
            } catch {
                return ParsedFile(path: path, content: .rejected, diagnostics: [.error(path, nil, "cannot read file: \(describe(error))")])
            }
        }
        var caseload = assemble(parsed)
        let unread = listing.unreadableFolders.map {
            Diagnostic.error($0.path, nil, "cannot read folder: \($0.reason); the notes in it are left out")
        } + listing.nearMisses.map(\.diagnostic)
        if !unread.isEmpty { caseload.diagnostics = (caseload.diagnostics + unread).sorted() }
        return caseload
    }

    /// Combines parsed files, rejecting duplicate notes and plans (the later path in sorted order).
    public static func assemble(_ files: [ParsedFile]) -> Caseload {
        var diagnostics = files.flatMap(\.diagnostics)
        var notes: [SessionNote] = []
        var notesByDay: [String: [SessionNote]] = [:]  // client and date → accepted notes
        var plans: [TreatmentPlan] = []
        for file in files.sorted(by: { $0.path.precedesByBytes($1.path) }) {
            switch file.content {
            case .note(let note):
                let day = "\(note.client) \(note.date)"
                if let earlier = notesByDay[day]?.first(where: { $0.isSameSession(as: note) }) {
                    var error = Diagnostic.error(note.path, nil, "another note for client \(note.client) on \(note.date)\(note.session.map { " (session \($0))" } ?? "") already exists: \(earlier.path); this one is ignored")
                    error.client = note.client
                    error.date = note.date
                    diagnostics.append(error)
                } else {
                    notes.append(note)
                    notesByDay[day, default: []].append(note)
                }
            case .plan(let plan):
                if let earlier = plans.first(where: { $0.client == plan.client && $0.start == plan.start }) {
                    var error = Diagnostic.error(plan.path, nil, "another plan for client \(plan.client) starting \(plan.start) already exists: \(earlier.path); this one is ignored")
                    error.client = plan.client
                    error.date = plan.start
                    diagnostics.append(error)
                } else {
                    plans.append(plan)
                }
            case .skipped, .rejected:
                break
            }
        }
        notes.sort { ($0.date, $0.session ?? 0, $0.path) < ($1.date, $1.session ?? 0, $1.path) }
        plans.sort { ($0.start, $0.path) < ($1.start, $1.path) }
        var caseload = Caseload(notes: notes, plans: plans, diagnostics: [], fileCount: files.count)
        for (index, note) in notes.enumerated() { caseload.notesOfClient[note.client, default: []].append(index) }
        for (index, plan) in plans.enumerated() { caseload.plansOfClient[plan.client, default: []].append(index) }
        diagnostics += ClientHistory.crossFileWarnings(caseload)
        caseload.diagnostics = diagnostics.sorted()
        return caseload
    }

    private static func describe(_ error: Error) -> String {
        if let error = error as? ReadError { return error.reason }
        if let error = error as? CocoaError {
            switch error.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file (a link to a missing file?)"
            case .fileReadNoPermission: return "permission denied"
            default: break
            }
        }
        return "\(error)"
    }
}

extension SessionNote {
    /// Two notes of one client and date are the same session when their numbers are equal or
    /// either has none.
    func isSameSession(as other: SessionNote) -> Bool {
        client == other.client && date == other.date && (session == nil || other.session == nil || session == other.session)
    }
}
