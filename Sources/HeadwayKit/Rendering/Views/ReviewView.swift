/// A treatment-plan review document as its templates see it: the report of the review's period, the
/// paper size, the typed summary and updated plan of the review note dated on the review date, and
/// whether the diagnostics appendix is asked for (README, "Report variables", review templates).
final class ReviewView: TemplateView {
    let report: ReportView
    /// The CSS page size, `A4` or `letter`.
    let paper: String
    /// Whether the review ends with the appendix of the diagnostics of the client's notes (`--with-diagnostics`).
    let withDiagnostics: Bool

    init(_ report: ReportView, paper: Paper, withDiagnostics: Bool = false) {
        self.report = report
        self.paper = paper.cssSize
        self.withDiagnostics = withDiagnostics
    }

    private var note: ReviewNote? { report.report.planReview?.note }

    static let fields = ReportView.fields.lifted("review", through: { (view: ReviewView) in view.report }, adding: [
        .value("paper") { $0.paper },
        .object("summary", ReviewTextView.self) { view in view.note?.summary.map { ReviewTextView($0, markup: view.report.markup) } },
        .object("updatedPlan", ReviewTextView.self) { view in view.note?.updatedPlan.map { ReviewTextView($0, markup: view.report.markup) } },
        .value("signingClinician") { view in (view.note?.clinician ?? view.report.report.clinician).map(view.report.markup.text) },
        .value("hasDiagnosticsAppendix") { $0.withDiagnostics && !$0.report.report.warnings.isEmpty },
    ])
}
