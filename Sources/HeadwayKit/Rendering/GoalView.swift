import Mustache

/// One goal as a template sees it (README, "Template variables": Goal). A class the template engine
/// reads directly; each value is worked out when a template asks for it, so a Markdown template never
/// pays for the HTML chart and an HTML template never pays for Markdown escaping.
final class GoalView: MustacheParent {
    let goal: GoalProgress
    private let period: Period
    private let context: ReportContext

    init(_ goal: GoalProgress, period: Period, context: ReportContext) {
        self.goal = goal
        self.period = period
        self.context = context
    }

    func child(named name: String) -> Any? {
        switch name {
        case "id": return context.text(goal.id)
        case "area": return goal.area
        case "areaTitle": return context.text(goal.areaTitle)
        case "statement": return goal.statement.map(context.text)
        case "status": return goal.status.rawValue
        case "isMet": return goal.status == .met
        case "metInPeriod": return goal.metInPeriod
        case "baseline": return DisplayFormat.number(goal.baseline)
        case "start": return DisplayFormat.number(goal.start)
        case "end": return DisplayFormat.number(goal.end)
        case "change": return DisplayFormat.signed(goal.change)
        case "trend": return goal.trend.rawValue
        case "trendSymbol": return ReportContext.trendSymbols[goal.trend]
        case "trendText": return DisplayFormat.trend(of: goal)
        case "ratings": return goal.ratings.map { ["date": $0.date.description, "progress": DisplayFormat.number($0.progress) ?? ""] }
        case "hasRatings": return !goal.ratings.isEmpty
        case "ratingsText": return goal.ratings.compactMap { DisplayFormat.number($0.progress) }.joined(separator: " → ")
        case "chart": return context.chart(Charts.goal(goal, period: period))
        case "revisions": return goal.revisions.map(context.revision)
        case "hasRevisions": return !goal.revisions.isEmpty
        case "milestones": return goal.milestones.map(context.milestone)
        case "hasMilestones": return !goal.milestones.isEmpty
        case "excerpts": return goal.excerpts.map { ExcerptView($0, context: context) }
        case "hasExcerpts": return !goal.excerpts.isEmpty
        default: return nil
        }
    }
}
