/// Everything a report says about one client over one period (docs/report-model.md).
///
/// Plain values; rendered to JSON, Markdown and HTML without reading any file again.
public struct ProgressReport: Sendable, Equatable {
    /// Version of the JSON contract.
    public var schemaVersion = 2
    /// The client's id and (unless redacted) name.
    public var client: ClientInfo
    /// The latest clinician up to `period.to`; nil when redacted or never given.
    public var clinician: String?
    /// The period covered.
    public var period: Period
    /// Attendance.
    public var sessions: SessionSummary
    /// Every goal seen up to `period.to`, in order of first appearance.
    public var goals: [GoalProgress]
    /// Every goal area seen up to `period.to`, in order of first appearance.
    public var areas: [AreaProgress]
    /// Every measure scored up to `period.to`, in order of first appearance.
    public var measures: [MeasureProgress]
    /// Goal Attainment Scaling T-scores per session in the period.
    public var gas: [GASScore] = []
    /// Milestones in the period, every goal.
    public var milestones: [Milestone]
    /// Revisions in the period, every goal.
    public var revisions: [Revision]
    /// Safety flags in the period.
    public var safetyFlags: [SafetyFlag] = []
    /// Every PHQ-9 item 9 answer in the period, 0 included, in note order (not in the JSON; the FHIR
    /// bundle gives each its own Observation).
    public var itemAnswers: [SafetyFlag] = []
    /// The applicable plan's review at the period's end; nil when no plan applies.
    public var planReview: PlanReview?
    /// Diagnostics of this client's files dated up to `period.to`, as printed.
    public var warnings: [String]
    /// The errors among `warnings` (rejected files and values): when not empty the report is incomplete
    /// and says so at its top.
    public var errors: [String] = []
    /// The treatment episode the report is about: the client's latest episode starting on or before
    /// `period.to` (docs/note-format.md, section 9); baselines and `cumulativeAttended` count within it.
    public var episode: Episode? = nil
    /// The first day of each of the client's treatment episodes starting on or before `period.to`, in
    /// order (not in the JSON; the CSV numbers each score's episode from them, `episodeNumber(on:)`).
    public var episodeStarts: [Day] = []

    /// The number of the treatment episode `day` falls in (1 for the first), nil before the first.
    public func episodeNumber(on day: Day) -> Int? {
        let number = episodeStarts.prefix { $0 <= day }.count
        return number == 0 ? nil : number
    }
    /// When the period crosses a discharge, one part per episode it meets, in order (the last is
    /// `episode`); empty when the whole period lies in one episode.
    public var episodeParts: [EpisodePart] = []
}

/// The client a report is about.
public struct ClientInfo: Sendable, Equatable {
    /// The client id.
    public var id: String
    /// The latest `client-name` up to `period.to`; nil when redacted or never given.
    public var name: String?
}

/// Attendance over the period.
public struct SessionSummary: Sendable, Equatable {
    public var attended = 0
    /// Every cancellation, by the client or the clinician.
    public var cancelled = 0
    /// The cancellations with `cancelled-by: clinician`.
    public var cancelledByClinician = 0
    public var noShow = 0
    /// attended + cancelled + noShow.
    public var scheduled: Int { attended + cancelled + noShow }
    /// attended / (scheduled − cancelledByClinician): a session the clinician cancelled is not held against
    /// the client; nil when nothing is left to count.
    public var attendanceRate: Double? {
        let counted = scheduled - cancelledByClinician
        return counted == 0 ? nil : Double(attended) / Double(counted)
    }
    /// Every scheduled session's date in the period.
    public var dates: [Day] = []
    /// Attended sessions from the start of the report's episode up to `period.to`.
    public var cumulativeAttended = 0
}

/// One progress rating.
public struct Rating: Sendable, Equatable {
    public var date: Day
    public var progress: Double
    /// The Goal Attainment Scaling level (−2…+2) the same note gave the goal, if any (not in the JSON; the CSV's `gas`).
    public var gas: Int? = nil
    /// The goal's status as of this rating: the latest a note gave up to it (this one included), else active (not
    /// in the JSON; the CSV's `status`).
    public var status: GoalStatus = .active
}

