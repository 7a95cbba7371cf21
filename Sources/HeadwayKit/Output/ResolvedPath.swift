import Foundation

/// An output folder's path with links resolved as far as it exists: the real path of its deepest
/// existing folder, and the names below it still to be created. What is checked is what is written.
struct ResolvedPath {
    /// How an output folder lies relative to the notes folder.
    enum Relation: Equatable {
        case same, contains, inside, apart
    }

    /// The real path of the deepest part that exists.
    private(set) var existing: String
    /// The names below `existing` that do not exist yet (no `.` or `..`).
    private(set) var missing: [String]

    /// Whether the whole path exists.
    var exists: Bool { missing.isEmpty }
    /// The absolute path.
    var path: String { missing.reduce(existing) { Self.join($0, $1) } }

    /// Resolves `path` (relative paths against the working directory).
    init(_ path: String, refuse: (String) -> OutputFolder.Refusal) throws {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var components = absolute.split(separator: "/").map(String.init)
        var below: [String] = []
        while true {
            if let real = FolderEntry.realPath("/" + components.joined(separator: "/")) {
                existing = real
                break
            }
            let code = errno
            guard code == ENOENT, let last = components.popLast() else {
                throw refuse(code == ENOTDIR ? "cannot create the output folder: a part of its path is a file, not a folder"
                                              : "cannot use the output folder: \(SystemError.words(code))")
            }
            below.insert(last, at: 0)
        }
        missing = []
        for name in below where name != "." {
            if name != ".." {
                missing.append(name)
            } else if missing.isEmpty {
                existing = Self.parent(existing)
            } else {
                missing.removeLast()
            }
        }
        if below.contains(where: { $0 == "." || $0 == ".." }) {
            // `new/../notes`: what is left may exist after all; resolve it again (it has no `.` or `..` now).
            self = try ResolvedPath(self.path, refuse: refuse)
        }
    }

    /// Whether the folder is the notes folder, contains it, lies inside it, or apart from it; compared
    /// by device and inode, so case-insensitive volumes and bind mounts are seen through.
    func relation(toNotes notes: String) -> Relation {
        guard let notesReal = FolderEntry.realPath(notes), let notesID = FileID(notesReal) else { return .apart }
        let chain = Self.ancestors(existing).compactMap(FileID.init)
        guard exists else { return chain.contains(notesID) ? .inside : .apart }
        guard let own = chain.first else { return .apart }
        if own == notesID { return .same }
        if Self.ancestors(notesReal).dropFirst().compactMap(FileID.init).contains(own) { return .contains }
        return chain.dropFirst().contains(notesID) ? .inside : .apart
    }

    /// Creates the missing folders, 0700.
    func create(refuse: (String) -> OutputFolder.Refusal) throws {
        var path = existing
        for name in missing {
            path = Self.join(path, name)
            guard mkdir(path, 0o700) == 0 || errno == EEXIST && FileID(path) != nil else {
                throw refuse("cannot create the output folder: \(SystemError.words(errno))")
            }
        }
    }

    /// `path` and each folder above it, up to `/` (a real path: its parents are lexical).
    private static func ancestors(_ path: String) -> [String] {
        var chain = [path]
        while let last = chain.last, last != "/" { chain.append(parent(last)) }
        return chain
    }

    private static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }
}

/// A file's identity: device and inode.
private struct FileID: Equatable {
    var device: UInt64
    var inode: UInt64

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
