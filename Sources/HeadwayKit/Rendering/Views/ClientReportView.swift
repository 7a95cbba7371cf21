/// A report as the client's version sees it (README, "Client report variables"): the person in
/// therapy's own report, in plain words. It answers no clinical detail: no severity, reliable change
/// or caseness, no excerpts of the clinician's notes, no diagnostics, no safety-flag detail.
final class ClientReportView: TemplateView {
    let report: ProgressReport
    let markup: Markup
    /// The clinic's settings (header details, instruments).
    let configuration: Configuration
    /// The paper size when the report is printed (or is a review's), else nil.
    let paper: Paper?

    init(_ report: ProgressReport, markup: Markup, configuration: Configuration, paper: Paper? = nil) {
        self.report = report
        self.markup = markup
        self.configuration = configuration
        self.paper = paper
    }

    /// Every goal, made once: milestones name theirs by its statement.
    private(set) lazy var goals = report.goals.map { ClientGoalView($0, period: report.period, markup: markup) }

    /// The statement a milestone's goal is known by, or nil.
    func statement(ofGoal id: String?) -> String? {
        guard let id else { return nil }
        return goals.first { $0.goal.id == id }?.statement
    }

    static let fields = ViewFields<ClientReportView>("client report", [
        .object("client", ClientView.self) { ClientView($0.report.client, markup: $0.markup) },
        .value("clinician") { view in view.report.clinician.map(view.markup.text) },
        .object("period", PeriodView.self) { PeriodView($0.report.period) },
        .value("periodText") { ClientWording.period($0.report.period) },
        .value("paper") { $0.paper?.cssSize },
        .value("sessionsText") { ClientWording.sessions($0.report.sessions.attended) },
        .object("clinic", ClinicView.self) { ClinicView($0.configuration, markup: $0.markup) },
        .list("milestones", of: ClientMilestoneView.self) { view in
            view.report.milestones.map { ClientMilestoneView($0, goal: view.statement(ofGoal: $0.goal), markup: view.markup) }
        },
        .list("goals", of: ClientGoalView.self) { $0.goals },
        .list("measures", of: ClientMeasureView.self) { view in
            view.report.measures.filter { $0.end != nil }.map {
                ClientMeasureView($0, instrument: view.configuration.instrument(named: $0.instrument), markup: view.markup)
            }
        },
        .value("hasMilestones") { !$0.report.milestones.isEmpty },
        .value("hasGoals") { !$0.report.goals.isEmpty },
        .value("hasChanges") { !$0.report.revisions.isEmpty },
        .value("hasMeasures") { $0.report.measures.contains { $0.end != nil } },
        .value("hasSafetyFlags") { !$0.report.safetyFlags.isEmpty },
    ])
}
