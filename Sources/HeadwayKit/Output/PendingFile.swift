import Foundation

/// One file of a folder's batch being replaced (`FolderHandle.replace`): its temporary file, created
/// and written, then synced and closed, then renamed over its name. A step that fails removes the
/// temporary file and records why; the later steps then do nothing.
struct PendingFile {
    /// The file's name in the folder.
    let name: String
    /// The temporary file's name, `.<name>.<UUID>.tmp`.
    let temporary: String
    /// The signal handler's slot for the temporary file.
    let slot: Int?
    /// The temporary file's descriptor while it is open (-1 otherwise).
    private var file: Int32 = -1
    /// Why the file could not be replaced, once a step failed.
    private(set) var failure: FolderHandle.Failure?

    /// The file `name` of `folder`, its temporary file registered for the signal handler but not created yet.
    init(name: String, folder: FolderHandle) {
        self.name = name
        temporary = ".\(name).\(UUID().uuidString).tmp"
        slot = TemporaryFiles.register(folder.path + "/" + temporary)
    }

    /// Creates the temporary file (0600, never through a link) and writes `contents` to it, leaving it open.
    mutating func create(_ contents: RenderedFile.Contents, in folder: FolderHandle) {
        file = openat(folder.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard file >= 0 else {
            failure = FolderHandle.Failure(reason: "cannot create a temporary file in \(folder.path): \(SystemError.words(errno))")
            return
        }
        let code = contents.withBytes { Self.writeAll(file, $0) }
        if code != 0 { fail(code, in: folder) }
    }

    /// Syncs the written temporary file to disk and closes it.
    mutating func sync(in folder: FolderHandle) {
        guard failure == nil else { return }
        var code: Int32 = 0
        if fsync(file) != 0 { code = errno }
        if Foundation.close(file) != 0, code == 0 { code = errno }
        file = -1
        if code != 0 { fail(code, in: folder) }
    }

    /// Renames the synced temporary file over `name`; whether it was renamed.
    mutating func rename(in folder: FolderHandle) -> Bool {
        guard failure == nil else { return false }
        guard renameat(folder.descriptor, temporary, folder.descriptor, name) == 0 else {
            fail(errno, in: folder)
            return false
        }
        return true
    }

    /// Records the error number `code`, closes the temporary file if it is open and removes it.
    private mutating func fail(_ code: Int32, in folder: FolderHandle) {
        failure = FolderHandle.Failure(reason: SystemError.words(code))
        if file >= 0 { _ = Foundation.close(file) }
        file = -1
        unlinkat(folder.descriptor, temporary, 0)
    }

    /// Writes every byte; returns 0, or the error number of the write that failed.
    private static func writeAll(_ file: Int32, _ contents: UnsafeRawBufferPointer) -> Int32 {
        guard let base = contents.baseAddress else { return 0 }
        var written = 0
        while written < contents.count {
            let count = Foundation.write(file, base + written, contents.count - written)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return count < 0 ? errno : EIO }
            written += count
        }
        return 0
    }
}
