import Foundation

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
