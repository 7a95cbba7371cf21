/// A report file format.
public enum OutputFormat: String, Sendable, CaseIterable, Hashable {
    case markdown = "md"
    case html
    case json
    /// The document's HTML, with its paged-media CSS, printed to PDF by WeasyPrint.
    case pdf
    /// The long-format tables `scores`, `ratings` and `goals` (README "CSV"): not one file per report,
    /// so the pipeline writes them itself (`CSVRows`).
    case csv
    /// The report as a FHIR R4 Bundle (docs/fhir.md), for an EHR.
    case fhir

    /// The file extension.
    public var fileExtension: String { self == .fhir ? "fhir.json" : rawValue }
}
