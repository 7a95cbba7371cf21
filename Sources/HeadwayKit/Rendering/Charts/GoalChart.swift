extension Charts {
    /// A goal's progress ratings over the period, y 0–10 with grid lines at every even rating.
    ///
    /// Draws a filled circle per rating joined by a solid line, a dashed vertical line with "R"
    /// above it at each revision's date, and a filled triangle on the bottom axis at each
    /// milestone's date, with a legend of the marks used. Ids: `chart-goal-<goal id>`.
    /// Nil when the goal has no rating in the period.
    static func goal(_ goal: GoalProgress, period: Period) -> Chart? {
        guard !goal.ratings.isEmpty else { return nil }
        let geometry = ChartGeometry(span: period, lower: 0, upper: 10)
        var canvas = SVGCanvas()
        canvas.valueLabels([0, 2, 4, 6, 8, 10], geometry, grid: true)
        canvas.axes(geometry)
        for revision in goal.revisions { canvas.revisionMarker(at: geometry.x(revision.date)) }
        for milestone in goal.milestones { canvas.milestoneMarker(at: geometry.x(milestone.date)) }
        canvas.series(goal.ratings.map { ($0.date, $0.progress) }, geometry)
        var legend: [(symbol: LegendSymbol, label: String)] = [(.point, "progress rating")]
        if !goal.revisions.isEmpty { legend.append((.revision, "goal revised")) }
        if !goal.milestones.isEmpty { legend.append((.milestone, "milestone")) }
        canvas.legend(legend)

        let ratings = goal.ratings.map { "\($0.date) \(words($0.progress))" }.joined(separator: ", ")
        var sentences = ["Progress ratings (0–10) of goal \(goal.id) \(span(period)): \(ratings)."]
        if !goal.revisions.isEmpty {
            sentences.append("Revised on \(goal.revisions.map(\.date.description).joined(separator: ", ")).")
        }
        if !goal.milestones.isEmpty {
            sentences.append("Milestones on \(goal.milestones.map(\.date.description).joined(separator: ", ")).")
        }
        return canvas.chart(id: "chart-goal-" + SVGText.idFragment(goal.id),
                            title: "Goal \(goal.id) progress ratings, \(period.label)",
                            description: sentences.joined(separator: " "))
    }
}
