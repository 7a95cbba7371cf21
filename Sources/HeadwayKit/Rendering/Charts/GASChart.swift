extension Charts {
    /// Goal Attainment Scaling T-scores, one per session, y 20–80 (widened by tens when a score lies
    /// outside) with grid lines every 10 and a solid reference line at 50, the expected outcome
    /// (y = 110 on 20–80). Scores are filled circles joined by a solid line. Ids: `chart-gas`.
    /// Nil when there is no score.
    static func gas(_ scores: [GASScore], period: Period) -> Chart? {
        guard let low = scores.map(\.tScore).min(), let high = scores.map(\.tScore).max() else { return nil }
        let lower = min(20, (low / 10).rounded(.down) * 10), upper = max(80, (high / 10).rounded(.up) * 10)
        let geometry = ChartGeometry(span: period, lower: lower, upper: upper)
        var canvas = SVGCanvas()
        canvas.valueLabels(Array(stride(from: lower, through: upper, by: 10)), geometry, grid: true)
        let reference = geometry.y(50)
        canvas.line("reference", from: (ChartGeometry.left, reference), to: (geometry.right, reference),
                    stroke: ChartInk.muted, width: 1.5)
        canvas.axes(geometry)
        canvas.series(scores.map { ($0.date, $0.tScore) }, geometry)
        canvas.legend([(.point, "T-score"), (.solidLine, "50 = expected outcome")])

        let listed = scores.map { score in
            let rated = DisplayFormat.count(score.goalsRated, "goal") + " rated"
            return "\(score.date) \(words((score.tScore * 10).rounded() / 10)) (\(rated))"
        }
        return canvas.chart(id: "chart-gas", title: "Goal Attainment Scaling T-scores, \(period.label)",
                            description: "GAS T-scores \(span(period)): \(listed.joined(separator: ", ")). "
                                + "Reference line at 50, the expected outcome.")
    }
}
