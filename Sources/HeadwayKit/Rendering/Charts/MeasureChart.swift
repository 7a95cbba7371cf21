extension Charts {
    /// An outcome measure's scores: the whole course since its first score, the report's period
    /// highlighted, so a month with two scores still shows the trajectory.
    ///
    /// The x axis runs from the first score before the period (or from the period's start when there
    /// is none) to the period's end; earlier scores are white circles, the period's filled ones, all
    /// joined by one solid line. With earlier scores, a thin line marks where the period starts and a
    /// bar with the period's name stands above it (`periodMarker`).
    /// With an instrument, y spans its range (PHQ-9: 0 at y = 200, 27 at y = 20) and the chart draws,
    /// back to front: the severity bands (`bands`); the reliable-change band, baseline ± threshold
    /// clipped to the range, as a dotted outline around a thin baseline line (the line alone without
    /// a threshold); the caseness cutoff as a dashed line; then the scores and a legend.
    /// Without an instrument, y spans the scores and baseline, padded by a tenth of their spread
    /// (at least 1), widened to whole numbers and not below 0 when no value is; a baseline line but
    /// no bands, reliable-change band or cutoff.
    /// Ids: `chart-measure-<instrument>`. Nil when there is no score in the period.
    static func measure(_ measure: MeasureProgress, instrument: Instrument?, period: Period) -> Chart? {
        guard !measure.scores.isEmpty else { return nil }
        let earlier = measure.earlierScores
        let values = (earlier + measure.scores).map(\.score) + [measure.baseline].compactMap { $0 }
        let range = instrument.map { ($0.minimum, $0.maximum) } ?? dataRange(values)
        let span = earlier.first.map { Period.range(from: min($0.date, period.from), to: period.to) } ?? period
        var geometry = ChartGeometry(span: span, lower: range.0, upper: range.1)
        var canvas = SVGCanvas()
        if let instrument {
            geometry.right = SVGCanvas.plotRight(besideBandsOf: instrument)
            canvas.bands(instrument, geometry)
            let ticks = [instrument.minimum, instrument.maximum] + instrument.bands.map(\.lower)
                + [instrument.caseness].compactMap { $0 }
            canvas.valueLabels(spaced(Set(ticks).sorted(), geometry), geometry, grid: false)
        } else {
            canvas.valueLabels([range.0, (range.0 + range.1) / 2, range.1], geometry, grid: false)
        }
        let references = canvas.references(measure.baseline, instrument, geometry)
        canvas.axes(geometry)
        if !earlier.isEmpty { canvas.periodMarker(period, geometry) }
        canvas.series((earlier + measure.scores).map { ($0.date, $0.score) }, geometry, earlier: earlier.count)
        var legend: [(symbol: LegendSymbol, label: String)] = [(.point, "\(measure.instrument) score")]
        if !earlier.isEmpty { legend.append((.hollowPoint, "before \(period.label)")) }
        canvas.legend(legend + references.legend)

        return canvas.chart(id: "chart-measure-" + SVGText.idFragment(measure.instrument),
                            title: "\(measure.instrument) scores, \(period.label)",
                            description: (scoreSentences(measure, instrument, period) + references.sentences)
                                .joined(separator: " "))
    }

    /// `PHQ-9 scores from … to …: 2026-10-07 14 (moderate), …`, then `Earlier scores: …` when there are.
    private static func scoreSentences(_ measure: MeasureProgress, _ instrument: Instrument?, _ period: Period) -> [String] {
        let listed = { (scores: [Score]) in
            scores.map { score in
                let band = instrument?.band(of: score.score).map { " (\($0.label))" } ?? ""
                return "\(score.date) \(words(score.score))\(band)"
            }.joined(separator: ", ")
        }
        let first = "\(measure.instrument) scores \(span(period)): \(listed(measure.scores))."
        return measure.earlierScores.isEmpty ? [first] : [first, "Earlier scores: \(listed(measure.earlierScores))."]
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
