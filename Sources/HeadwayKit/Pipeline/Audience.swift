/// Who a report is written for: the clinician (the full report) or the person in therapy (a
/// plain-language version, README "A client's version").
public enum Audience: String, Sendable, Equatable, CaseIterable {
    /// The clinician's report: every figure, the notes' excerpts and diagnostics.
    case clinician
    /// The client's version: milestones, goals by their wording, progress in words, no clinical detail.
    case client

    /// What the file names of this audience's reports add before the extension: `2026-10.client.md`,
    /// so that both versions can sit side by side; nothing for the clinician's.
    public var fileSuffix: String {
        switch self {
        case .clinician: ""
        case .client: ".client"
        }
    }
}
