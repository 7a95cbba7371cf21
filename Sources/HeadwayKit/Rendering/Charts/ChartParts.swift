/// A legend sample: the mark it explains.
enum LegendSymbol {
    /// A filled circle on a solid line: the data.
    case point
    /// A white circle with a dark outline: data before the report's period.
    case hollowPoint
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

    /// Value labels left of the plot at each value's y, and light grid lines across it when `grid`.
    mutating func valueLabels(_ values: [Double], _ geometry: ChartGeometry, grid: Bool) {
        for value in values {
            let y = geometry.y(value)
            if grid {
                line("grid", from: (ChartGeometry.left, y), to: (geometry.right, y), stroke: ChartInk.grid, width: 1)
            }
            text(Charts.words(value), kind: "tick", at: (ChartGeometry.left - 6, y + 4), anchor: "end")
        }
    }

    /// The left and bottom axes, with the first and last dates of the span under the bottom one (one
    /// centred date for a one-day span), and between them a short mark at each of `DateTicks`,
    /// labelled where the label stands clear of the others.
    mutating func axes(_ geometry: ChartGeometry) {
        let corner = (x: ChartGeometry.left, y: ChartGeometry.bottom)
        line("axis", from: corner, to: (ChartGeometry.left, ChartGeometry.top), stroke: ChartInk.muted, width: 1)
        line("axis", from: corner, to: (geometry.right, ChartGeometry.bottom), stroke: ChartInk.muted, width: 1)
        let span = geometry.span, y = ChartGeometry.bottom + 16
        if span.from == span.to {
            text(span.from.description, kind: "axis-date", at: (geometry.x(span.from), y), anchor: "middle")
            return
        }
        text(span.from.description, kind: "axis-date", at: (ChartGeometry.left, y))
        text(span.to.description, kind: "axis-date", at: (geometry.right, y), anchor: "end")
        for day in DateTicks.days(in: span, width: geometry.right - ChartGeometry.left) {
            let x = geometry.x(day), label = DateTicks.label(day, monthly: DateTicks.isMonthly(span))
            line("date-tick", from: (x, ChartGeometry.bottom), to: (x, ChartGeometry.bottom + 4), stroke: ChartInk.muted, width: 1)
            if isClear(TextBox(label, at: (x, y), anchor: "middle", size: 10).padded(by: 6)) {
                text(label, kind: "axis-date", at: (x, y), anchor: "middle", size: 10)
            }
        }
    }

    /// The data: a solid line through the values in date order and a circle on each, filled unless
    /// the value is one of the `earlier` ones before the report's period.
    mutating func series(_ values: [(day: Day, value: Double)], _ geometry: ChartGeometry, earlier: Int = 0) {
        let points = values.map { (x: geometry.x($0.day), y: geometry.y($0.value)) }
        if points.count > 1 { polyline("line", points) }
        for (index, point) in points.enumerated() {
            circle(index < earlier ? "earlier-point" : "point", at: point, radius: 3.5, hollow: index < earlier)
        }
    }

    /// A revision: a dashed vertical line across the plot, "R" above it unless another label is there.
    mutating func revisionMarker(at x: Double) {
        line("revision", from: (x, ChartGeometry.top), to: (x, ChartGeometry.bottom), stroke: ChartInk.muted,
             width: 1.5, dash: Self.revisionDash)
        let at = (x: x, y: ChartGeometry.top - 6)
        if isClear(TextBox("R", at: at, anchor: "middle", size: 11, bold: true)) {
            text("R", kind: "revision-label", at: at, anchor: "middle", bold: true)
        }
    }

    /// A milestone: a filled triangle standing on the bottom axis.
    mutating func milestoneMarker(at x: Double) {
        polygon("milestone", Self.triangle(x: x, base: ChartGeometry.bottom))
    }

    /// Rows of samples and their meanings under the date labels, a new row (16 units lower, the
    /// canvas growing with it) when an entry would pass the canvas's right edge.
    mutating func legend(_ entries: [(symbol: LegendSymbol, label: String)]) {
        var x = ChartGeometry.left, row = 0.0
        for entry in entries {
            let width = 22 + TextBox(entry.label, at: (0, 0), anchor: "start", size: 11).maxX
            if x > ChartGeometry.left, x + width > ChartGeometry.width - 8 {
                x = ChartGeometry.left
                row += 16
                height += 16
            }
            legendEntry(entry.symbol, entry.label, x: x, baseline: ChartGeometry.height - 8 + row)
            x += width + 18
        }
    }

    private mutating func legendEntry(_ symbol: LegendSymbol, _ label: String, x: Double, baseline: Double) {
        let middle = baseline - 4
        switch symbol {
        case .point:
            line("legend", from: (x, middle), to: (x + 16, middle), stroke: ChartInk.ink, width: 2)
            circle("legend", at: (x + 8, middle), radius: 3.5)
        case .hollowPoint:
            line("legend", from: (x, middle), to: (x + 16, middle), stroke: ChartInk.ink, width: 2)
            circle("legend", at: (x + 8, middle), radius: 3.5, hollow: true)
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
        text(label, kind: "legend", at: (x + 22, baseline))
    }

    /// A 12-wide, 10-high triangle pointing up, centred on `x`, its base at `base`.
    private static func triangle(x: Double, base: Double) -> [(x: Double, y: Double)] {
        [(x - 6, base), (x + 6, base), (x, base - 10)]
    }
}
