import Foundation

/// Every note and plan of a notes folder, validated, with every diagnostic found.
public struct Caseload: Sendable {
    /// Valid session notes, ordered by date, session number, then path.
    public var notes: [SessionNote]
    /// Valid plans, ordered by start, then path.
    public var plans: [TreatmentPlan]
    /// Valid review notes, ordered by date, then path; they are not sessions.
    public var reviews: [ReviewNote] = []
    /// Valid discharge notes, ordered by date, then path; each ends its client's episode on its date.
    public var discharges: [DischargeNote] = []
    /// Every diagnostic, sorted by path, then line.
    public var diagnostics: [Diagnostic] {
        didSet { indexDiagnostics() }
    }
    /// How many candidate files were read.
    public var fileCount: Int
    /// Positions in `notes`, `plans`, `reviews` and `discharges` of each client's notes, plans, review and discharge notes.
    private var notesOfClient: [String: [Int]] = [:]
    private var plansOfClient: [String: [Int]] = [:]
    private var reviewsOfClient: [String: [Int]] = [:]
    private var dischargesOfClient: [String: [Int]] = [:]
    /// Positions in `diagnostics` of each client's diagnostics.
    private var diagnosticsOfClient: [String: [Int]] = [:]
    /// Each client's history, built once with the caseload, for its cross-file warnings and its reports.
    private(set) var histories: [String: ClientHistory] = [:]

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

    /// The date of `client`'s last session or review note (the review's default date), or of its last
    /// plan's start when it has neither.
    public func lastDay(of client: String) -> Day? {
        [lastNoteDay(of: client), reviews(of: client).last?.date].compactMap { $0 }.max()
            ?? plansOfClient[client]?.last.map { plans[$0].start }
    }

    /// The review notes of `client`, in order.
    public func reviews(of client: String) -> [ReviewNote] { (reviewsOfClient[client] ?? []).map { reviews[$0] } }

    /// The discharge notes of `client`, in order.
    public func discharges(of client: String) -> [DischargeNote] { (dischargesOfClient[client] ?? []).map { discharges[$0] } }

    /// The plan that applies to `client` on `day`: the latest starting on or before it, within the
    /// treatment episode of that day (a plan of an earlier episode no longer applies).
    public func applicablePlan(of client: String, on day: Day) -> TreatmentPlan? {
        let episode = episodes(of: client).last { $0.start <= day }
        return Episodes.plan(plans(of: client).last { $0.start <= day }, in: episode)
    }

    /// `" (did you mean 'C-0201'?)"` for a client id that is not in the caseload but is the same as one
    /// that is but for case and punctuation, else empty. Ids a digit apart are other clients, never suggested.
    public func didYouMean(client: String) -> String {
        CaseloadSummary.suggestion(for: client, among: clients)
    }

    /// How many errors the files of `client` have.
    public func errorCount(of client: String) -> Int {
        diagnostics(of: client).filter { $0.severity == .error }.count
    }

    /// The clients, sorted, with an error in any of their files (rejected files and values, clashing ids):
    /// their reports are incomplete, or could not be made at all.
    public var clientsNeedingAttention: [String] {
        CandidateName.sorted(Array(Set(diagnostics.filter { $0.severity == .error }.compactMap(\.client))))
    }

    /// The client ids that have notes or plans, sorted.
    public var clients: [String] {
        CandidateName.sorted(Array(Set(notes.map(\.client) + plans.map(\.client))))
    }

