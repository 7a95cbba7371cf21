/// A report as its templates see it (README, "Report variables").
final class ReportView: TemplateView {
    let report: ProgressReport
    let markup: Markup
    /// The clinic's settings (header details, instruments).
    let configuration: Configuration

    init(_ report: ProgressReport, markup: Markup, configuration: Configuration) {
        self.report = report
        self.markup = markup
        self.configuration = configuration
    }

    /// Every goal, made once: the areas list their own.
    private(set) lazy var goals = report.goals.map { GoalView($0, period: report.period, markup: markup) }

    static let fields = ViewFields<ReportView>("report", [
        .object("client", ClientView.self) { ClientView($0.report.client, markup: $0.markup) },
        .value("clinician") { view in view.report.clinician.map(view.markup.text) },
        .object("period", PeriodView.self) { PeriodView($0.report.period) },
        .object("episode", EpisodeView.self) { view in view.report.episode.map { EpisodeView($0, markup: view.markup) } },
        .list("episodeParts", of: EpisodePartView.self) { view in
            view.report.episodeParts.map { EpisodePartView($0, in: view.report.period, configuration: view.configuration, markup: view.markup) }
        },
        .value("hasEpisodeParts") { !$0.report.episodeParts.isEmpty },
        .value("episodePartsText") { view in
            view.report.episodeParts.isEmpty ? nil
                : view.report.episodeParts.map { EpisodePartView.text($0, in: view.report.period) }.joined(separator: " · ")
        },
        .object("sessions", SessionsView.self) { SessionsView($0.report.sessions) },
        .object("clinic", ClinicView.self) { ClinicView($0.configuration, markup: $0.markup) },
        .list("goals", of: GoalView.self) { $0.goals },
        .list("areas", of: AreaView.self) { view in
            view.report.areas.map { area in AreaView(area, goals: view.goals.filter { $0.goal.area == area.area }, markup: view.markup) }
        },
        .list("measures", of: MeasureView.self) { view in
            view.report.measures.map { MeasureView($0, period: view.report.period, configuration: view.configuration, markup: view.markup) }
        },
        .list("gas", of: GASView.self) { $0.report.gas.map(GASView.init) },
        .object("gasChart", ChartView.self) { view in view.markup.htmlOnly { Charts.gas(view.report.gas, period: view.report.period) }.map(ChartView.init) },
        .list("milestones", of: MilestoneView.self) { view in view.report.milestones.map { MilestoneView($0, markup: view.markup) } },
        .list("revisions", of: RevisionView.self) { view in view.report.revisions.map { RevisionView($0, markup: view.markup) } },
        .list("safetyFlags", of: SafetyFlagView.self) { view in view.report.safetyFlags.map { SafetyFlagView($0, markup: view.markup) } },
        .object("planReview", PlanReviewView.self) { view in view.report.planReview.map { PlanReviewView($0, report: view.report, markup: view.markup) } },
        .texts("warnings") { view in view.report.warnings.map(view.markup.text) },
        .texts("errors") { view in view.report.errors.map(view.markup.text) },
        .value("errorCount") { $0.report.errors.count },
        .value("errorCountText") { DisplayFormat.count($0.report.errors.count, "error") },
        .value("hasGoals") { !$0.report.goals.isEmpty },
        .value("hasAreas") { !$0.report.areas.isEmpty },
        .value("hasMeasures") { !$0.report.measures.isEmpty },
        .value("hasGas") { !$0.report.gas.isEmpty },
        .value("hasMilestones") { !$0.report.milestones.isEmpty },
        .value("hasRevisions") { !$0.report.revisions.isEmpty },
        .value("hasSafetyFlags") { !$0.report.safetyFlags.isEmpty },
        .value("hasWarnings") { !$0.report.warnings.isEmpty },
        .value("hasErrors") { !$0.report.errors.isEmpty },
    ])
}
