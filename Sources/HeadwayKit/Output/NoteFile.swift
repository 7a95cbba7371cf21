import Foundation

/// Writes a new note into the notes folder, never replacing anything and never through a symbolic
/// link: the folders below the notes folder are opened one by one without following links (a missing
/// one is created 0700), and the file is created exclusively (`O_CREAT | O_EXCL`, which also refuses a
/// link in its place), 0600.
public enum NoteFile {
    /// Creates `relativePath` below `root` holding `text`; a file or link already there is refused and
    /// left unchanged. Errors name the path as `root/relativePath`.
    public static func create(_ text: String, in root: String, at relativePath: String) throws(RunError) {
        let shown = (root as NSString).appendingPathComponent(relativePath)
        var parts = relativePath.split(separator: "/").map(String.init)
        let name = parts.removeLast()
        var folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw failure(shown, errno) }
        defer { close(folder) }
        for part in parts {
            if mkdirat(folder, part, 0o700) != 0, errno != EEXIST { throw failure(shown, errno) }
            let next = openat(folder, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else { throw failure(shown, errno) }
            close(folder)
            folder = next
        }
        let descriptor = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw .refused(.error(shown, nil, "a file is already there: not replaced (choose another --date or remove it)")) }
            throw failure(shown, code)
        }
        defer { close(descriptor) }
        do {
            try write(text, to: descriptor, shown)
        } catch {
            unlinkat(folder, name, 0)
            throw error
        }
    }

    /// Writes all of `text` to `descriptor` and syncs it.
    private static func write(_ text: String, to descriptor: Int32, _ shown: String) throws(RunError) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw failure(shown, errno) }
            bytes = bytes.dropFirst(written)
        }
        guard fsync(descriptor) == 0 else { throw failure(shown, errno) }
    }

    private static func failure(_ path: String, _ code: Int32) -> RunError {
        .refused(.error(path, nil, "cannot write the note: \(SystemError.words(code))"))
    }
}
