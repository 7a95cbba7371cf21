/// The marks only measure charts draw: severity bands, reference lines and the period's highlight.
extension SVGCanvas {
    /// Size of the severity band names.
    static let bandLabelSize = 10.0

    /// The plot's right edge that leaves room right of it for the instrument's band names, each
    /// beside a bar 6 units right of the plot, rounded down to tens (PHQ-9, whose longest name is
    /// "moderately severe": 470); 580 when the instrument has no bands.
    static func plotRight(besideBandsOf instrument: Instrument) -> Double {
        let widest = instrument.bands.map { TextBox($0.label, at: (0, 0), anchor: "start", size: bandLabelSize).maxX }.max()
        return widest.map { ((ChartGeometry.width - 8 - $0 - 12) / 10).rounded(.down) * 10 } ?? 580
    }

    /// An instrument's severity bands behind the plot, each a distinct grey — from #f5f5f5 for the
    /// best band to #b5b5b5 for the worst — and, so they are told apart without the shades, right
    /// of the plot a dark bar along each band's height, the bars broken at the bands' edges, with the
    /// band's name beside it when the band is at least 12 units tall.
    mutating func bands(_ instrument: Instrument, _ geometry: ChartGeometry) {
        let count = instrument.bands.count
        for (index, band) in instrument.bands.enumerated() {
            let upper = index + 1 < count ? instrument.bands[index + 1].lower : instrument.maximum
            let top = geometry.y(upper), bottom = geometry.y(band.lower)
            let rank = instrument.lowerIsBetter ? index : count - 1 - index
            let level = 0xF5 - (count > 1 ? (rank * 0x40 + (count - 1) / 2) / (count - 1) : 0)
            let grey = String(level, radix: 16)
            rect("band", x: ChartGeometry.left, y: top, width: geometry.right - ChartGeometry.left,
                 height: bottom - top, fill: "#" + grey + grey + grey)
            let bar = geometry.right + 6
            line("band-edge", from: (bar, top + 1.5), to: (bar, bottom - 1.5), stroke: ChartInk.ink, width: 2)
            if bottom - top >= 12 {
                text(band.label, kind: "band-label", at: (bar + 6, (top + bottom) / 2 + 3.5), size: Self.bandLabelSize)
            }
        }
    }

    /// The report's period within a longer course: a thin line up the plot at its first day and a
    /// bar above the plot across it, its name above the bar's right end.
    mutating func periodMarker(_ period: Period, _ geometry: ChartGeometry) {
        let from = geometry.x(period.from), to = geometry.x(period.to)
        line("period-start", from: (from, ChartGeometry.top), to: (from, ChartGeometry.bottom), stroke: ChartInk.muted, width: 1)
        line("period", from: (from, ChartGeometry.top - 3), to: (to, ChartGeometry.top - 3), stroke: ChartInk.ink, width: 3)
        text(period.label, kind: "period-label", at: (to, ChartGeometry.top - 8), anchor: "end", size: 10)
    }

    /// The reference lines of a measure: the reliable-change band (baseline ± threshold, clipped to
    /// the plot) as a dotted outline, the baseline as a thin line, and the caseness cutoff dashed;
    /// returns the sentences and legend entries that explain them.
    mutating func references(_ baseline: Double?, _ instrument: Instrument?, _ geometry: ChartGeometry)
        -> (sentences: [String], legend: [(symbol: LegendSymbol, label: String)]) {
        var sentences: [String] = [], legend: [(symbol: LegendSymbol, label: String)] = []
        let across = geometry.right - ChartGeometry.left
        if let caseness = instrument?.caseness {
            sentences.append("Caseness cutoff \(Charts.words(caseness)).")
            legend.append((.dashedLine, "caseness cutoff \(Charts.words(caseness))"))
        }
        if let baseline {
            if let threshold = instrument?.reliableChange {
                let top = geometry.y(min(baseline + threshold, geometry.upper))
                let bottom = geometry.y(max(baseline - threshold, geometry.lower))
                rect("reliable-change", x: ChartGeometry.left, y: top, width: across, height: bottom - top,
                     fill: "none", stroke: ChartInk.muted, dash: Self.bandDash)
                sentences.append("Baseline \(Charts.words(baseline)); reliable change ±\(Charts.words(threshold)).")
                legend.append((.dottedBox, "baseline \(Charts.words(baseline)) ± \(Charts.words(threshold)) (reliable change)"))
            } else {
                sentences.append("Baseline \(Charts.words(baseline)).")
                legend.append((.solidLine, "baseline \(Charts.words(baseline))"))
            }
            let y = geometry.y(baseline)
            line("baseline", from: (ChartGeometry.left, y), to: (geometry.right, y), stroke: ChartInk.muted, width: 1)
        }
        if let caseness = instrument?.caseness {
            let y = geometry.y(caseness)
            line("cutoff", from: (ChartGeometry.left, y), to: (geometry.right, y), stroke: ChartInk.ink,
                 width: 1.5, dash: Self.cutoffDash)
        }
        return (sentences, legend)
    }
}
