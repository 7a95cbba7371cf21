/// The caseload outcomes of the index: every figure with the clients behind it, each linked to that
/// client's latest report (README, "Index variables": `outcomes`).
final class OutcomesView: TemplateView {
    let outcomes: CaseloadOutcomes
    let finished: FinishedEpisodes
    /// Each client's latest report.
    let latest: [String: CaseloadIndex.ReportLink]
    let markup: Markup

    init(_ index: CaseloadIndex, markup: Markup) {
        outcomes = index.outcomes
        finished = index.finished
        var latest: [String: CaseloadIndex.ReportLink] = [:]
        for entry in index.entries { latest[entry.client] = entry.reports.last }
        self.latest = latest
        self.markup = markup
    }

    /// The links of `clients`.
    func links(_ clients: [String]) -> [ClientLinkView] {
        clients.map { ClientLinkView($0, outcomes: self) }
    }

    static let fields = ViewFields<OutcomesView>("outcomes", [
        .list("instruments", of: InstrumentView.self) { view in view.outcomes.instruments.map { InstrumentView($0, outcomes: view) } },
        .value("hasInstruments") { !$0.outcomes.instruments.isEmpty },
        .value("meanGAS") { $0.outcomes.meanGAS.map { DisplayFormat.number(($0 * 10).rounded() / 10) ?? "" } },
        .list("gasClients", of: ClientLinkView.self) { $0.links($0.outcomes.gasScores.map(\.client)) },
        .value("hasGas") { !$0.outcomes.gasScores.isEmpty },
        .list("flagged", of: FlaggedClientView.self) { view in view.outcomes.flagged.map { FlaggedClientView($0, outcomes: view) } },
        .value("hasFlagged") { !$0.outcomes.flagged.isEmpty },
        .object("finished", FinishedEpisodesView.self) { FinishedEpisodesView($0.finished, markup: $0.markup) },
    ])
}

/// One instrument across the caseload: `instrument`, `count`, `clients` and the five figures.
final class InstrumentView: TemplateView {
    let outcome: CaseloadOutcomes.InstrumentOutcome
    let outcomes: OutcomesView

    init(_ outcome: CaseloadOutcomes.InstrumentOutcome, outcomes: OutcomesView) {
        self.outcome = outcome
        self.outcomes = outcomes
    }

    private static func figure(_ name: String, _ clients: @escaping @Sendable (CaseloadOutcomes.InstrumentOutcome) -> [String],
                               of total: @escaping @Sendable (CaseloadOutcomes.InstrumentOutcome) -> Int) -> ViewField<InstrumentView> {
        .object(name, FigureView.self) { FigureView(clients($0.outcome), of: total($0.outcome), outcomes: $0.outcomes) }
    }

    static let fields = ViewFields<InstrumentView>("instrument", [
        .value("instrument") { $0.outcomes.markup.text($0.outcome.instrument) },
        .list("clients", of: ClientLinkView.self) { $0.outcomes.links($0.outcome.clients) },
        .value("count") { $0.outcome.clients.count },
        figure("improved", \.improved, of: \.clients.count),
        figure("deteriorated", \.deteriorated, of: \.clients.count),
        figure("recovered", \.recovered, of: \.recoveryEligible),
        figure("responded", \.responded, of: \.responseEligible),
        figure("remitted", \.remitted, of: \.remissionEligible),
    ])
}

/// One outcome figure: `count` of `of` clients, `share` (`40%`, absent when `of` is 0), and the `clients`.
final class FigureView: TemplateView {
    let clients: [String]
    let total: Int
    let outcomes: OutcomesView

    init(_ clients: [String], of total: Int, outcomes: OutcomesView) {
        self.clients = clients
        self.total = total
        self.outcomes = outcomes
    }

    static let fields = ViewFields<FigureView>("figure", [
        .value("count") { $0.clients.count },
        .value("of") { $0.total },
        .value("share") { $0.total > 0 ? DisplayFormat.percent(Double($0.clients.count) / Double($0.total)) : nil },
        .list("clients", of: ClientLinkView.self) { $0.outcomes.links($0.clients) },
    ])
}

/// A client behind a figure: `client` and the paths of its latest report (`md`, `html`, `json`).
final class ClientLinkView: TemplateView {
    let client: String
    let outcomes: OutcomesView

    init(_ client: String, outcomes: OutcomesView) {
        self.client = client
        self.outcomes = outcomes
    }

    static let fields = ViewFields<ClientLinkView>("client link", [
        .value("client") { $0.outcomes.markup.text($0.client) },
    ] + ReportFiles.fields { $0.outcomes.latest[$0.client]?.files })
}

/// A client with safety flags: the client's link and the flags' `dates`.
final class FlaggedClientView: TemplateView {
    let link: ClientLinkView
    let flagged: CaseloadOutcomes.FlaggedClient

    init(_ flagged: CaseloadOutcomes.FlaggedClient, outcomes: OutcomesView) {
        self.flagged = flagged
        link = ClientLinkView(flagged.client, outcomes: outcomes)
    }

    static let fields = ClientLinkView.fields.lifted("flagged client", through: { (view: FlaggedClientView) in view.link }, adding: [
        .value("dates") { $0.flagged.flags.map(\.date.description).joined(separator: ", ") },
    ])
}
