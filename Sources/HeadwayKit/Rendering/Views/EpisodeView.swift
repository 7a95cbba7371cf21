/// The treatment episode a report is about (docs/note-format.md, section 9).
final class EpisodeView: TemplateView {
    let episode: Episode
    let markup: Markup

    init(_ episode: Episode, markup: Markup) {
        self.episode = episode
        self.markup = markup
    }

    static let fields = ViewFields<EpisodeView>("episode", [
        .value("number") { $0.episode.number },
        .value("start") { $0.episode.start.description },
        .value("end") { $0.episode.end?.description },
        .value("reason") { $0.episode.discharge?.reason.map(EpisodeView.words) },
        .value("text") { EpisodeView.text($0.episode) },
        .object("outcomes", EpisodeOutcomesView.self) { view in view.episode.outcomes.map { EpisodeOutcomesView($0, markup: view.markup) } },
    ])

    /// `Episode 2, since 2026-09-07`, or for a finished one `Episode 1, 2026-01-05 to 2026-03-02 (discharged: completed)`.
    static func text(_ episode: Episode) -> String {
        guard let end = episode.end else { return "Episode \(episode.number), since \(episode.start)" }
        let reason = episode.discharge?.reason.map { ": \(words($0))" } ?? ""
        return "Episode \(episode.number), \(episode.start) to \(end) (discharged\(reason))"
    }

    /// A discharge reason in words: `dropped out`, `referred on`.
    static func words(_ reason: DischargeNote.Reason) -> String {
        reason.rawValue.replacingOccurrences(of: "-", with: " ")
    }
}
