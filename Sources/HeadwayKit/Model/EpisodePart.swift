/// The part of a report's period that falls in one treatment episode, when the period crosses a
/// discharge (docs/report-model.md, "Episodes in the period"): its own attendance and measures, so that
/// no figure runs across the discharge.
public struct EpisodePart: Sendable, Equatable {
    /// The episode, as known at the part's end (with its discharge and outcomes when it ends in the period).
    public var episode: Episode
    /// The part's days: the later of the period's and the episode's first day to the earlier of the
    /// period's last day and the discharge.
    public var from: Day
    /// The part's last day.
    public var to: Day
    /// Attendance in the part; `cumulativeAttended` counts from the episode's start to the part's end.
    public var sessions: SessionSummary
    /// The measures scored in the part, each from its start (the episode's last score before the part,
    /// else the part's first) to its last score in the part.
    public var measures: [MeasureProgress]

    /// Creates a part.
    public init(episode: Episode, from: Day, to: Day, sessions: SessionSummary, measures: [MeasureProgress]) {
        self.episode = episode
        self.from = from
        self.to = to
        self.sessions = sessions
        self.measures = measures
    }
}
