/// Where notes come from: a folder on disk, or (in tests) files in memory.
public protocol NoteSource: Sendable {
    /// Paths, relative to the source's root and sorted by bytes, of every candidate note: files ending
    /// `.md` or `.markdown` in any letter case, hidden files and folders skipped, links to folders not
    /// followed, excluded paths left out.
    func candidatePaths() throws -> [String]
    /// The candidate paths, the folders below the root that could not be listed (their notes are left
    /// out, and each is reported) and the near-miss files; throws only when the root itself cannot be listed.
    func listing() throws -> NoteListing
    /// The bytes of the file at `path` (relative to the root).
    func bytes(at path: String) throws -> [UInt8]
}

extension NoteSource {
    /// A source that cannot fail below its root lists its candidate paths.
    public func listing() throws -> NoteListing {
        NoteListing(paths: try candidatePaths())
    }
}
