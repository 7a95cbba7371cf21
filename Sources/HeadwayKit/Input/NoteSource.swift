import Foundation

/// Where notes come from: a folder on disk, or (in tests) files in memory.
public protocol NoteSource: Sendable {
    /// Paths, relative to the source's root and sorted by bytes, of every candidate note: files ending
    /// `.md` or `.markdown`, hidden files and folders skipped, links to folders not followed.
    func candidatePaths() throws -> [String]
    /// The candidate paths and the folders below the root that could not be listed (their notes are
    /// left out, and each is reported); throws only when the root itself cannot be listed.
    func listing() throws -> NoteListing
    /// The bytes of the file at `path` (relative to the root).
    func bytes(at path: String) throws -> [UInt8]
}

/// What a note source holds: candidate notes, and folders it could not look into.
public struct NoteListing: Sendable {
    /// Candidate note paths, relative to the root, sorted by bytes.
    public var paths: [String]
    /// Folders below the root that could not be listed, relative to the root, with the reason in plain words.
    public var unreadableFolders: [(path: String, reason: String)]
}

extension NoteSource {
    /// A source that cannot fail below its root lists its candidate paths.
    public func listing() throws -> NoteListing {
        NoteListing(paths: try candidatePaths(), unreadableFolders: [])
    }
}

/// Whether a file name is a Markdown candidate.
enum CandidateName {
    static func isCandidate(_ name: String) -> Bool {
        !name.hasPrefix(".") && (name.hasSuffix(".md") || name.hasSuffix(".markdown"))
    }

    static func sorted(_ paths: [String]) -> [String] {
        paths.sorted { $0.precedesByBytes($1) }
    }
}

/// Notes held in memory, keyed by relative path.
public struct InMemoryNoteSource: NoteSource {
    /// File contents by relative path.
    public var files: [String: [UInt8]]

    /// Creates a source from texts.
    public init(texts: [String: String]) {
        self.files = texts.mapValues { Array($0.utf8) }
    }

    /// Creates a source from raw bytes.
    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    public func candidatePaths() throws -> [String] {
        CandidateName.sorted(files.keys.filter { path in
            let parts = path.split(separator: "/")
            return parts.allSatisfy { !$0.hasPrefix(".") } && CandidateName.isCandidate(String(parts.last ?? ""))
        })
    }

    public func bytes(at path: String) throws -> [UInt8] {
        guard let bytes = files[path] else { throw CocoaError(.fileNoSuchFile) }
        return bytes
    }
}

/// A notes folder on disk.
public struct FolderNoteSource: NoteSource {
    /// The folder given on the command line.
    public let root: URL
    /// `root.path`, worked out once (URL's `path` is not cheap, and every file is read twice).
    private let rootPath: String

    /// Creates a source for `root`.
    public init(root: URL) {
        self.root = root
        self.rootPath = root.path
    }

    public func candidatePaths() throws -> [String] {
        try listing().paths
    }

    public func listing() throws -> NoteListing {
        var found: [String] = []
        var unreadable: [(path: String, reason: String)] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? rootPath : rootPath + "/" + relative
            let entries: [(name: String, kind: EntryKind)]
            do {
                entries = try Self.entries(of: folder)
            } catch let error as ReadError where !relative.isEmpty {
                unreadable.append((relative, error.reason))
                continue
            }
            for entry in entries where !entry.name.hasPrefix(".") {
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                switch entry.kind {
                case .folder: pending.append(child)
                case .link: if CandidateName.isCandidate(entry.name), !Self.isFolder(folder + "/" + entry.name) { found.append(child) }
                case .other: if CandidateName.isCandidate(entry.name) { found.append(child) }
                }
            }
        }
        return NoteListing(paths: CandidateName.sorted(found), unreadableFolders: unreadable.sorted { $0.path.precedesByBytes($1.path) })
    }

    private enum EntryKind { case folder, link, other }

    /// The names in `folder` and what each is (a link is not followed), from `readdir`'s type when the
    /// file system gives it, else from `lstat`.
    private static func entries(of folder: String) throws -> [(name: String, kind: EntryKind)] {
        guard let directory = opendir(folder) else {
            throw ReadError(reason: ReadError.words(errno))
        }
        defer { closedir(directory) }
        var entries: [(name: String, kind: EntryKind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            let kind: EntryKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN):
                var info = stat()
                guard lstat(folder + "/" + name, &info) == 0 else { kind = .other; break }
                kind = info.st_mode & S_IFMT == S_IFDIR ? .folder : info.st_mode & S_IFMT == S_IFLNK ? .link : .other
            default: kind = .other
            }
            entries.append((name, kind))
        }
        return entries
    }

    /// Whether `path` is (or links to) a folder.
    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The largest file read as a note (a larger one is an error, not a memory exhaustion).
    public static let maximumSize = 64 << 20

    /// Why a file over `maximumSize` is not read.
    private static var tooLarge: ReadError { ReadError(reason: "larger than \(maximumSize >> 20) MB: not read as a note") }

    /// Reads a regular file (following links); a FIFO, device or folder is an error rather than a hang.
    public func bytes(at path: String) throws -> [UInt8] {
        // A device or FIFO is never opened (opening some devices acts on them); the type is checked again
        // on the open file, which is opened non-blocking in case the path changed in between.
        let fullPath = rootPath + "/" + path
        var before = stat()
        guard stat(fullPath, &before) == 0 else { throw ReadError(reason: ReadError.words(errno)) }
        guard before.st_mode & S_IFMT == S_IFREG else { throw ReadError(reason: "not a regular file") }
        let descriptor = open(fullPath, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(reason: ReadError.words(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadError(reason: ReadError.words(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw ReadError(reason: "not a regular file") }
        guard Int(info.st_size) <= Self.maximumSize else {
            throw Self.tooLarge
        }
        // Read straight into the result; one byte more than the size shows whether the file grew.
        let expected = Int(info.st_size)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = Self.read(descriptor, into: UnsafeMutableRawBufferPointer(buffer), failure: &failure)
        }
        var chunk = [UInt8](repeating: 0, count: bytes.count > expected ? 65_536 : 0)
        while failure == 0, !chunk.isEmpty {  // the file grew since fstat: read on to the end
            let count = chunk.withUnsafeMutableBytes { Self.read(descriptor, into: $0, failure: &failure) }
            bytes.append(contentsOf: chunk[..<count])
            guard bytes.count <= Self.maximumSize else {
                throw Self.tooLarge
            }
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
            let got = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if got < 0 && errno == EINTR { continue }
            if got < 0 { failure = errno }
            if got <= 0 { break }
            count += got
        }
        return count
    }
}

/// Why a file could not be read, in plain words.
public struct ReadError: Error, CustomStringConvertible {
    /// E.g. "permission denied", "no such file (a link to a missing file?)".
    public var reason: String
    public var description: String { reason }

    static func words(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file (a link to a missing file?)"
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "too many levels of links"
        default: return String(cString: strerror(code))
        }
    }
}
