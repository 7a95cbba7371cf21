/// A small line of progress ratings (0–10) for a goal, drawn as inline SVG by the HTML template.
struct Sparkline {
    static let width = 120.0
    static let height = 32.0
    static let margin = 3.0

    /// The points, in SVG coordinates (y grows downwards; 10 is at the top).
    let points: [(x: Double, y: Double)]

    /// Nil when there is nothing to draw.
    init?(values: [Double]) {
        guard !values.isEmpty else { return nil }
        let step = values.count > 1 ? (Self.width - 2 * Self.margin) / Double(values.count - 1) : 0
        points = values.enumerated().map { index, value in
            let x = values.count > 1 ? Self.margin + Double(index) * step : Self.width / 2
            let y = Self.margin + (10 - min(max(value, 0), 10)) / 10 * (Self.height - 2 * Self.margin)
            return ((x * 10).rounded() / 10, (y * 10).rounded() / 10)
        }
    }

    var context: [String: Any] {
        [
            "width": Int(Self.width), "height": Int(Self.height),
            "points": points.map { "\(JSONValue.format($0.x)),\(JSONValue.format($0.y))" }.joined(separator: " "),
            "dots": points.map { ["x": JSONValue.format($0.x), "y": JSONValue.format($0.y)] },
        ]
    }
}
