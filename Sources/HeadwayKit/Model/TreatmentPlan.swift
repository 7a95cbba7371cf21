/// A validated treatment plan (`type: plan`).
public struct TreatmentPlan: Sendable, Hashable {
    /// Path relative to the notes folder.
    public var path: String
    /// The client id.
    public var client: String
    /// The plan's start date.
    public var start: Day
    /// Days between reviews (90 by default).
    public var reviewEvery: Int
    /// The clinician, when given.
    public var clinician: String?
    /// The client's name, when given.
    public var clientName: String?
    /// The plan's goals, in the order written.
    public var goals: [PlanGoal]
    /// Measure baselines and targets.
    public var measures: [PlanMeasure]
    /// How often measures are to be taken (`measure-every:`), when the plan says.
    public var measureEvery: MeasureSchedule? = nil
    /// The anxiety measure of the episode's paired outcomes (`anxiety-measure:`), when the plan names a
    /// valid one; GAD-7 otherwise.
    public var anxietyMeasure: String? = nil
    /// Line of the `start` key, for diagnostics about the plan as a whole.
    public var startLine: Int?
    /// Line of the `review-every` key, when written (an overdue review is flagged there).
    public var reviewEveryLine: Int? = nil
}

/// One goal of a treatment plan.
public struct PlanGoal: Sendable, Hashable {
    /// The goal id as written.
    public var id: String
    /// The goal-area tag, lower-cased, when given.
    public var area: String?
    /// The goal's wording, when given.
    public var statement: String?
    /// Progress 0...10 at plan start.
    public var baseline: Double?
    /// Progress 0...10 that counts as met.
    public var target: Double?
    /// When the target should be reached.
    public var targetDate: Day?
    /// GAS weight.
    public var weight: Double?
    /// Objectives, as written.
    public var objectives: [String]
    /// Interventions, as written.
    public var interventions: [String]
    /// Line of the entry.
    public var line: Int
}

/// A measure's baseline and target in a plan.
public struct PlanMeasure: Sendable, Hashable {
    /// The instrument's name.
    public var instrument: String
    /// The score at plan start.
    public var baseline: Double?
    /// The score the plan aims for.
    public var target: Double?
    /// Line of the entry.
    public var line: Int
}
