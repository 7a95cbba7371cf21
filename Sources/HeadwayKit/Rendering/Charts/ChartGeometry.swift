/// Where values land in a chart, in SVG user units (y grows downwards).
///
/// Every chart is a 600 × 240 canvas (`viewBox="0 0 600 240"`). The plot area lies inside fixed
/// margins — left 40 (y labels), right 20, top 20 (revision labels), bottom 40 (date labels and
/// legend) — so it spans x 40…580 and y 20…200.
///
/// - x is linear in days from `period.from` (x = 40) to `period.to` (x = 580): a 31-day month puts
///   day n (0-based) at 40 + 18n, so its 16th day is at x = 310. When from == to, every date is
///   at the centre, x = 310.
/// - y is linear in value, `lower` at the bottom (y = 200) and `upper` at the top (y = 20):
///   a progress rating of 5 on 0…10 is at y = 110; a PHQ-9 score of 10 on 0…27 at y = 133.3.
///
/// Coordinates are printed rounded to one decimal (`SVGText.number`).
struct ChartGeometry {
    /// Canvas width.
    static let width = 600.0
    /// Canvas height.
    static let height = 240.0
    /// x of the plot's left edge.
    static let left = 40.0
    /// x of the plot's right edge.
    static let right = 580.0
    /// y of the plot's top edge.
    static let top = 20.0
    /// y of the plot's bottom edge.
    static let bottom = 200.0

    /// The dates across the x axis.
    let period: Period
    /// The value at the bottom of the plot.
    let lower: Double
    /// The value at the top of the plot; above `lower`.
    let upper: Double

    /// The x of a date.
    func x(_ day: Day) -> Double {
        let days = period.to.ordinal - period.from.ordinal
        guard days > 0 else { return (Self.left + Self.right) / 2 }
        return Self.left + Double(day.ordinal - period.from.ordinal) / Double(days) * (Self.right - Self.left)
    }

    /// The y of a value.
    func y(_ value: Double) -> Double {
        Self.bottom - (value - lower) / (upper - lower) * (Self.bottom - Self.top)
    }
}
