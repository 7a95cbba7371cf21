/// The paired outcomes of a finished treatment episode (docs/report-model.md, "Episode outcomes"), in
/// words: each figure `yes`, `no`, or `not known` when no measure pairs.
final class EpisodeOutcomesView: TemplateView {
    let outcomes: EpisodeOutcomes
    let markup: Markup

    init(_ outcomes: EpisodeOutcomes, markup: Markup) {
        self.outcomes = outcomes
        self.markup = markup
    }

    private static func words(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "not known" }

    static let fields = ViewFields<EpisodeOutcomesView>("outcomes", [
        .value("attendedSessions") { $0.outcomes.attendedSessions },
        .value("basis") { $0.markup.text($0.outcomes.basis) },
        .list("measures", of: OutcomePairView.self) { view in view.outcomes.measures.map { OutcomePairView($0, markup: view.markup) } },
        .value("hasMeasures") { !$0.outcomes.measures.isEmpty },
        .value("caseAtStart") { words($0.outcomes.caseAtStart) },
        .value("recovered") { words($0.outcomes.recovered) },
        .value("reliableImprovement") { words($0.outcomes.reliableImprovement) },
        .value("reliableDeterioration") { words($0.outcomes.reliableDeterioration) },
        .value("reliableRecovery") { words($0.outcomes.reliableRecovery) },
        .value("sessionsToReliableImprovement") { $0.outcomes.sessionsToReliableImprovement },
    ])
}

/// One measure of the paired outcomes: its first and last score in the episode.
final class OutcomePairView: TemplateView {
    let pair: EpisodeOutcomes.Pair
    let markup: Markup

    init(_ pair: EpisodeOutcomes.Pair, markup: Markup) {
        self.pair = pair
        self.markup = markup
    }

    static let fields = ViewFields<OutcomePairView>("outcome measure", [
        .value("instrument") { $0.markup.text($0.pair.instrument) },
        .value("first") { DisplayFormat.number($0.pair.first) ?? "" },
        .value("last") { DisplayFormat.number($0.pair.last) ?? "" },
        .value("firstDate") { $0.pair.firstDate.description },
        .value("lastDate") { $0.pair.lastDate.description },
    ])
}
