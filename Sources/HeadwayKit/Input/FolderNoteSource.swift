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
    /// Folders below the root that are never read (the output folder), as bytes relative to the root;
    /// any folder holding Headway's output marker is not read either.
    private let excludedFolders: Set<[UInt8]>

    /// Creates a source for `root`, leaving out what `exclude` matches and the folders in
    /// `excludedFolders` that lie inside it (compared by their real paths, links and `..` resolved;
    /// one that does not exist yet holds nothing to leave out).
    public init(root: URL, exclude: [GlobPattern] = [], excludedFolders: [URL] = []) {
        self.root = root
        self.rootPath = Array(root.path.utf8)
        self.exclude = exclude
        self.excludedFolders = Self.relativeFolders(excludedFolders, below: rootPath)
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
                    guard !source.exclude.contains(where: { $0.matches(child.display, isFolder: isFolder) }) else { continue }
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

    /// The excluded folders that lie strictly inside `root`, relative to it, by their real paths.
    private static func relativeFolders(_ folders: [URL], below root: [UInt8]) -> Set<[UInt8]> {
        guard let realRoot = FolderEntry.realPath(root) else { return [] }
        var result: Set<[UInt8]> = []
        for folder in folders {
            guard let real = FolderEntry.realPath(Array(folder.path.utf8)), real.count > realRoot.count + 1,
                  real.starts(with: realRoot + [UInt8(ascii: "/")]) || realRoot == [UInt8(ascii: "/")] else { continue }
            result.insert(Array(real.dropFirst(realRoot == [UInt8(ascii: "/")] ? 1 : realRoot.count + 1)))
        }
        return result
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
