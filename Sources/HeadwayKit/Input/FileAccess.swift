import Foundation

/// One name in a folder and what it is (a link is not followed).
struct FolderEntry {
    enum Kind { case folder, link, other }

    /// The name's bytes, as the file system holds them.
    var name: [UInt8]
    var kind: Kind

    /// The entries of `folder` (a path as bytes), from `readdir`'s type when the file system gives it,
    /// else from `lstat`.
    static func entries(of folder: [UInt8]) throws -> [FolderEntry] {
        guard let directory = withCPath(folder, { opendir($0) }) else {
            throw ReadError(reason: ReadError.words(errno))
        }
        defer { closedir(directory) }
        var entries: [FolderEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard name != [UInt8(ascii: ".")], name != [UInt8(ascii: "."), UInt8(ascii: ".")] else { continue }
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN): kind = lstatKind(folder + [UInt8(ascii: "/")] + name)
            default: kind = .other
            }
            entries.append(FolderEntry(name: name, kind: kind))
        }
        return entries
    }

    private static func lstatKind(_ path: [UInt8]) -> Kind {
        var info = stat()
        guard withCPath(path, { lstat($0, &info) }) == 0 else { return .other }
        return info.st_mode & S_IFMT == S_IFDIR ? .folder : info.st_mode & S_IFMT == S_IFLNK ? .link : .other
    }

    /// Whether `path` is (or links to) a folder.
    static func isFolder(_ path: [UInt8]) -> Bool {
        var info = stat()
        return withCPath(path, { stat($0, &info) }) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The real path of `path` (links and `..` resolved), or nil when it does not exist.
    static func realPath(_ path: [UInt8]) -> [UInt8]? {
        guard let resolved = withCPath(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved)))
    }

    /// The real path of `path` as text (undecodable bytes replaced), or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        realPath(Array(path.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Calls `body` with `path` as a C string.
func withCPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
    (path + [0]).withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
    }
}

extension FolderNoteSource {
    /// Why a file over `limit` is not read.
    private static func tooLarge(_ limit: Int) -> ReadError {
        ReadError(reason: "larger than \(limit >> 20) MB: not read as a note")
    }

    /// Reads the regular file at `path` (following links): all of it when `whole` (a file over `limit`
    /// is an error), else its first `limit` bytes. A FIFO, device or folder is an error rather than a hang.
    static func readRegularFile(_ path: [UInt8], limit: Int, whole: Bool) throws -> [UInt8] {
        // A device or FIFO is never opened (opening some devices acts on them); the type is checked again
        // on the open file, which is opened non-blocking in case the path changed in between.
        var before = stat()
        guard withCPath(path, { stat($0, &before) }) == 0 else { throw ReadError(reason: ReadError.words(errno)) }
        guard before.st_mode & S_IFMT == S_IFREG else { throw ReadError(reason: "not a regular file") }
        let descriptor = withCPath(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { throw ReadError(reason: ReadError.words(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadError(reason: ReadError.words(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw ReadError(reason: "not a regular file") }
        guard !whole || Int(info.st_size) <= limit else { throw tooLarge(limit) }
        // Read straight into the result; one byte more than the size shows whether the file grew.
        let expected = min(Int(info.st_size), limit)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = read(descriptor, into: UnsafeMutableRawBufferPointer(buffer), failure: &failure)
        }
        guard whole else { return Array(bytes.prefix(limit)) }
        var chunk = [UInt8](repeating: 0, count: bytes.count > expected ? 65_536 : 0)
        while failure == 0, !chunk.isEmpty {  // the file grew since fstat: read on to the end
            let count = chunk.withUnsafeMutableBytes { read(descriptor, into: $0, failure: &failure) }
            bytes.append(contentsOf: chunk[..<count])
            guard bytes.count <= limit else { throw tooLarge(limit) }
            if count < chunk.count { break }
        }
        guard failure == 0 else { throw ReadError(reason: ReadError.words(failure)) }
        return bytes
    }

    /// Fills `buffer` from `descriptor` until it is full or the file ends; returns the bytes read and
    /// sets `failure` to the error number of a failed read.
    private static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, failure: inout Int32) -> Int {
        var count = 0
        while count < buffer.count {
            guard let base = buffer.baseAddress else { break }
            let got = Foundation.read(descriptor, base + count, buffer.count - count)
            if got < 0 && errno == EINTR { continue }
            if got < 0 { failure = errno }
            if got <= 0 { break }
            count += got
        }
        return count
    }
}
