/// A report file format.
public enum OutputFormat: String, Sendable, CaseIterable, Hashable {
    case markdown = "md"
    case html
    case json
    /// Plan reviews only: the review's HTML printed to PDF by WeasyPrint.
    case pdf

    /// The file extension.
    public var fileExtension: String { rawValue }
}
