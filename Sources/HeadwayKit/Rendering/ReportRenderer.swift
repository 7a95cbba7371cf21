/// Renders progress reports to the bytes of each output format.
public struct ReportRenderer: Sendable {
    let templates: TemplateSet
    let configuration: Configuration
    /// Whether a review document ends with the appendix of the diagnostics of the client's notes.
    let reviewDiagnostics: Bool

    /// Creates a renderer using `templates`, with the clinic's details and instruments from `configuration`;
    /// `reviewDiagnostics` adds the diagnostics appendix to review documents (`review --with-diagnostics`).
    public init(templates: TemplateSet, configuration: Configuration = Configuration(), reviewDiagnostics: Bool = false) {
        self.templates = templates
        self.configuration = configuration
        self.reviewDiagnostics = reviewDiagnostics
    }

    /// The report as a file of `format`, written for `audience` (JSON is the model, for the clinician only).
    public func render(_ report: ProgressReport, as format: OutputFormat, for audience: Audience = .clinician) -> String {
        switch format {
        case .fhir:
            return fhir(report)
        case .json, .pdf, .csv:
            return report.json.serialized()
        case .markdown, .html:
            if audience == .client { return renderForClient(report, as: format) }
            return Self.finish(templates.render(view(of: report, as: format), template: "report.\(format.fileExtension)"), format)
        }
    }

    /// The report's HTML for print: `report.html` with the paper size, which makes the template include
    /// the paged-media CSS (`report-print`: page size, running header, page numbers, page breaks).
    public func renderForPrint(_ report: ProgressReport, paper: Paper, for audience: Audience = .clinician) -> String {
        if audience == .client { return renderForClient(report, as: .html, paper: paper) }
        return Self.finish(templates.render(PrintedReportView(view(of: report, as: .html), paper: paper), template: "report.html"), .html)
    }

    /// The treatment-plan review document for `report` (whose period runs from the plan's start to
    /// the review date) as Markdown or HTML (`pdf` is made from the HTML); JSON is the report's model.
    /// The client's version is the client's report of the review's period.
    public func renderReview(_ report: ProgressReport, as format: OutputFormat, paper: Paper, for audience: Audience = .clinician) -> String {
        switch format {
        case .fhir:
            return fhir(report)
        case .json, .pdf, .csv:
            return report.json.serialized()
        case .markdown, .html:
            if audience == .client { return renderForClient(report, as: format, paper: paper) }
            return Self.finish(templates.render(ReviewView(view(of: report, as: format), paper: paper, withDiagnostics: reviewDiagnostics), template: "review.\(format.fileExtension)"), format)
        }
    }

    /// The discharge summary for `report` (whose period is a finished episode, its start to its
    /// discharge date) as Markdown or HTML (`pdf` is made from the HTML); JSON is the report's model
    /// with the discharge note's `discharge`. The client's version is the client's report of the episode.
    public func renderDischarge(_ report: ProgressReport, as format: OutputFormat, paper: Paper, for audience: Audience = .clinician) -> String {
        switch format {
        case .fhir:
            return fhir(report)
        case .json, .pdf, .csv:
            return report.dischargeJSON.serialized()
        case .markdown, .html:
            if audience == .client { return renderForClient(report, as: format, paper: paper) }
            return Self.finish(templates.render(DischargeView(view(of: report, as: format), paper: paper), template: "discharge.\(format.fileExtension)"), format)
        }
    }

    /// The report as a FHIR R4 `Bundle` (docs/fhir.md), the Patient's identifier in the configuration's system.
    public func fhir(_ report: ProgressReport) -> String {
        FHIRBundle(report, configuration: configuration).json.serialized()
    }

    /// The caseload index as a file of `format` (an index is not written in FHIR: `fhir` gives its JSON).
    public func render(_ index: CaseloadIndex, as format: OutputFormat) -> String {
        switch format {
        case .json, .pdf, .csv, .fhir:
            return index.json.serialized()
        case .markdown, .html:
            return Self.finish(templates.render(IndexView(index, markup: Markup(format: format), configuration: configuration), template: "index.\(format.fileExtension)"), format)
        }
    }

    /// What the report templates see of `report` in `format`.
    func view(of report: ProgressReport, as format: OutputFormat) -> ReportView {
        ReportView(report, markup: Markup(format: format), configuration: configuration)
    }

    /// Markdown is tidied; every file ends with one newline.
    static func finish(_ text: String, _ format: OutputFormat) -> String {
        if format == .markdown { return tidy(text) }
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
