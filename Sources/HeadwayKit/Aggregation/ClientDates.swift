/// The periods a client's reports can cover, known from the front matter alone (the dates of its notes,
/// plans and rejected files, and its episodes), so that a run decides which periods it reports before
/// it reads any note's body, and renders the narrative of only those periods' notes (`BodyReader`).
public struct ClientDates: Sendable {
    let history: ClientHistory
    /// The dates of the client's files with an error (a file with a value error is a note, and dated already).
    let rejected: [Day]

    /// The dates of `history`, with `diagnostics` (the client's) naming its rejected files.
    init(history: ClientHistory, diagnostics: [Diagnostic]) {
        self.history = history
        rejected = diagnostics.filter { $0.severity == .error }.compactMap(\.date)
    }

    /// The dates of `client` in `caseload`. An error found later, on reading a note's body again, is
    /// dated on that note, so it would move no period these give.
    public init(client: String, caseload: Caseload) {
        self.init(history: caseload.history(of: client), diagnostics: caseload.diagnostics(of: client))
    }

    /// From the first note to the last (the plans' starts when there are no notes), stretched to the
    /// dates of the client's rejected files, so that a rejected last session is named in the report.
    public var allSessions: Period? {
        let notes = history.notes
        let dates = (notes.isEmpty ? history.events.map(\.date) : notes.map(\.date)) + rejected
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return .allSessions(from: first, to: last)
    }

    /// Every calendar month with a note, or with a rejected file of the client (its report then says
    /// what was left out), in order.
    public var months: [Period] {
        let days = (history.notes.map(\.date) + rejected).sorted()
        var seen: Set<String> = []
        var periods: [Period] = []
        for day in days where seen.insert(day.monthKey).inserted {
            periods.append(.month(containing: day))
        }
        return periods
    }

    /// The days of the client's episode `number` (to its last note while open), or their part in
    /// `within`; nil when it has no such episode or the two have no day in common.
    public func episodePeriod(_ number: Int, within: Period?) -> Period? {
        guard let episode = history.episodes.first(where: { $0.number == number }), let last = allSessions?.to else { return nil }
        return .episode(episode, lastDay: last, within: within)
    }

    /// Whether the client has a note or plan dated inside `period` or before it.
    public func hasData(upTo period: Period) -> Bool {
        history.events.contains { $0.date <= period.to }
    }
}
