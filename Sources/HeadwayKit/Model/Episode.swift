/// One course of treatment of a client: from its first note or plan to the discharge note that ends
/// it, or still open. Episodes are numbered from 1 in time order.
public struct Episode: Sendable, Hashable {
    /// 1 for the client's first course of treatment, 2 for the next, …
    public var number: Int
    /// The date of the episode's first session note or plan start.
    public var start: Day
    /// The discharge note that ended it; nil while the episode is open.
    public var discharge: DischargeNote?
    /// The paired outcomes, for a finished episode (discharged, with two attended sessions or more)
    /// as a report sees it; nil for an open episode or one with fewer than two attended sessions.
    public var outcomes: EpisodeOutcomes? = nil

    /// Creates an episode.
    public init(number: Int, start: Day, discharge: DischargeNote? = nil) {
        self.number = number
        self.start = start
        self.discharge = discharge
    }

    /// The discharge date, the episode's last day; nil while it is open.
    public var end: Day? { discharge?.date }

    /// The episode's last day: its discharge, or while it is open the client's last day `clientLastDay`
    /// (nil: none), never before its start.
    public func lastDay(clientLastDay: Day?) -> Day {
        end ?? max(clientLastDay ?? start, start)
    }

    /// The days of `period` in the episode (an open episode runs on to the period's end); nil when
    /// they have none in common.
    public func days(in period: Period) -> ClosedRange<Day>? {
        let from = max(period.from, start), to = min(period.to, end ?? period.to)
        return from <= to ? from...to : nil
    }

    /// Whether `day` falls in the episode (from its start to its discharge, both included).
    public func contains(_ day: Day) -> Bool {
        day >= start && end.map { day <= $0 } ?? true
    }
}
