/// A legend sample: the mark it explains.
enum LegendSymbol {
    /// A filled circle on a solid line: the data.
    case point
    /// A dashed line: the caseness cutoff.
    case dashedLine
    /// A thin solid line: a reference value.
    case solidLine
    /// A dotted box around a thin line: a baseline with its reliable-change band.
    case dottedBox
    /// A dashed vertical line with "R": a goal revision.
    case revision
    /// A filled triangle: a milestone.
    case milestone
}

/// The parts every chart shares, drawn with `ChartGeometry`.
extension SVGCanvas {
    /// Dash pattern of the caseness cutoff.
    static let cutoffDash = "6 4"
    /// Dash pattern of revision markers.
    static let revisionDash = "4 3"
    /// Dash pattern of the reliable-change band's outline.
    static let bandDash = "2 2"

    /// A white background, so the chart prints the same on any page colour.
    mutating func background() {
        rect("background", x: 0, y: 0, width: ChartGeometry.width, height: ChartGeometry.height, fill: ChartInk.paper)
    }

    /// Value labels left of the plot at each value's y, and light grid lines across it when `grid`.
    mutating func valueLabels(_ values: [Double], _ geometry: ChartGeometry, grid: Bool) {
        for value in values {
            let y = geometry.y(value)
            if grid {
                line("grid", from: (ChartGeometry.left, y), to: (ChartGeometry.right, y), stroke: ChartInk.grid, width: 1)
            }
            text(Charts.words(value), kind: "tick", at: (ChartGeometry.left - 6, y + 4), anchor: "end")
        }
    }

    /// The left and bottom axes, with the period's first and last dates under the bottom one
    /// (one centred date for a one-day period).
    mutating func axes(_ geometry: ChartGeometry) {
        let corner = (x: ChartGeometry.left, y: ChartGeometry.bottom)
        line("axis", from: corner, to: (ChartGeometry.left, ChartGeometry.top), stroke: ChartInk.muted, width: 1)
        line("axis", from: corner, to: (ChartGeometry.right, ChartGeometry.bottom), stroke: ChartInk.muted, width: 1)
        let period = geometry.period, y = ChartGeometry.bottom + 16
        if period.from == period.to {
            text(period.from.description, kind: "date", at: (geometry.x(period.from), y), anchor: "middle")
        } else {
            text(period.from.description, kind: "date", at: (ChartGeometry.left, y))
            text(period.to.description, kind: "date", at: (ChartGeometry.right, y), anchor: "end")
        }
    }

    /// The data: a solid line through the values in date order and a filled circle on each.
    mutating func series(_ values: [(day: Day, value: Double)], _ geometry: ChartGeometry) {
        let points = values.map { (x: geometry.x($0.day), y: geometry.y($0.value)) }
        if points.count > 1 { polyline("line", points) }
        for point in points { circle("point", at: point, radius: 3.5) }
    }

    /// A revision: a dashed vertical line across the plot, "R" above it.
    mutating func revisionMarker(at x: Double) {
        line("revision", from: (x, ChartGeometry.top), to: (x, ChartGeometry.bottom), stroke: ChartInk.muted,
             width: 1.5, dash: Self.revisionDash)
        text("R", kind: "revision-label", at: (x, ChartGeometry.top - 6), anchor: "middle", bold: true)
    }

    /// A milestone: a filled triangle standing on the bottom axis.
    mutating func milestoneMarker(at x: Double) {
        polygon("milestone", Self.triangle(x: x, base: ChartGeometry.bottom))
    }

    /// A row of samples and their meanings under the date labels.
    mutating func legend(_ entries: [(symbol: LegendSymbol, label: String)]) {
        var x = ChartGeometry.left
        let baseline = ChartGeometry.height - 8, middle = ChartGeometry.height - 12
        for entry in entries {
            switch entry.symbol {
            case .point:
                line("legend", from: (x, middle), to: (x + 16, middle), stroke: ChartInk.ink, width: 2)
                circle("legend", at: (x + 8, middle), radius: 3.5)
            case .dashedLine:
                line("legend", from: (x, middle), to: (x + 16, middle), stroke: ChartInk.ink, width: 1.5, dash: Self.cutoffDash)
            case .solidLine:
                line("legend", from: (x, middle), to: (x + 16, middle), stroke: ChartInk.muted, width: 1.5)
            case .dottedBox:
                rect("legend", x: x, y: middle - 5, width: 16, height: 10, fill: "none", stroke: ChartInk.muted, dash: Self.bandDash)
                line("legend", from: (x, middle), to: (x + 16, middle), stroke: ChartInk.muted, width: 1)
            case .revision:
                text("R", kind: "legend", at: (x + 4, baseline), anchor: "middle", bold: true)
                line("legend", from: (x + 12, middle - 6), to: (x + 12, middle + 6), stroke: ChartInk.muted,
                     width: 1.5, dash: Self.revisionDash)
            case .milestone:
                polygon("legend", Self.triangle(x: x + 8, base: middle + 5))
            }
            text(entry.label, kind: "legend", at: (x + 22, baseline))
            x += 22 + Double(entry.label.count) * 6 + 18
        }
    }

    /// A 12-wide, 10-high triangle pointing up, centred on `x`, its base at `base`.
    private static func triangle(x: Double, base: Double) -> [(x: Double, y: Double)] {
        [(x - 6, base), (x + 6, base), (x, base - 10)]
    }
}
