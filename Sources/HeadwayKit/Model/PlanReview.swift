/// How a treatment plan stands at the end of a period (REPORT-MODEL.md, "Plan review").
public struct PlanReview: Sendable, Equatable {
    /// The applicable plan's start.
    public var planStart: Day
    /// The first planStart + n × review-every days (n ≥ 1) on or after the period's end; nil when that
    /// falls after 9999-12-31, the last date Headway can write.
    public var reviewDue: Day?
    /// The plan's goals, in plan order.
    public var goals: [PlanGoalReview]
    /// The plan's measures against their targets.
    public var measures: [PlanMeasureReview]
    /// Ids of goals seen in notes but not in the plan.
    public var unplanned: [String]
    /// Path of the plan file.
    public var planPath: String
}

/// One plan goal under review.
public struct PlanGoalReview: Sendable, Equatable {
    public var id: String
    public var statement: String?
    public var baseline: Double?
    /// The latest rating up to the period's end.
    public var current: Double?
    public var target: Double?
    public var targetDate: Day?
    public var status: GoalStatus
    /// True for a met goal; else whether current is at or above the straight line from baseline to
    /// target; nil without target, target date or current rating.
    public var onTrack: Bool?
    public var smart: SmartCheck
    /// The expected progress on the line at the period's end, when there is a line.
    public var expected: Double?
}

/// Whether a goal is measurable and time-bound (the M and T of SMART).
public struct SmartCheck: Sendable, Equatable {
    public var measurable: Bool
    public var timeBound: Bool
    /// `"measurable"` and/or `"time-bound"`.
    public var missing: [String] {
        (measurable ? [] : ["measurable"]) + (timeBound ? [] : ["time-bound"])
    }
}

/// One plan measure under review.
public struct PlanMeasureReview: Sendable, Equatable {
    public var instrument: String
    public var baseline: Double?
    /// The latest score up to the period's end.
    public var current: Double?
    public var target: Double?
    /// Current at or better than target; nil when either is unknown or the instrument's direction is.
    public var met: Bool?
}
