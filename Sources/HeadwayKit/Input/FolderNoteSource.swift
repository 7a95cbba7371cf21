import Foundation

/// A notes folder on disk. Names are handled as bytes, so a file whose name is not UTF-8 is read too
/// (and named with its odd bytes escaped, see `PathName`).
public struct FolderNoteSource: NoteSource {
    /// The folder given on the command line.
    public let root: URL
    /// `root.path` as bytes, worked out once (URL's `path` is not cheap, and every file is read twice).
    private let rootPath: [UInt8]
    /// Paths that are not read at all (the configuration's `exclude:`).
    public let exclude: [GlobPattern]
    /// Where the root lies below the folder `exclude` is relative to, `/`-separated (empty when it is
    /// that folder, or not inside it): put before each path matched.
    private let excludePrefix: String
    /// Folders below the root that are never read (the output folder), as bytes relative to the root;
    /// any folder holding Headway's output marker is not read either.
    private let excludedFolders: Set<[UInt8]>

    /// Creates a source for `root`, leaving out what `exclude` matches and the folders in
    /// `excludedFolders` that lie inside it (compared by their real paths, links and `..` resolved;
    /// one that does not exist yet holds nothing to leave out). `exclude` matches paths relative to
    /// `excludeBase` (the folder of the configuration it came from) when the root lies inside it, so the
    /// same files are left out whichever folder below it is read; else paths relative to the root.
    public init(root: URL, exclude: [GlobPattern] = [], excludeBase: URL? = nil, excludedFolders: [URL] = []) {
        let rootPath = Array(root.path.utf8)
        self.root = root
        self.rootPath = rootPath
        self.exclude = exclude
        self.excludePrefix = excludeBase.flatMap { Self.realRelative(rootPath, to: Array($0.path.utf8)) }.map(PathName.display) ?? ""
        self.excludedFolders = Set(excludedFolders.compactMap { Self.realRelative(Array($0.path.utf8), to: rootPath) }.filter { !$0.isEmpty })
    }

    /// Whether `exclude` leaves out the file or folder at `path` (relative to the root).
    private func isExcluded(_ path: String, isFolder: Bool) -> Bool {
        let full = excludePrefix.isEmpty ? path : excludePrefix + "/" + path
        return exclude.contains { $0.matches(full, isFolder: isFolder) }
    }

    /// Whether the root itself, or a folder between it and the folder `exclude` is relative to, is excluded.
    private var isRootExcluded: Bool {
        let parts = excludePrefix.split(separator: "/")
        return parts.indices.contains { end in
            let folder = parts[...end].joined(separator: "/")
            return exclude.contains { $0.matches(folder, isFolder: true) }
        }
    }

    public func candidatePaths() throws -> [String] {
        try listing().paths
    }

    public func listing() throws -> NoteListing {
        var walk = FolderWalk(source: self)
        try walk.run()
        return NoteListing(paths: CandidateName.sorted(walk.found),
                           unreadableFolders: walk.unreadable.sorted { $0.path.precedesByBytes($1.path) },
                           nearMisses: walk.nearMisses.sorted { $0.path.precedesByBytes($1.path) })
    }

    /// The walk of the folder tree behind `listing`.
    private struct FolderWalk {
        let source: FolderNoteSource
        var found: [String] = []
        var unreadable: [(path: String, reason: String)] = []
        var nearMisses: [NearMiss] = []

        mutating func run() throws {
            guard !source.isRootExcluded else { return }
            var pending: [(display: String, raw: [UInt8])] = [("", [])]
            while let (relative, raw) = pending.popLast() {
                let folder = source.fullPath(raw)
                let entries: [FolderEntry]
                do {
                    entries = try FolderEntry.entries(of: folder)
                } catch let error as ReadError where !relative.isEmpty {
                    unreadable.append((relative, error.reason))
                    continue
                }
                if !relative.isEmpty, entries.contains(where: { $0.name == FolderNoteSource.outputMarker && $0.kind != .folder }) { continue }
                for entry in entries where entry.name.first != UInt8(ascii: ".") {
                    let name = PathName.display(entry.name)
                    let child = (display: relative.isEmpty ? name : relative + "/" + name,
                                 raw: raw.isEmpty ? entry.name : raw + [UInt8(ascii: "/")] + entry.name)
                    let isFolder = entry.kind == .folder
                    guard !source.isExcluded(child.display, isFolder: isFolder) else { continue }
                    if isFolder {
                        if !source.excludedFolders.contains(child.raw) { pending.append(child) }
                    } else {
                        consider(child, name: name, isLink: entry.kind == .link)
                    }
                }
            }
        }

        /// Lists a file as a candidate or a near miss (a link to a folder is neither).
        private mutating func consider(_ file: (display: String, raw: [UInt8]), name: String, isLink: Bool) {
            let kind = CandidateName.kind(of: name)
            guard kind != .other else { return }
            if isLink, FolderEntry.isFolder(source.fullPath(file.raw)) { return }
            if kind == .candidate {
                found.append(file.display)
            } else if let prefix = try? FolderNoteSource.readRegularFile(source.fullPath(file.raw), limit: NearMiss.prefixSize, whole: false),
                      let miss = NearMiss.inspect(path: file.display, prefix: prefix) {
                nearMisses.append(miss)
            }
        }
    }

    /// The name of Headway's output marker, as bytes: a folder below the root that holds it is a folder
    /// of reports, whichever run wrote it, and is not read.
    static let outputMarker = Array(OutputFolder.markerName.utf8)

    /// The full path, as bytes, of `relative` bytes below the root.
    private func fullPath(_ relative: [UInt8]) -> [UInt8] {
        relative.isEmpty ? rootPath : rootPath + [UInt8(ascii: "/")] + relative
    }

    /// `inner`'s real path relative to `outer`'s (links and `..` resolved): empty when they are the same
    /// folder, nil when `inner` is not inside `outer` or either cannot be resolved.
    private static func realRelative(_ inner: [UInt8], to outer: [UInt8]) -> [UInt8]? {
        guard let realOuter = FolderEntry.realPath(outer), let realInner = FolderEntry.realPath(inner) else { return nil }
        if realInner == realOuter { return [] }
        let slash = UInt8(ascii: "/")
        let base = realOuter == [slash] ? realOuter : realOuter + [slash]
        guard realInner.count > base.count, realInner.starts(with: base) else { return nil }
        return Array(realInner.dropFirst(base.count))
    }

    /// The largest file read as a note (a larger one is an error, not a memory exhaustion).
    public static let maximumSize = 64 << 20

    /// Reads a regular file (following links); a FIFO, device or folder is an error rather than a hang.
    /// The path is the displayed one: a name that is not UTF-8 is reopened by its bytes.
    public func bytes(at path: String) throws -> [UInt8] {
        let full = fullPath(Array(path.utf8))
        do {
            return try Self.readRegularFile(full, limit: Self.maximumSize, whole: true)
        } catch let error as ReadError where PathName.hasEscape(path) {
            guard let bytes = try? Self.readRegularFile(fullPath(PathName.bytes(path)), limit: Self.maximumSize, whole: true) else { throw error }
            return bytes
        }
    }
}
