/// The part of a report's period in one treatment episode, when the period crosses a discharge
/// (README, "Report variables": Episode part).
final class EpisodePartView: TemplateView {
    let part: EpisodePart
    /// The report's period.
    let reportPeriod: Period
    let configuration: Configuration
    let markup: Markup

    init(_ part: EpisodePart, in period: Period, configuration: Configuration, markup: Markup) {
        self.part = part
        self.reportPeriod = period
        self.configuration = configuration
        self.markup = markup
    }

    /// The part's days as a period, for its measures' charts.
    private var period: Period { .range(from: part.from, to: part.to) }

    static let fields = ViewFields<EpisodePartView>("episode part", [
        .value("number") { $0.part.episode.number },
        .value("from") { $0.part.from.description },
        .value("to") { $0.part.to.description },
        .value("text") { EpisodePartView.text($0.part, in: $0.reportPeriod) },
        .object("sessions", SessionsView.self) { SessionsView($0.part.sessions) },
        .list("measures", of: MeasureView.self) { view in
            view.part.measures.map { MeasureView($0, period: view.period, configuration: view.configuration, markup: view.markup) }
        },
        .value("hasMeasures") { !$0.part.measures.isEmpty },
        .object("outcomes", EpisodeOutcomesView.self) { view in view.part.episode.outcomes.map { EpisodeOutcomesView($0, markup: view.markup) } },
    ])

    /// `Episode 1, to 2026-03-10 (discharged: completed)` for an episode that began before the period,
    /// `Episode 2, since 2026-03-20` for one still open, `Episode 2, 2026-03-20 to 2026-03-28 (discharged: …)`
    /// for one that began and ended in the report's `period`.
    static func text(_ part: EpisodePart, in period: Period) -> String {
        let episode = part.episode
        guard let end = episode.end else { return "Episode \(episode.number), since \(episode.start)" }
        let reason = episode.discharge?.reason.map { ": \(EpisodeView.words($0))" } ?? ""
        let days = episode.start < period.from ? "to \(end)" : "\(episode.start) to \(end)"
        return "Episode \(episode.number), \(days) (discharged\(reason))"
    }
}
