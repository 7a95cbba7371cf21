/// The index's finished episodes: the figures of them all, per month with `--by-month`, and the
/// breakdowns by clinician and by modality (README, "Index variables": `outcomes.finished`).
final class FinishedEpisodesView: TemplateView {
    let finished: FinishedEpisodes
    let markup: Markup

    init(_ finished: FinishedEpisodes, markup: Markup) {
        self.finished = finished
        self.markup = markup
    }

    private func rows(_ groups: [FinishedEpisodes.Group]) -> [BreakdownRowView] {
        groups.map { BreakdownRowView($0, markup: markup) }
    }

    static let fields = ViewFields<FinishedEpisodesView>("finished episodes", [
        .value("hasEpisodes") { !$0.finished.episodes.isEmpty },
        .object("total", EpisodeFiguresView.self) { EpisodeFiguresView($0.finished.total) },
        .list("months", of: MonthFiguresView.self) { view in view.finished.months.map { MonthFiguresView($0, markup: view.markup) } },
        .value("hasMonths") { !$0.finished.months.isEmpty },
        .list("byClinician", of: BreakdownRowView.self) { view in view.rows(view.finished.byClinician ?? []) },
        .value("clinicianRedacted") { $0.finished.redacted },
        .list("byModality", of: BreakdownRowView.self) { view in view.rows(view.finished.byModality) },
        .value("hasWithheld") { view in
            ((view.finished.byClinician ?? []) + view.finished.byModality).contains { $0.withheld != nil }
                || view.finished.months.contains { $0.withheld != nil }
        },
    ])
}

/// The figures of a group of finished episodes: `episodes`, each figure (count, of, share), and the
/// mean and median sessions to reliable improvement.
final class EpisodeFiguresView: TemplateView {
    let figures: EpisodeFigures

    init(_ figures: EpisodeFigures) {
        self.figures = figures
    }

    private static func figure(_ name: String, _ figure: @escaping @Sendable (EpisodeFigures) -> EpisodeFigures.Figure) -> ViewField<EpisodeFiguresView> {
        .object(name, EpisodeFigureView.self) { EpisodeFigureView(figure($0.figures)) }
    }

    /// `4.5`: one decimal at most.
    static func sessions(_ value: Double?) -> String? {
        value.flatMap { DisplayFormat.number(($0 * 10).rounded() / 10) }
    }

    static let fields = ViewFields<EpisodeFiguresView>("episode figures", [
        .value("episodes") { $0.figures.episodes },
        figure("bothMeasures", \.bothMeasures), figure("oneMeasure", \.oneMeasure), figure("noPairedMeasure", \.noPairedMeasure),
        figure("caseAtStart", \.caseAtStart), figure("recovered", \.recovered), figure("reliableRecovery", \.reliableRecovery),
        figure("reliableImprovement", \.reliableImprovement), figure("reliableDeterioration", \.reliableDeterioration),
        .value("meanSessions") { sessions($0.figures.meanSessionsToReliableImprovement) ?? "—" },
        .value("medianSessions") { sessions($0.figures.medianSessionsToReliableImprovement) ?? "—" },
    ])
}

/// One figure of finished episodes: `count` of `of`, and `share` (`40%`, `—` when `of` is 0).
final class EpisodeFigureView: TemplateView {
    let figure: EpisodeFigures.Figure

    init(_ figure: EpisodeFigures.Figure) {
        self.figure = figure
    }

    static let fields = ViewFields<EpisodeFigureView>("episode figure", [
        .value("count") { $0.figure.count },
        .value("of") { $0.figure.of },
        .value("share") { DisplayFormat.percent($0.figure.share) ?? "—" },
    ])
}

/// The finished episodes discharged in one month: its `label`, `withheld` (as a breakdown row's) and its
/// figures, those of no episode when the month is withheld.
final class MonthFiguresView: TemplateView {
    let month: FinishedEpisodes.Month
    let figures: EpisodeFiguresView
    let markup: Markup

    init(_ month: FinishedEpisodes.Month, markup: Markup) {
        self.month = month
        figures = EpisodeFiguresView(month.withheld == nil ? month.figures : EpisodeFigures([]))
        self.markup = markup
    }

    static let fields = EpisodeFiguresView.fields.lifted("month figures", through: { (view: MonthFiguresView) in view.figures }, adding: [
        .value("label") { $0.markup.text($0.month.period.label) },
        .value("withheld") { BreakdownRowView.text($0.month.withheld) },
    ])
}

/// One row of a breakdown, every cell as shown: `name`, `episodes` and the shares, each `fewer than 5`
/// or `withheld` when the row's figures are withheld, a share `—` when nothing can be told.
final class BreakdownRowView: TemplateView {
    let group: FinishedEpisodes.Group
    let markup: Markup

    init(_ group: FinishedEpisodes.Group, markup: Markup) {
        self.group = group
        self.markup = markup
    }

    /// What a withheld row shows in every cell; nil when it is shown.
    var withheld: String? { Self.text(group.withheld) }

    /// What a group withheld for `withholding` shows in every cell; nil when it is shown.
    static func text(_ withholding: FinishedEpisodes.Withholding?) -> String? {
        switch withholding {
        case .fewerThanFive?: return "fewer than \(FinishedEpisodes.smallestShown)"
        case .protectsSmallGroup?: return "withheld"
        case nil: return nil
        }
    }

    private static func share(_ name: String, _ figure: @escaping @Sendable (EpisodeFigures) -> EpisodeFigures.Figure) -> ViewField<BreakdownRowView> {
        .value(name) { $0.withheld ?? DisplayFormat.percent(figure($0.group.figures).share) ?? "—" }
    }

    static let fields = ViewFields<BreakdownRowView>("breakdown row", [
        .value("name") { view in view.group.name.map(view.markup.text) ?? "not recorded" },
        .value("withheld") { $0.withheld },
        .value("episodes") { $0.withheld ?? String($0.group.figures.episodes) },
        share("caseAtStart", \.caseAtStart), share("recovered", \.recovered), share("reliableRecovery", \.reliableRecovery),
        share("reliableImprovement", \.reliableImprovement), share("reliableDeterioration", \.reliableDeterioration),
    ])
}
