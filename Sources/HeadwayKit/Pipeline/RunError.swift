/// Why a run could do nothing (or, for `printerMissing`, not all it was asked): exit status 2. Every
/// case prints as its `diagnostics`, `path: error: message`, through `Diagnostic.formatted` and its
/// escaping (`printerMissing` has none of its own: each PDF's write failure already says it).
public enum RunError: Error, Equatable, Sendable {
    /// The notes folder does not exist or is not a folder.
    case notAFolder(String)
    /// The notes folder itself could not be listed.
    case cannotListNotes(String, reason: String)
    /// The configuration file could not be read or used.
    case configuration([Diagnostic])
    /// A template could not be read or parsed (the error names the file and line).
    case templates(Diagnostic)
    /// The output folder cannot be used: nothing was written.
    case outputFolder(OutputFolder.Refusal)
    /// No valid note or plan has this client id; `diagnostics` are the caseload's, printed first, so
    /// that a client whose every file was rejected learns why.
    case noSuchClient(notesFolder: String, client: String, suggestion: String, diagnostics: [Diagnostic])
    /// A document was asked for a client with nothing to show (no note, no plan by the date, no such
    /// treatment episode, or an episode with no day in the period asked for).
    case nothingToReview(notesFolder: String, reason: String)
    /// A PDF was asked for and WeasyPrint is not installed: the other formats were written.
    case printerMissing
    /// A command's own refusal (e.g. `templates export` into a folder that has templates).
    case refused(Diagnostic)

    /// What is printed, in order.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .notAFolder(let path):
            return [.error(path, nil, "not a folder of notes")]
        case .cannotListNotes(let path, let reason):
            return [.error(path, nil, "cannot read the notes folder: \(reason)")]
        case .configuration(let diagnostics):
            return diagnostics
        case .templates(let diagnostic):
            return [diagnostic]
        case .outputFolder(let refusal):
            return [refusal.diagnostic]
        case .noSuchClient(let folder, let client, let suggestion, let diagnostics):
            return diagnostics + [.error(folder, nil, "no valid note or plan for client '\(client)'\(suggestion)")]
        case .nothingToReview(let folder, let reason):
            return [.error(folder, nil, reason)]
        case .printerMissing:
            return []  // the PDF's own write failure says so
        case .refused(let diagnostic):
            return [diagnostic]
        }
    }
}
