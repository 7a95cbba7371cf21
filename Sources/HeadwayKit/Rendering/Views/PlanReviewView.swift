/// The applicable plan's review as a template sees it (README, "Report variables": Plan review), for
/// the reports' plan section and the review document. Values the plan leaves out read `—`.
final class PlanReviewView: TemplateView {
    let review: PlanReview
    /// The report the review belongs to: the interpretation of each plan measure's series.
    let report: ProgressReport
    let markup: Markup

    init(_ review: PlanReview, report: ProgressReport, markup: Markup) {
        self.review = review
        self.report = report
        self.markup = markup
    }

    static let fields = ViewFields<PlanReviewView>("planReview", [
        .value("planStart") { $0.review.planStart.description },
        .value("reviewDue") { $0.review.reviewDue?.description ?? "after 9999-12-31" },
        .list("goals", of: PlanGoalView.self) { view in view.review.goals.map { PlanGoalView($0, markup: view.markup) } },
        .value("hasGoals") { !$0.review.goals.isEmpty },
        .list("measures", of: PlanMeasureView.self) { view in
            view.review.measures.map { planned in
                PlanMeasureView(planned, series: view.report.measures.first { $0.instrument == planned.instrument }, markup: view.markup)
            }
        },
        .value("hasMeasures") { !$0.review.measures.isEmpty },
        .texts("unplanned") { view in view.review.unplanned.map(view.markup.text) },
        .value("hasUnplanned") { !$0.review.unplanned.isEmpty },
        .texts("neverRated") { view in view.review.neverRated.map(view.markup.text) },
        .value("hasNeverRated") { !$0.review.neverRated.isEmpty },
        .list("smartGaps", of: SmartGapView.self) { view in view.review.smartGaps.map { SmartGapView($0, markup: view.markup) } },
        .value("hasSmartGaps") { !$0.review.smartGaps.isEmpty },
        .value("onTrackCount") { $0.review.onTrackCount },
        .value("goalCount") { $0.review.goals.count },
        .value("revisionsSincePlan") { $0.review.revisionsSincePlan },
    ])
}

/// One plan goal under review; absent values read `—`.
final class PlanGoalView: TemplateView {
    let goal: PlanGoalReview
    let markup: Markup

    init(_ goal: PlanGoalReview, markup: Markup) {
        self.goal = goal
        self.markup = markup
    }

    static let fields = ViewFields<PlanGoalView>("plan goal", [
        .value("id") { $0.markup.text($0.goal.id) },
        .value("statement") { view in view.goal.statement.map(view.markup.text) ?? "" },
        .value("baseline") { DisplayFormat.number($0.goal.baseline) ?? "—" },
        .value("current") { DisplayFormat.number($0.goal.current) ?? "not rated" },
        .value("target") { DisplayFormat.number($0.goal.target) ?? "—" },
        .value("targetDate") { $0.goal.targetDate?.description ?? "—" },
        .value("status") { $0.goal.status.rawValue },
        .value("onTrack") { $0.goal.onTrack.map { $0 ? "yes" : "no" } ?? "—" },
        .value("isOffTrack") { $0.goal.onTrack == false },
        .value("expected") { DisplayFormat.number($0.goal.expected) ?? "—" },
        .value("smartMissing") { $0.goal.smart.missing.joined(separator: ", ") },
    ])
}

/// A plan measure against its target, with the interpretation of its series in the report.
final class PlanMeasureView: TemplateView {
    let measure: PlanMeasureReview
    /// The measure's series in the report, when scored.
    let series: MeasureProgress?
    let markup: Markup

    init(_ measure: PlanMeasureReview, series: MeasureProgress?, markup: Markup) {
        self.measure = measure
        self.series = series
        self.markup = markup
    }

    static let fields = ViewFields<PlanMeasureView>("plan measure", [
        .value("instrument") { $0.markup.text($0.measure.instrument) },
        .value("baseline") { DisplayFormat.number($0.measure.baseline) ?? "—" },
        .value("current") { DisplayFormat.number($0.measure.current) ?? "—" },
        .value("target") { DisplayFormat.number($0.measure.target) ?? "—" },
        .value("met") { $0.measure.met.map { $0 ? "yes" : "not yet" } ?? "—" },
        .value("severity") { $0.series?.severity ?? "—" },
        .value("reliableChange") { $0.series?.reliableChange?.rawValue ?? "—" },
        .value("trendText") { view in view.series.flatMap(DisplayFormat.trend(of:)).map(view.markup.text) ?? "—" },
    ])
}

/// A plan goal that is not SMART: `id`, `missing` (`measurable and time-bound`), and `lacking`, what it
/// has not (`numeric target or target date`, `numeric target`, `target date`).
final class SmartGapView: TemplateView {
    let gap: SmartGap
    let markup: Markup

    init(_ gap: SmartGap, markup: Markup) {
        self.gap = gap
        self.markup = markup
    }

    static let fields = ViewFields<SmartGapView>("smart gap", [
        .value("id") { $0.markup.text($0.gap.goal) },
        .value("missing") { $0.gap.missing.joined(separator: " and ") },
        .value("lacking") { $0.gap.lacking },
    ])
}
