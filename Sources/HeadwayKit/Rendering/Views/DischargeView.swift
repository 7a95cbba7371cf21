/// A discharge summary as its templates see it: the report of the finished episode (its start to its
/// discharge date), the paper size, and the discharge note's reason, summary and recommendations
/// (README, "Discharge summary variables").
final class DischargeView: TemplateView {
    let report: ReportView
    /// The CSS page size, `A4` or `letter`.
    let paper: String

    init(_ report: ReportView, paper: Paper) {
        self.report = report
        self.paper = paper.cssSize
    }

    private var note: DischargeNote? { report.report.episode?.discharge }

    /// The discharge reason in words (`referred on`), `not given` when the note has no valid one.
    private var reasonText: String {
        guard let reason = note?.reason else { return "not given" }
        return EpisodeView.words(reason)
    }

    static let fields = ReportView.fields.lifted("discharge", through: { (view: DischargeView) in view.report }, adding: [
        .value("paper") { $0.paper },
        .value("dischargeDate") { $0.note?.date.description },
        .value("dischargeReason") { $0.reasonText },
        .object("summary", ReviewTextView.self) { view in view.note?.summary.map { ReviewTextView($0, markup: view.report.markup) } },
        .object("recommendations", ReviewTextView.self) { view in view.note?.recommendations.map { ReviewTextView($0, markup: view.report.markup) } },
        .value("signingClinician") { view in (view.note?.clinician ?? view.report.report.clinician).map(view.report.markup.text) },
        .value("hasRatedGoals") { $0.report.report.goals.contains { !$0.ratings.isEmpty } },
    ])
}
