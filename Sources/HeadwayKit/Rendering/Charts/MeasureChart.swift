extension Charts {
    /// An outcome measure's scores over the period.
    ///
    /// With an instrument, y spans its range (PHQ-9: 0 at y = 200, 27 at y = 20) and the chart draws,
    /// back to front: each severity band as a grey rectangle from its lower bound to the next band's
    /// lower bound (the last to the maximum, as `Instrument.band(of:)` assigns scores), lighter for
    /// better bands, labelled on the right; the reliable-change band, baseline ± threshold clipped to
    /// the range, as a dotted outline around a thin baseline line (the line alone without a
    /// threshold); the caseness cutoff as a dashed line; then the scores as filled circles joined by
    /// a solid line, and a legend.
    /// Without an instrument, y spans the scores and baseline, padded by a tenth of their spread
    /// (at least 1), widened to whole numbers and not below 0 when no value is; a baseline line but
    /// no bands, reliable-change band or cutoff.
    /// Ids: `chart-measure-<instrument>`. Nil when there is no score.
    static func measure(_ measure: MeasureProgress, instrument: Instrument?, period: Period) -> Chart? {
        guard !measure.scores.isEmpty else { return nil }
        let values = measure.scores.map(\.score) + [measure.baseline].compactMap { $0 }
        let range = instrument.map { ($0.minimum, $0.maximum) } ?? dataRange(values)
        let geometry = ChartGeometry(period: period, lower: range.0, upper: range.1)
        var canvas = SVGCanvas()
        canvas.background()
        if let instrument {
            canvas.bands(instrument, geometry)
            let ticks = [instrument.minimum, instrument.maximum] + instrument.bands.map(\.lower)
                + [instrument.caseness].compactMap { $0 }
            canvas.valueLabels(spaced(Set(ticks).sorted(), geometry), geometry, grid: false)
        } else {
            canvas.valueLabels([range.0, (range.0 + range.1) / 2, range.1], geometry, grid: false)
        }
        let references = canvas.references(measure.baseline, instrument, geometry)
        canvas.axes(geometry)
        canvas.series(measure.scores.map { ($0.date, $0.score) }, geometry)
        canvas.legend([(.point, "\(measure.instrument) score")] + references.legend)

        let scores = measure.scores.map { score in
            let band = instrument?.band(of: score.score).map { " (\($0.label))" } ?? ""
            return "\(score.date) \(words(score.score))\(band)"
        }
        let first = "\(measure.instrument) scores \(span(period)): \(scores.joined(separator: ", "))."
        return canvas.chart(id: "chart-measure-" + SVGText.idFragment(measure.instrument),
                            title: "\(measure.instrument) scores, \(period.label)",
                            description: ([first] + references.sentences).joined(separator: " "))
    }

    /// The y range for values of an unknown instrument: min…max padded by a tenth of the spread
    /// (at least 1), widened to whole numbers, and not below 0 when no value is.
    private static func dataRange(_ values: [Double]) -> (Double, Double) {
        let low = values.min() ?? 0, high = values.max() ?? 0
        let pad = max((high - low) / 10, 1)
        let lower = (low - pad).rounded(.down)
        return (low >= 0 ? max(lower, 0) : lower, (high + pad).rounded(.up))
    }

    /// The values whose labels stand at least 12 units apart: the highest always, the others when
    /// clear of it and of the last one kept.
    private static func spaced(_ sorted: [Double], _ geometry: ChartGeometry) -> [Double] {
        guard let top = sorted.last else { return [] }
        var kept: [Double] = []
        for value in sorted {
            let clear = { (other: Double) in abs(geometry.y(value) - geometry.y(other)) >= 12 }
            if value == top || (kept.last.map(clear) ?? true) && clear(top) { kept.append(value) }
        }
        return kept
    }
}

extension SVGCanvas {
    /// The reference lines of a measure: the reliable-change band (baseline ± threshold, clipped to
    /// the plot) as a dotted outline, the baseline as a thin line, and the caseness cutoff dashed;
    /// returns the sentences and legend entries that explain them.
    mutating func references(_ baseline: Double?, _ instrument: Instrument?, _ geometry: ChartGeometry)
        -> (sentences: [String], legend: [(symbol: LegendSymbol, label: String)]) {
        var sentences: [String] = [], legend: [(symbol: LegendSymbol, label: String)] = []
        let across = ChartGeometry.right - ChartGeometry.left
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
            line("baseline", from: (ChartGeometry.left, y), to: (ChartGeometry.right, y), stroke: ChartInk.muted, width: 1)
        }
        if let caseness = instrument?.caseness {
            let y = geometry.y(caseness)
            line("cutoff", from: (ChartGeometry.left, y), to: (ChartGeometry.right, y), stroke: ChartInk.ink,
                 width: 1.5, dash: Self.cutoffDash)
        }
        return (sentences, legend)
    }

    /// An instrument's severity bands behind the plot, each a distinct grey — from #f5f5f5 for the
    /// best band to #b5b5b5 for the worst — labelled at the right when at least 12 units tall.
    mutating func bands(_ instrument: Instrument, _ geometry: ChartGeometry) {
        let count = instrument.bands.count
        for (index, band) in instrument.bands.enumerated() {
            let upper = index + 1 < count ? instrument.bands[index + 1].lower : instrument.maximum
            let top = geometry.y(upper), bottom = geometry.y(band.lower)
            let rank = instrument.lowerIsBetter ? index : count - 1 - index
            let level = 0xF5 - (count > 1 ? (rank * 0x40 + (count - 1) / 2) / (count - 1) : 0)
            let grey = String(level, radix: 16)
            rect("band", x: ChartGeometry.left, y: top, width: ChartGeometry.right - ChartGeometry.left,
                 height: bottom - top, fill: "#" + grey + grey + grey)
            if bottom - top >= 12 {
                text(band.label, kind: "band-label", at: (ChartGeometry.right - 4, (top + bottom) / 2 + 4), anchor: "end", size: 10)
            }
        }
    }
}
