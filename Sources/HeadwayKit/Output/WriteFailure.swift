/// A file that could not be written.
public struct WriteFailure: Error, Equatable, Sendable {
    /// The error, naming the file.
    public var diagnostic: Diagnostic

    /// A failure described by `diagnostic`.
    public init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}
