/// Choices that change what a report contains.
public struct ReportOptions: Sendable, Equatable {
    /// Leave out the client's name, the clinician's name and every narrative excerpt.
    public var redact: Bool
    /// Custom goal areas declared by the clinic (tag → title).
    public var declaredAreas: [String: String]

    /// Creates options.
    public init(redact: Bool = false, declaredAreas: [String: String] = [:]) {
        self.redact = redact
        self.declaredAreas = declaredAreas
    }
}
