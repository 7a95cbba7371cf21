extension ReportRenderer {
    /// The client's version of `report` (a progress report, or a review's period) as Markdown or HTML,
    /// from the `client-report` templates; `paper` sizes the page when it is printed.
    func renderForClient(_ report: ProgressReport, as format: OutputFormat, paper: Paper? = nil) -> String {
        let view = ClientReportView(report, markup: Markup(format: format), configuration: configuration, paper: paper)
        return Self.finish(templates.render(view, template: "client-report.\(format.fileExtension)"), format)
    }
}
