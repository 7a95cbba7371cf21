/// A report file format.
public enum OutputFormat: String, Sendable, CaseIterable, Hashable {
    case markdown = "md"
    case html
    case json

    /// The file extension.
    public var fileExtension: String { rawValue }
}
