/// One goal as a template sees it (README, "Report variables": Goal).
final class GoalView: TemplateView {
    let goal: GoalProgress
    let period: Period
    let markup: Markup

    init(_ goal: GoalProgress, period: Period, markup: Markup) {
        self.goal = goal
        self.period = period
        self.markup = markup
    }

    static let trendSymbols: [Trend: String] = [.improving: "↑", .declining: "↓", .steady: "→", .noData: "·"]

    static let fields = ViewFields<GoalView>("goal", [
        .value("id") { $0.markup.text($0.goal.id) },
        .value("area") { $0.goal.area },
        .value("areaTitle") { $0.markup.text($0.goal.areaTitle) },
        .value("statement") { view in view.goal.statement.map(view.markup.text) },
        .value("status") { $0.goal.status.rawValue },
        .value("isMet") { $0.goal.status == .met },
        .value("metInPeriod") { $0.goal.metInPeriod },
        .value("baseline") { DisplayFormat.number($0.goal.baseline) },
        .value("start") { DisplayFormat.number($0.goal.start) },
        .value("end") { DisplayFormat.number($0.goal.end) },
        .value("change") { DisplayFormat.signed($0.goal.change) },
        .value("trend") { $0.goal.trend.rawValue },
        .value("trendSymbol") { trendSymbols[$0.goal.trend] },
        .value("trendText") { DisplayFormat.trend(of: $0.goal) },
        .list("ratings", of: RatingView.self) { $0.goal.ratings.map(RatingView.init) },
        .value("hasRatings") { !$0.goal.ratings.isEmpty },
        .value("ratingsText") { $0.goal.ratings.compactMap { DisplayFormat.number($0.progress) }.joined(separator: " → ") },
        .object("chart", ChartView.self) { view in view.markup.htmlOnly { Charts.goal(view.goal, period: view.period) }.map(ChartView.init) },
        .list("revisions", of: RevisionView.self) { view in view.goal.revisions.map { RevisionView($0, markup: view.markup) } },
        .value("hasRevisions") { !$0.goal.revisions.isEmpty },
        .list("milestones", of: MilestoneView.self) { view in view.goal.milestones.map { MilestoneView($0, markup: view.markup) } },
        .value("hasMilestones") { !$0.goal.milestones.isEmpty },
        .list("excerpts", of: ExcerptView.self) { view in view.goal.excerpts.map { ExcerptView($0, markup: view.markup) } },
        .value("hasExcerpts") { !$0.goal.excerpts.isEmpty },
    ])
}

/// One goal area over a report's period, with its goals.
final class AreaView: TemplateView {
    let area: AreaProgress
    /// The views of the area's goals.
    let goals: [GoalView]
    let markup: Markup

    init(_ area: AreaProgress, goals: [GoalView], markup: Markup) {
        self.area = area
        self.goals = goals
        self.markup = markup
    }

    static let fields = ViewFields<AreaView>("area", [
        .value("area") { $0.area.area },
        .value("title") { $0.markup.text($0.area.title) },
        .value("sessionsAddressed") { $0.area.sessionsAddressed },
        .value("sessionsAddressedText") { DisplayFormat.count($0.area.sessionsAddressed, "session") },
        .list("goals", of: GoalView.self) { $0.goals },
        .value("hasGoals") { !$0.goals.isEmpty },
        .value("isActive") { $0.area.isActive },
        .list("excerpts", of: ExcerptView.self) { view in view.area.excerpts.map { ExcerptView($0, markup: view.markup) } },
        .value("hasExcerpts") { !$0.area.excerpts.isEmpty },
    ])
}

/// One progress rating: `date`, `progress`.
struct RatingView: TemplateView {
    let rating: Rating

    init(_ rating: Rating) { self.rating = rating }

    static let fields = ViewFields<RatingView>("rating", [
        .value("date") { $0.rating.date.description },
        .value("progress") { DisplayFormat.number($0.rating.progress) ?? "" },
    ])
}
