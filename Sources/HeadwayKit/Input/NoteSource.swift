import Foundation

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

extension NoteSource {
    /// A source that cannot fail below its root lists its candidate paths.
    public func listing() throws -> NoteListing {
        NoteListing(paths: try candidatePaths())
    }
}

/// What a file name says about the file.
enum CandidateName {
    /// How a file is treated by its name.
    enum Kind { case candidate, nearMiss, other }

    /// Extensions (lowercased) that a note saved under the wrong name commonly has; none counts too.
    static let nearMissExtensions: Set<String> = ["txt", "text", "mdown", "mkd"]

    /// A name with no extension is a near miss; so is one whose text after the last dot holds a space
    /// or only digits (`Jordan M. 2026-10-07`, `08.10.2026`): that dot starts no extension.
    static func kind(of name: String) -> Kind {
        guard !name.hasPrefix(".") else { return .other }
        guard let dot = name.lastIndex(of: ".") else { return .nearMiss }
        let suffix = name[name.index(after: dot)...].lowercased()
        if suffix == "md" || suffix == "markdown" { return .candidate }
        if suffix.contains(" ") || !suffix.isEmpty && suffix.allSatisfy({ $0.isASCII && $0.isNumber }) { return .nearMiss }
        return nearMissExtensions.contains(suffix) ? .nearMiss : .other
    }

    static func sorted(_ paths: [String]) -> [String] {
        paths.sorted { $0.precedesByBytes($1) }
    }
}

/// Notes held in memory, keyed by relative path.
public struct InMemoryNoteSource: NoteSource {
    /// File contents by relative path.
    public var files: [String: [UInt8]]
    /// Paths that are not read at all (the configuration's `exclude:`).
    public var exclude: [GlobPattern] = []

    /// Creates a source from texts.
    public init(texts: [String: String], exclude: [GlobPattern] = []) {
        self.files = texts.mapValues { Array($0.utf8) }
        self.exclude = exclude
    }

    /// Creates a source from raw bytes.
    public init(files: [String: [UInt8]], exclude: [GlobPattern] = []) {
        self.files = files
        self.exclude = exclude
    }

    public func candidatePaths() throws -> [String] {
        try listing().paths
    }

    public func listing() throws -> NoteListing {
        var paths: [String] = [], nearMisses: [NearMiss] = []
        let reportFolders = Set(files.keys.compactMap(Self.folderMarkedAsReports))
        for (path, bytes) in files where isListed(path, reportFolders: reportFolders) {
            switch CandidateName.kind(of: path.split(separator: "/").last.map(String.init) ?? "") {
            case .candidate: paths.append(path)
            case .nearMiss: if let miss = NearMiss.inspect(path: path, prefix: bytes.prefix(NearMiss.prefixSize)) { nearMisses.append(miss) }
            case .other: break
            }
        }
        return NoteListing(paths: CandidateName.sorted(paths), nearMisses: nearMisses.sorted { $0.path.precedesByBytes($1.path) })
    }

    /// Whether no part of `path` is hidden, excluded or one of `reportFolders`.
    private func isListed(_ path: String, reportFolders: Set<String>) -> Bool {
        let parts = path.split(separator: "/")
        guard parts.allSatisfy({ !$0.hasPrefix(".") }) else { return false }
        return parts.indices.allSatisfy { index in
            let prefix = parts[...index].joined(separator: "/")
            let isFolder = index < parts.count - 1
            return !(isFolder && reportFolders.contains(prefix)) && !exclude.contains { $0.matches(prefix, isFolder: isFolder) }
        }
    }

    /// The folder (below the root) that `path` marks as Headway's output, when it is the marker file.
    private static func folderMarkedAsReports(_ path: String) -> String? {
        let suffix = "/" + OutputFolder.markerName
        return path.hasSuffix(suffix) && path.count > suffix.count ? String(path.dropLast(suffix.count)) : nil
    }

    public func bytes(at path: String) throws -> [UInt8] {
        guard let bytes = files[path] else { throw CocoaError(.fileNoSuchFile) }
        return bytes
    }
}

/// Why a file could not be read, in plain words.
public struct ReadError: Error, CustomStringConvertible {
    /// E.g. "permission denied", "no such file (a link to a missing file?)".
    public var reason: String
    public var description: String { reason }

    /// A read error with this reason.
    public init(reason: String) {
        self.reason = reason
    }

    static func words(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file (a link to a missing file?)"
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "too many levels of links"
        default: return String(cString: strerror(code))
        }
    }
}