    /// Combines parsed files, rejecting duplicate notes, plans, review and discharge notes (the later path
    /// in sorted order), with `configuration`'s measure schedule for the measurement gaps.
    public static func assemble(_ files: [ParsedFile], configuration: Configuration) -> Caseload {
        let clash = ClientFolders.clashes(in: files)
        var diagnostics = files.flatMap(\.diagnostics) + clash.diagnostics
        var notes: [SessionNote] = []
        var notesByDay: [NoteDay: [Int]] = [:]  // client and date → positions in `notes` of the accepted notes
        var plans = OnePerDay<TreatmentPlan>()
        var reviews = OnePerDay<ReviewNote>()
        var discharges = OnePerDay<DischargeNote>()
        // In path order, by position: a sorted copy of the files would hold every note twice.
        for position in files.indices.sorted(by: { files[$0].path.precedesByBytes(files[$1].path) }) {
            let file = files[position]
            switch file.content {
            case .note(let note) where !clash.clients.contains(note.client):
                let day = NoteDay(client: note.client, date: note.date)
                if let earlier = notesByDay[day]?.lazy.map({ notes[$0] }).first(where: { $0.isSameSession(as: note) }) {
                    diagnostics.append(Diagnostic(
                        path: note.path, line: note.dateLine, severity: .error,
                        message: "another note for client \(note.client) on \(note.date)\(note.session.map { " (session \($0))" } ?? "") already exists: \(earlier.path)",
                        client: note.client, date: note.date, consequence: "this one is left out"))
                } else {
                    notesByDay[day, default: []].append(notes.count)
                    notes.append(note)
                }
            case .plan(let plan) where !clash.clients.contains(plan.client):
                plans.admit(plan, client: plan.client, date: plan.start, path: plan.path, line: plan.startLine,
                            "plan for client \(plan.client) starting \(plan.start)", &diagnostics)
            case .review(let review) where !clash.clients.contains(review.client):
                reviews.admit(review, client: review.client, date: review.date, path: review.path, line: review.dateLine,
                              "review note for client \(review.client) on \(review.date)", &diagnostics)
            case .discharge(let discharge) where !clash.clients.contains(discharge.client):
                discharges.admit(discharge, client: discharge.client, date: discharge.date, path: discharge.path, line: discharge.dateLine,
                                 "discharge note for client \(discharge.client) on \(discharge.date)", &diagnostics)
            case .note, .plan, .review, .discharge, .skipped, .rejected:
                break
            }
        }
        notes.sort { ($0.date, $0.session ?? 0, $0.path) < ($1.date, $1.session ?? 0, $1.path) }
        let plansInOrder = plans.items.sorted { ($0.start, $0.path) < ($1.start, $1.path) }
        let reviewsInOrder = reviews.items.sorted { ($0.date, $0.path) < ($1.date, $1.path) }
        let dischargesInOrder = discharges.items.sorted { ($0.date, $0.path) < ($1.date, $1.path) }
        var caseload = Caseload(notes: notes, plans: plansInOrder, reviews: reviewsInOrder, discharges: dischargesInOrder, diagnostics: [],
                                fileCount: files.count)
        for (index, note) in notes.enumerated() { caseload.notesOfClient[note.client, default: []].append(index) }
        for (index, plan) in plansInOrder.enumerated() { caseload.plansOfClient[plan.client, default: []].append(index) }
        for (index, review) in reviewsInOrder.enumerated() { caseload.reviewsOfClient[review.client, default: []].append(index) }
        for (index, discharge) in dischargesInOrder.enumerated() { caseload.dischargesOfClient[discharge.client, default: []].append(index) }
        caseload.histories = ClientHistory.histories(of: caseload, clinic: configuration.measureEvery)
        diagnostics += caseload.clients.flatMap { caseload.history(of: $0).warnings }
        diagnostics += caseload.clients.compactMap { OverdueReview.warning(of: $0, in: caseload) }
        // A discharge note of a client with no note or plan at all ends nothing either.
        let discharged = Set(dischargesInOrder.map(\.client)).subtracting(caseload.clients)
        diagnostics += discharged.sorted().flatMap { Episodes.of(days: [], discharges: caseload.discharges(of: $0)).warnings }
        caseload.diagnostics = diagnostics.sorted()
        return caseload
    }
}

/// A client and a date: where `Caseload.assemble` looks for another note of the same session.
private struct NoteDay: Hashable {
    var client: String
    var date: Day
}

extension SessionNote {
    /// Two notes of one client and date are the same session when their numbers are equal or
    /// either has none (a number that was written but rejected counts as different from every other).
    func isSameSession(as other: SessionNote) -> Bool {
        guard !sessionRejected, !other.sessionRejected else { return false }
        return client == other.client && date == other.date && (session == nil || other.session == nil || session == other.session)
    }
}
