/// A report file format.
public enum OutputFormat: String, Sendable, CaseIterable, Hashable {
    case markdown = "md"
    case html
    case json
    /// The document's HTML, with its paged-media CSS, printed to PDF by WeasyPrint.
    case pdf

    /// The file extension.
    public var fileExtension: String { rawValue }
}
