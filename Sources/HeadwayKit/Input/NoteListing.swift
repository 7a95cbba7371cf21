/// What a note source holds: candidate notes, folders it could not look into, and files that look like
/// notes under another extension.
public struct NoteListing: Sendable {
    /// Candidate note paths, relative to the root, sorted by bytes.
    public var paths: [String]
    /// Folders below the root that could not be listed, relative to the root, with the reason in plain words.
    public var unreadableFolders: [(path: String, reason: String)]
    /// Files that start like a note but do not end in `.md` or `.markdown`, sorted by path: not read.
    public var nearMisses: [NearMiss]

    /// A listing.
    public init(paths: [String], unreadableFolders: [(path: String, reason: String)] = [], nearMisses: [NearMiss] = []) {
        self.paths = paths
        self.unreadableFolders = unreadableFolders
        self.nearMisses = nearMisses
    }
}
