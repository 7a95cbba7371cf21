import Foundation

/// Writes report files inside one output folder, atomically: each file is written to a temporary
/// file in the same folder and renamed into place, so a reader never sees a partial report.
/// Folders are created 0700 and files 0600 (clinical records).
public struct ReportWriter: Sendable {
    /// A file that could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: cannot write report: \(reason)" }
    }

    /// The output folder.
    public let root: URL

    /// Creates a writer for `root` (created when missing).
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Writes `contents` to `relativePath` below the output folder and returns the file's URL.
    @discardableResult
    public func write(_ contents: String, to relativePath: String) throws -> URL {
        var contents = contents
        return try contents.withUTF8 { try write(UnsafeRawBufferPointer($0), to: relativePath) }
    }

    /// Writes `contents` to `relativePath` below the output folder and returns the file's URL.
    @discardableResult
    public func write(_ contents: Data, to relativePath: String) throws -> URL {
        try contents.withUnsafeBytes { try write($0, to: relativePath) }
    }

    private func write(_ contents: UnsafeRawBufferPointer, to relativePath: String) throws -> URL {
        let components = relativePath.split(separator: "/").map(String.init)
        guard !components.isEmpty, components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            throw WriteError(path: relativePath, reason: "path leaves the output folder")
        }
        let target = components.reduce(root) { $0.appendingPathComponent($1) }
        let folder = target.deletingLastPathComponent()
        do {
            try Self.makeFolder(folder.path)
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
            try Self.writeNewFile(temporary, in: folder.path, contents)
            guard rename(temporary, target.path) == 0 else {
                let reason = Self.words(errno)
                unlink(temporary)
                throw Failure(reason: reason)
            }
        } catch let failure as Failure {
            throw WriteError(path: target.path, reason: failure.reason)
        }
        return target
    }

    /// Why one step of a write failed.
    private struct Failure: Error {
        var reason: String
    }

    /// Creates `path` (0700) and any missing parents, unless it is a folder already.
    private static func makeFolder(_ path: String) throws {
        guard mkdir(path, 0o700) != 0 else { return }
        if errno == EEXIST {
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { throw Failure(reason: "\(path) exists and is not a folder") }
            return
        }
        do {  // a parent is missing too
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure(reason: "cannot create the folder \(path)")
        }
    }

    /// Writes `contents` to `path` in `folder`, a file that must not exist yet, created 0600; on failure
    /// nothing is left behind.
    private static func writeNewFile(_ path: String, in folder: String, _ contents: UnsafeRawBufferPointer) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Failure(reason: "cannot create a temporary file in \(folder): \(words(errno))")
        }
        var written = 0
        while written < contents.count {
            let count = Foundation.write(descriptor, contents.baseAddress! + written, contents.count - written)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let reason = words(errno)
                close(descriptor)
                unlink(path)
                throw Failure(reason: reason)
            }
            written += count
        }
        guard close(descriptor) == 0 else {
            let reason = words(errno)
            unlink(path)
            throw Failure(reason: reason)
        }
    }

    private static func words(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
