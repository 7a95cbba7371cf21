import Foundation

/// Temporary files of Headway's own naming (`.<name>.<UUID>.tmp`) left by a run that was killed.
enum StaleTemporaryFiles {
    /// Removes them from `root` and from the folders directly below it (links are not followed); for a
    /// part of a sharded batch (`clients`), only from its clients' folders, since other parts may be
    /// writing in the same folder at the same time.
    static func remove(below root: String, clients: ClientSelection? = nil) {
        let subfolders = FolderListing.entries(of: root).filter { $0.kind == .folder && clients?.includes($0.name) != false }.map { root + "/" + $0.name }
        for folder in (clients == nil ? [root] : []) + subfolders {
            for entry in FolderListing.entries(of: folder) where entry.kind == .file && isTemporaryName(entry.name) {
                unlink(folder + "/" + entry.name)
            }
        }
    }

    /// Whether `name` is `.<name>.<UUID>.tmp`, as `ReportWriter` names its temporary files.
    static func isTemporaryName(_ name: String) -> Bool {
        let uuidLength = 36
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), name.utf8.count > 1 + 1 + 1 + uuidLength + 4 else { return false }
        let stem = name.dropLast(4)
        let uuid = stem.suffix(uuidLength)
        return stem.dropLast(uuidLength).hasSuffix(".") && UUID(uuidString: String(uuid)) != nil
    }
}

/// The entries of a folder and what each is, links not followed.
enum FolderListing {
    enum Kind { case folder, file, other }

    /// Names (without `.` and `..`) and kinds; empty when the folder cannot be listed.
    static func entries(of folder: String) -> [(name: String, kind: Kind)] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            var info = stat()
            guard lstat(folder + "/" + name, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            entries.append((name, type == S_IFDIR ? .folder : type == S_IFREG ? .file : .other))
        }
        return entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }
}
