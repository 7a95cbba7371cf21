/// How often measures are to be taken, in attended sessions: `measure-every:` in a plan or in
/// `headway.yml`, either one number for every instrument or a number per instrument.
public struct MeasureSchedule: Sendable, Hashable {
    /// One instrument's interval.
    public struct Interval: Sendable, Hashable {
        /// The instrument's name (a known instrument's own spelling).
        public var instrument: String
        /// Every how many attended sessions it is taken (1: every session).
        public var sessions: Int
    }

    /// The interval of every instrument not listed in `intervals`, when one number was written.
    public var every: Int?
    /// Per-instrument intervals, in the order written.
    public var intervals: [Interval]

    /// A schedule of `every` for all instruments and `intervals` per instrument.
    public init(every: Int? = nil, intervals: [Interval] = []) {
        self.every = every
        self.intervals = intervals
    }

    /// The default when nothing is written: every measure at every session.
    public static let everySession = 1

    /// The interval this schedule sets for `instrument`, if it sets one.
    public func sessions(for instrument: String) -> Int? {
        let key = GoalArea.matchKey(instrument)
        return intervals.first { GoalArea.matchKey($0.instrument) == key }?.sessions ?? every
    }

    /// The interval of `instrument`: the plan's, else the clinic's, else every session.
    public static func sessions(for instrument: String, plan: MeasureSchedule?, clinic: MeasureSchedule?) -> Int {
        scheduled(instrument, plan: plan, clinic: clinic)?.sessions ?? everySession
    }

    /// The interval a written schedule sets for `instrument` (the plan's, else the clinic's) and whether
    /// it is the plan's; nil when neither covers it.
    public static func scheduled(_ instrument: String, plan: MeasureSchedule?, clinic: MeasureSchedule?) -> (sessions: Int, byPlan: Bool)? {
        if let sessions = plan?.sessions(for: instrument) { return (sessions, true) }
        return clinic?.sessions(for: instrument).map { ($0, false) }
    }
}
