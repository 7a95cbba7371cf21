/// A progress report as `report.html` sees it when the report is printed to PDF: the report's names,
/// and `paper`, the CSS page size (`A4` or `letter`). The HTML file is rendered from `ReportView`, which
/// has no `paper`, so `{{#paper}}{{> report-print}}{{/paper}}` adds the print CSS to the PDF only.
final class PrintedReportView: TemplateView {
    let report: ReportView
    /// The CSS page size.
    let paper: String

    init(_ report: ReportView, paper: Paper) {
        self.report = report
        self.paper = paper.cssSize
    }

    static let fields = ReportView.fields.lifted("report", through: { (view: PrintedReportView) in view.report }, adding: [
        .value("paper") { $0.paper },
    ])
}
