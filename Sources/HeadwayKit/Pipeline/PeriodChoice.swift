/// Which period(s) to report on.
public enum PeriodChoice: Sendable, Equatable {
    /// Everything, from each client's first note to the last.
    case allSessions
    /// One period for every client.
    case fixed(Period)
    /// One report per client per calendar month that has notes.
    case byMonth
    /// Treatment episode `number` of each client that has one, from its first day to its discharge (or
    /// its last note while open); with `within`, only the days of that period in the episode.
    case episode(Int, within: Period?)

    /// The periods to report for one client.
    func periods(for dates: ClientDates) -> [Period] {
        switch self {
        case .allSessions: return dates.allSessions.map { [$0] } ?? []
        case .fixed(let period): return dates.hasData(upTo: period) ? [period] : []
        case .byMonth: return dates.months
        case .episode(let number, let within): return dates.episodePeriod(number, within: within).map { [$0] } ?? []
        }
    }

    /// The days a finished episode's discharge must fall on for the index to count it: the fixed
    /// period; nil (any day) for every session or by month.
    var dischargeWindow: Period? {
        if case .fixed(let period) = self { return period }
        return nil
    }

    /// How the index names the batch.
    var title: String {
        switch self {
        case .allSessions: return "All sessions"
        case .fixed(let period): return period.label
        case .byMonth: return "By month"
        case .episode(let number, let within): return Period.episodeLabel(number, within: within)
        }
    }
}
