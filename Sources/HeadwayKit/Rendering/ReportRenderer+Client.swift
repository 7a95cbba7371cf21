extension ReportRenderer {
    /// The client's version of `report` (a progress report, or a review's period) as Markdown or HTML,
    /// from the `client-report` templates.
    func renderForClient(_ report: ProgressReport, as format: OutputFormat) -> String {
        let view = ClientReportView(report, markup: Markup(format: format), configuration: configuration)
        return Self.finish(templates.render(view, template: "client-report.\(format.fileExtension)"), format)
    }
}
