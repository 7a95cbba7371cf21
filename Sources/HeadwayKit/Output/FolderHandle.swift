import Foundation

/// An open folder of the output tree, reached from the output folder one name at a time with `openat`,
/// so no step follows a symbolic link or can be redirected between a check and a use.
struct FolderHandle {
    /// Why a step failed, in words.
    struct Failure: Error {
        var reason: String
    }

    /// The open descriptor.
    let descriptor: Int32
    /// The folder's path, for messages and for the signal handler's table.
    let path: String

    /// Opens `root` (created 0700 with its missing parents when absent; a link to a folder is followed,
    /// since the operator named it) and then each of `names` below it: created 0700 when missing, never
    /// through a link, tightened to 0700 when group or others have any permission.
    static func open(root: String, below names: ArraySlice<String>) throws -> FolderHandle {
        var folder = try openRoot(root)
        for name in names {
            let child: FolderHandle
            do {
                child = try folder.child(name)
            } catch {
                folder.close()
                throw error
            }
            folder.close()
            folder = child
        }
        return folder
    }

    private static func openRoot(_ root: String) throws -> FolderHandle {
        var descriptor = Foundation.open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor < 0, errno == ENOENT {
            let failure = makeFolders(root)
            guard failure == 0 else { throw Failure(reason: "cannot create the folder \(root): \(SystemError.words(failure))") }
            descriptor = Foundation.open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        guard descriptor >= 0 else {
            let code = errno
            var info = stat()
            if code == ENOTDIR, lstat(root, &info) == 0 { throw Failure(reason: "\(root) exists and is not a folder") }
            throw Failure(reason: "cannot open the folder \(root): \(SystemError.words(code))")
        }
        return FolderHandle(descriptor: descriptor, path: root)
    }

    /// Creates `path` and its missing parents, 0700; returns 0 or the error number of the step that failed.
    private static func makeFolders(_ path: String) -> Int32 {
        var missing = [path]
        while let last = missing.last {
            if mkdir(last, 0o700) == 0 || errno == EEXIST { break }
            guard errno == ENOENT else { return errno }
            let parent = (last as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != last else { return ENOENT }
            missing.append(parent)
        }
        for folder in missing.dropLast().reversed() where mkdir(folder, 0o700) != 0 && errno != EEXIST {
            return errno
        }
        return 0
    }

    /// The folder `name` in this one, created 0700 when missing; a link is refused.
    func child(_ name: String) throws -> FolderHandle {
        let path = self.path + "/" + name
        if mkdirat(descriptor, name, 0o700) != 0, errno != EEXIST {
            throw Failure(reason: "cannot create the folder \(path): \(SystemError.words(errno))")
        }
        let opened = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard opened >= 0 else {
            let code = errno
            var info = stat()
            if fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFLNK {
                throw Failure(reason: "\(path) is a symbolic link: reports are never written through a link; remove it or choose another output folder")
            }
            throw Failure(reason: code == ENOTDIR ? "\(path) exists and is not a folder" : "cannot open the folder \(path): \(SystemError.words(code))")
        }
        let folder = FolderHandle(descriptor: opened, path: path)
        do {
            try folder.makePrivate()
        } catch {
            folder.close()
            throw error
        }
        return folder
    }

    /// Takes away every permission of group and others (a folder made by someone else, or by an older version).
    private func makePrivate() throws {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Failure(reason: "cannot read \(path): \(SystemError.words(errno))") }
        guard info.st_mode & 0o077 != 0 else { return }
        guard fchmod(descriptor, info.st_mode & 0o700) == 0 else {
            throw Failure(reason: "cannot make \(path) private (mode 0700): \(SystemError.words(errno))")
        }
    }

    /// Replaces (or creates) each of `files` in this folder, paying the flush to disk once for them all:
    /// every temporary file is created 0600 and written, then each is synced (the kernel writes them out
    /// together), then each is renamed over its name, then the folder is synced once. A file's data is
    /// on disk before its rename makes it visible, and its name after the folder's sync, as with one file.
    /// Returns, for each file in order, nil or why it failed; a failed file leaves nothing, the others land.
    func replace(_ files: [(name: String, contents: RenderedFile.Contents)]) -> [Failure?] {
        var pending = files.map { PendingFile(name: $0.name, folder: self) }
        defer { for file in pending { TemporaryFiles.release(file.slot) } }
        for index in pending.indices { pending[index].create(files[index].contents, in: self) }
        for index in pending.indices { pending[index].sync(in: self) }
        var renamed = false
        for index in pending.indices where pending[index].rename(in: self) { renamed = true }
        guard renamed, fsync(descriptor) != 0 else { return pending.map(\.failure) }
        let folderFailure = Failure(reason: "written, but the folder \(path) could not be synced to disk: \(SystemError.words(errno))")
        return pending.map { $0.failure ?? folderFailure }
    }

    /// Closes the descriptor.
    func close() {
        _ = Foundation.close(descriptor)
    }
}