/// A narrative excerpt from a note's body.
public struct Excerpt: Sendable, Equatable {
    public var date: Day
    /// cmark's safe HTML.
    public var html: String
    /// Plain text.
    public var text: String
}

/// Trend of a goal over the period.
public enum Trend: String, Sendable, Equatable {
    case improving, declining, steady
    case noData = "no-data"
}

/// One goal as of the end of the period.
public struct GoalProgress: Sendable, Equatable {
    public var id: String
    public var area: String
    public var areaTitle: String
    /// The wording as of `period.to`.
    public var statement: String?
    public var status: GoalStatus
    public var baseline: Double?
    public var start: Double?
    public var end: Double?
    public var change: Double?
    public var trend: Trend
    public var ratings: [Rating]
    public var revisions: [Revision]
    public var milestones: [Milestone]
    public var excerpts: [Excerpt]
    public var metInPeriod: Bool
    /// True when `start` is the last rating before the period, not the period's first (not in the
    /// JSON; the report text then says "since last period").
    public var startsBeforePeriod: Bool = false
    /// The date of the goal's first note or plan (not in the JSON; the FHIR Goal's `startDate`).
    public var firstSeen: Day? = nil
    /// The date of the note that set the current status, or `firstSeen` when no note set one (not in
    /// the JSON; the FHIR Goal's `statusDate`).
    public var statusDate: Day? = nil
}

/// One goal area over the period.
public struct AreaProgress: Sendable, Equatable {
    public var area: String
    public var title: String
    /// Ids of the goals in this area.
    public var goals: [String]
    /// Attended sessions in the period that addressed the area.
    public var sessionsAddressed: Int
    /// Area-level sections and hashtag paragraphs in the period.
    public var excerpts: [Excerpt]

    /// Whether the area has goals, excerpts or sessions addressing it in the period (reports show only those).
    public var isActive: Bool { !goals.isEmpty || !excerpts.isEmpty || sessionsAddressed > 0 }
}

/// A rewording of a goal.
public struct Revision: Sendable, Equatable {
    public var date: Day
    public var goal: String
    public var from: String?
    public var to: String?
    public var reason: String?
    /// True when the note said `revised`; false when found by comparing statements.
    public var explicit: Bool
}

/// Where a milestone was written.
public enum MilestoneSource: String, Sendable, Equatable {
    case frontMatter = "front-matter"
    case body
}

/// A celebrated achievement.
public struct Milestone: Sendable, Equatable {
    public var date: Day
    public var text: String
    public var html: String
    public var goal: String?
    public var area: String?
    public var source: MilestoneSource
}

/// One score of an outcome measure.
public struct Score: Sendable, Equatable {
    public var date: Day
    public var score: Double
    /// The PHQ-9 item 9 answer given with the score, if any (not in the JSON; the CSV's `item9`).
    public var item9: Int? = nil
}

/// Reliable change against baseline.
public enum ReliableChange: String, Sendable, Equatable {
    case improved, deteriorated, none
}

/// One outcome measure over the period.
public struct MeasureProgress: Sendable, Equatable {
    public var instrument: String
    public var scores: [Score]
    public var baseline: Double?
    public var start: Double?
    public var end: Double?
    public var change: Double?
    public var changeFromBaseline: Double?
    public var severity: String?
    public var reliableChange: ReliableChange?
    public var response: Bool?
    public var remission: Bool?
    public var recovered: Bool?
    /// The scores before the period, oldest first (not in the JSON; the chart draws the whole course).
    public var earlierScores: [Score] = []
}

/// A Goal Attainment Scaling T-score for one session.
public struct GASScore: Sendable, Equatable {
    public var date: Day
    public var tScore: Double
    /// Goals given a level in this session.
    public var goalsRated: Int
    /// Goals in the sum: those rated now or before and not discontinued, each at its latest level.
    public var goalsCounted: Int
}

/// A questionnaire answer that needs the clinician's attention (e.g. PHQ-9 item 9 ≥ 1).
public struct SafetyFlag: Sendable, Equatable {
    public var date: Day
    public var instrument: String
    public var item: String
    public var value: Int
}
