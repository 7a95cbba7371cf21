import Foundation

/// Writes report files inside one output folder, atomically and durably: each file is written to a
/// temporary file `.<name>.<UUID>.tmp` in the same folder, synced to disk, renamed into place, and the
/// folder synced, so a reader never sees a partial report and a power cut never leaves an empty one.
///
/// Folders below the output folder are opened one by one relative to their parent, never through a
/// symbolic link (a link there is an error for the files below it); they are created 0700, and an
/// existing one with group or other permissions is tightened to 0700. Files are created 0600 (clinical
/// records). Temporary files are removed on SIGINT, SIGTERM and SIGHUP.
public struct ReportWriter: Sendable {
    /// A file that could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        /// The failure as an error diagnostic naming the file.
        public var diagnostic: Diagnostic { .error(path, nil, "cannot write report: \(reason)") }
        public var description: String { diagnostic.formatted }
    }

    /// The output folder (followed if it is a link: the operator named it).
    public let root: URL
    /// Every relative path this writer was asked to write, written or not.
    private let log = PathLog()

    /// Creates a writer for `root` (created when missing).
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The relative paths this writer was asked to write so far, whether or not they were written.
    public var requestedPaths: Set<String> { log.paths }

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
        guard let name = components.last, components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            throw WriteError(path: relativePath, reason: "path leaves the output folder")
        }
        log.record(relativePath)
        let target = components.reduce(root) { $0.appendingPathComponent($1) }
        do {
            let folder = try FolderHandle.open(root: root.path, below: components.dropLast())
            defer { folder.close() }
            try folder.replace(name, with: contents)
        } catch let failure as FolderHandle.Failure {
            throw WriteError(path: target.path, reason: failure.reason)
        }
        return target
    }
}

/// The relative paths a writer was asked to write, from any thread.
private final class PathLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: Set<String> = []

    func record(_ path: String) { lock.withLock { _ = recorded.insert(path) } }
    var paths: Set<String> { lock.withLock { recorded } }
}
