/// One outcome measure over a report's period (README, "Report variables": Measure).
final class MeasureView: TemplateView {
    let measure: MeasureProgress
    let period: Period
    /// For the instrument's scale in the chart.
    let configuration: Configuration
    let markup: Markup

    init(_ measure: MeasureProgress, period: Period, configuration: Configuration, markup: Markup) {
        self.measure = measure
        self.period = period
        self.configuration = configuration
        self.markup = markup
    }

    private static func yesNo(_ value: Bool?) -> String? { value.map { $0 ? "yes" : "no" } }

    static let fields = ViewFields<MeasureView>("measure", [
        .object("chart", ChartView.self) { view in
            view.markup.htmlOnly {
                Charts.measure(view.measure, instrument: view.configuration.instrument(named: view.measure.instrument), period: view.period)
            }.map(ChartView.init)
        },
        .value("instrument") { $0.markup.text($0.measure.instrument) },
        .value("trendText") { view in DisplayFormat.trend(of: view.measure).map(view.markup.text) },
        .list("scores", of: ScoreView.self) { $0.measure.scores.map(ScoreView.init) },
        .value("hasScores") { !$0.measure.scores.isEmpty },
        .value("scoresText") { $0.measure.scores.compactMap { DisplayFormat.number($0.score) }.joined(separator: " → ") },
        .value("baseline") { DisplayFormat.number($0.measure.baseline) },
        .value("start") { DisplayFormat.number($0.measure.start) },
        .value("end") { DisplayFormat.number($0.measure.end) },
        .value("change") { DisplayFormat.signed($0.measure.change) },
        .value("changeFromBaseline") { DisplayFormat.signed($0.measure.changeFromBaseline) },
        .value("severity") { $0.measure.severity },
        .value("reliableChange") { $0.measure.reliableChange?.rawValue },
        .value("response") { yesNo($0.measure.response) },
        .value("remission") { yesNo($0.measure.remission) },
        .value("recovered") { yesNo($0.measure.recovered) },
    ])
}

/// One score of a measure: `date`, `score`.
struct ScoreView: TemplateView {
    let score: Score

    init(_ score: Score) { self.score = score }

    static let fields = ViewFields<ScoreView>("score", [
        .value("date") { $0.score.date.description },
        .value("score") { DisplayFormat.number($0.score.score) ?? "" },
    ])
}
