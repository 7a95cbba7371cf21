import Foundation

/// Where notes come from: a folder on disk, or (in tests) files in memory.
public protocol NoteSource: Sendable {
    /// Paths, relative to the source's root and sorted by bytes, of every candidate note: files ending
    /// `.md` or `.markdown`, hidden files and folders skipped, links to folders not followed.
    func candidatePaths() throws -> [String]
    /// The bytes of the file at `path` (relative to the root).
    func bytes(at path: String) throws -> [UInt8]
}

/// Whether a file name is a Markdown candidate.
enum CandidateName {
    static func isCandidate(_ name: String) -> Bool {
        !name.hasPrefix(".") && (name.hasSuffix(".md") || name.hasSuffix(".markdown"))
    }

    static func sorted(_ paths: [String]) -> [String] {
        paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
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

    /// Creates a source for `root`.
    public init(root: URL) {
        self.root = root
    }

    public func candidatePaths() throws -> [String] {
        var found: [String] = []
        var pending = [""]
        let manager = FileManager.default
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root.appendingPathComponent(relative)
            let names = try manager.contentsOfDirectory(atPath: folder.path)
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                let url = root.appendingPathComponent(child)
                let values = try? url.resourceValues(forKeys: [.isSymbolicLinkKey, .isDirectoryKey])
                if values?.isDirectory == true && values?.isSymbolicLink != true {
                    pending.append(child)
                } else if CandidateName.isCandidate(name), !isLinkToFolder(url, values) {
                    found.append(child)
                }
            }
        }
        return CandidateName.sorted(found)
    }

    private func isLinkToFolder(_ url: URL, _ values: URLResourceValues?) -> Bool {
        guard values?.isSymbolicLink == true else { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The largest file read as a note (a larger one is an error, not a memory exhaustion).
    public static let maximumSize = 64 << 20

    /// Reads a regular file (following links); a FIFO, device or folder is an error rather than a hang.
    public func bytes(at path: String) throws -> [UInt8] {
        let url = root.appendingPathComponent(path)
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw ReadError(reason: ReadError.words(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw ReadError(reason: "not a regular file") }
        guard Int(info.st_size) <= Self.maximumSize else {
            throw ReadError(reason: "larger than \(Self.maximumSize >> 20) MB: not read as a note")
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw ReadError(reason: ReadError.words(errno))
        }
        defer { try? handle.close() }
        return Array(try handle.readToEnd() ?? Data())
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
