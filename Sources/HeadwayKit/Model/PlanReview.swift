/// How a treatment plan stands at the end of a period (docs/report-model.md, "Plan review").
///
/// The facts derived from the goals (SMART gaps, goals never rated, goals on track) are worked out once,
/// here, so `headway check` and the templates read the same values (the JSON model, version 2, does not
/// carry them: its consumers derive them from the goals it does carry).
public struct PlanReview: Sendable, Equatable {
    /// The applicable plan's start.
    public var planStart: Day
    /// The first planStart + n × review-every days (n ≥ 1) on or after the period's end; nil when that
    /// falls after 9999-12-31, the last date Headway can write.
    public var reviewDue: Day?
    /// The plan's goals, in plan order.
    public private(set) var goals: [PlanGoalReview]
    /// The plan's measures against their targets.
    public var measures: [PlanMeasureReview]
    /// Ids of goals seen in notes but not in the plan.
    public var unplanned: [String]
    /// Revisions in the period, dated on or after the plan's start, of goals the plan lists.
    public var revisionsSincePlan: Int
    /// The goals that are not measurable or not time-bound, in plan order.
    public private(set) var smartGaps: [SmartGap]
    /// Ids of the plan goals never rated up to the period's end, in plan order.
    public private(set) var neverRated: [String]
    /// How many plan goals are on track.
    public private(set) var onTrackCount: Int
    /// The client's review note dated on the period's end, when there is one: the typed summary and
    /// updated plan of the review document.
    public var note: ReviewNote?

    /// A review of `goals` and `measures`; the facts derived from the goals are worked out here.
    public init(planStart: Day, reviewDue: Day?, goals: [PlanGoalReview], measures: [PlanMeasureReview],
                unplanned: [String], revisionsSincePlan: Int) {
        self.planStart = planStart
        self.reviewDue = reviewDue
        self.goals = goals
        self.measures = measures
        self.unplanned = unplanned
        self.revisionsSincePlan = revisionsSincePlan
        smartGaps = goals.filter { !$0.smart.missing.isEmpty }.map { SmartGap(goal: $0.id, missing: $0.smart.missing) }
        neverRated = goals.filter { $0.current == nil }.map(\.id)
        onTrackCount = goals.filter { $0.onTrack == true }.count
    }
}

/// A plan goal that is not SMART: what it lacks.
public struct SmartGap: Sendable, Equatable {
    /// The goal id.
    public var goal: String
    /// `"measurable"` and/or `"time-bound"`.
    public var missing: [String]

    /// What the goal has not, for "has no …": `numeric target or target date`, `numeric target` or
    /// `target date`.
    public var lacking: String {
        missing.map { $0 == "measurable" ? "numeric target" : "target date" }.joined(separator: " or ")
    }
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
    /// The line of the goal's entry in the plan, for diagnostics.
    public var line: Int
    /// The plan's objectives for the goal, as written (not in the JSON; the FHIR CarePlan's activities).
    public var objectives: [String] = []
    /// The plan's interventions for the goal, as written (not in the JSON; the FHIR CarePlan's activities).
    public var interventions: [String] = []
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
