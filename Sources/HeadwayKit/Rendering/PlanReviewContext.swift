/// The plan-review part of a report's template values (`planReview`), for the reports' plan section
/// and the review document.
struct PlanReviewContext {
    let text: (String) -> String

    func make(_ review: PlanReview, report: ProgressReport) -> [String: Any] {
        let goals = review.goals.map(goal)
        let gaps = review.goals.filter { !$0.smart.missing.isEmpty }.map { goal -> [String: Any] in
            ["id": text(goal.id), "missing": goal.smart.missing.joined(separator: " and ")]
        }
        let planned = Set(review.goals.map { $0.id.lowercased() })
        let neverRated = review.goals.filter { $0.current == nil }.map { text($0.id) }
        return [
            "planStart": review.planStart.description, "reviewDue": review.reviewDue?.description ?? "after 9999-12-31",
            "goals": goals, "hasGoals": !goals.isEmpty,
            "measures": review.measures.map { planned in
                measure(planned, series: report.measures.first { $0.instrument == planned.instrument })
            },
            "hasMeasures": !review.measures.isEmpty,
            "unplanned": review.unplanned.map(text), "hasUnplanned": !review.unplanned.isEmpty,
            "neverRated": neverRated, "hasNeverRated": !neverRated.isEmpty,
            "smartGaps": gaps, "hasSmartGaps": !gaps.isEmpty,
            "onTrackCount": review.goals.filter { $0.onTrack == true }.count,
            "goalCount": review.goals.count,
            "revisionsSincePlan": report.revisions.filter { $0.date >= review.planStart && planned.contains($0.goal.lowercased()) }.count,
        ]
    }

    private func goal(_ goal: PlanGoalReview) -> [String: Any] {
        [
            "id": text(goal.id), "statement": goal.statement.map(text) ?? "", "baseline": DisplayFormat.number(goal.baseline) ?? "—",
            "current": DisplayFormat.number(goal.current) ?? "not rated", "target": DisplayFormat.number(goal.target) ?? "—",
            "targetDate": goal.targetDate?.description ?? "—", "status": goal.status.rawValue,
            "onTrack": goal.onTrack.map { $0 ? "yes" : "no" } ?? "—", "isOffTrack": goal.onTrack == false,
            "expected": DisplayFormat.number(goal.expected) ?? "—",
            "smartMissing": goal.smart.missing.joined(separator: ", "),
        ]
    }

    /// A plan measure with the interpretation of its series in the report.
    private func measure(_ measure: PlanMeasureReview, series: MeasureProgress?) -> [String: Any] {
        [
            "severity": series?.severity ?? "—", "reliableChange": series?.reliableChange?.rawValue ?? "—",
            "trendText": series.flatMap(DisplayFormat.trend(of:)).map(text) ?? "—",
            "instrument": text(measure.instrument), "baseline": DisplayFormat.number(measure.baseline) ?? "—",
            "current": DisplayFormat.number(measure.current) ?? "—", "target": DisplayFormat.number(measure.target) ?? "—",
            "met": measure.met.map { $0 ? "yes" : "not yet" } ?? "—",
        ]
    }
}
