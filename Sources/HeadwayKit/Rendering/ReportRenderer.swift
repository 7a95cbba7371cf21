/// Renders progress reports to the bytes of each output format.
public struct ReportRenderer: Sendable {
    let templates: TemplateSet

    /// Creates a renderer using `templates`.
    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The report as a file of `format`.
    public func render(_ report: ProgressReport, as format: OutputFormat) -> String {
        switch format {
        case .json:
            return report.json.serialized()
        case .markdown, .html:
            return templates.render(ReportContext(format: format).make(report), template: "report.\(format.fileExtension)")
        }
    }

    /// The caseload index as a file of `format`.
    public func render(_ index: CaseloadIndex, as format: OutputFormat) -> String {
        switch format {
        case .json:
            return index.json.serialized()
        case .markdown, .html:
            return templates.render(IndexContext(format: format).make(index), template: "index.\(format.fileExtension)")
        }
    }
}
