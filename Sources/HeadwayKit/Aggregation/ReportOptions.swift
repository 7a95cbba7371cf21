/// Choices that change what a report contains.
public struct ReportOptions: Sendable, Equatable {
    /// Leave out the client's name, the clinician's name and every narrative excerpt.
    public var redact: Bool
    /// The clinic's settings: header details, declared areas and instruments.
    public var configuration: Configuration

    /// Creates options.
    public init(redact: Bool = false, configuration: Configuration = Configuration()) {
        self.redact = redact
        self.configuration = configuration
    }
}
