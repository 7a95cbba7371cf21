/// Where values land in a chart, in SVG user units (y grows downwards).
///
/// Every chart is 600 wide and 240 high (more when its legend needs a second row). The plot area
/// lies inside margins — left 40 (value labels), top 20 (revision and period labels), bottom 40
/// (date labels and legend) and right 20, or wider when severity band names stand right of the plot
/// — so it spans x 40…`right` (580 by default) and y 20…200.
///
/// - x is linear in days from `span.from` (x = 40) to `span.to` (x = `right`): a 31-day month on a
///   plot to 580 puts day n (0-based) at 40 + 18n, so its 16th day is at x = 310. When from == to,
///   every date is at the centre.
/// - y is linear in value, `lower` at the bottom (y = 200) and `upper` at the top (y = 20):
///   a progress rating of 5 on 0…10 is at y = 110; a PHQ-9 score of 10 on 0…27 at y = 133.3.
///
/// Coordinates are printed rounded to one decimal (`SVGText.number`).
struct ChartGeometry {
    /// Canvas width.
    static let width = 600.0
    /// Canvas height with a one-row legend.
    static let height = 240.0
    /// x of the plot's left edge.
    static let left = 40.0
    /// y of the plot's top edge.
    static let top = 20.0
    /// y of the plot's bottom edge.
    static let bottom = 200.0

    /// The dates across the x axis: the report's period, or a longer course that ends with it.
    let span: Period
    /// The value at the bottom of the plot.
    let lower: Double
    /// The value at the top of the plot; above `lower`.
    let upper: Double
    /// x of the plot's right edge.
    var right = 580.0

    /// The x of a date.
    func x(_ day: Day) -> Double {
        let days = span.to.ordinal - span.from.ordinal
        guard days > 0 else { return (Self.left + right) / 2 }
        return Self.left + Double(day.ordinal - span.from.ordinal) / Double(days) * (right - Self.left)
    }

    /// The y of a value.
    func y(_ value: Double) -> Double {
        Self.bottom - (value - lower) / (upper - lower) * (Self.bottom - Self.top)
    }
}
