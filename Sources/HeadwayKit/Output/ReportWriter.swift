import Foundation

/// Writes report files inside one output folder, atomically and durably: each file is written to a
/// temporary file `.<name>.<UUID>.tmp` in the same folder, synced to disk, renamed into place, and the
/// folder synced, so a reader never sees a partial report and a power cut never leaves an empty one.
/// Files given together (`write(_:)` of several) that share a folder are flushed together: all written,
/// then all synced, then all renamed, then the folder synced once.
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
        try write([RenderedFile(path: relativePath, contents: .text(contents))])[0].get()
    }

    /// Writes `contents` to `relativePath` below the output folder and returns the file's URL.
    @discardableResult
    public func write(_ contents: Data, to relativePath: String) throws -> URL {
        try write([RenderedFile(path: relativePath, contents: .bytes(contents))])[0].get()
    }

    /// Writes each of `files` below the output folder, the files of one folder together so that their
    /// flush to disk is paid once (`FolderHandle.replace`), and returns, for each file in order, its URL
    /// or why it was not written; a file that fails leaves nothing, and the others are still written.
    public func write(_ files: [RenderedFile]) -> [Result<URL, WriteError>] {
        var results = [Result<URL, WriteError>](repeating: .failure(WriteError(path: "", reason: "not written")), count: files.count)
        var folders: [ArraySlice<String>: [(index: Int, name: String, target: URL)]] = [:]
        var order: [ArraySlice<String>] = []
        for (index, file) in files.enumerated() {
            let components = file.path.split(separator: "/").map(String.init)
            guard let name = components.last, components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
                results[index] = .failure(WriteError(path: file.path, reason: "path leaves the output folder"))
                continue
            }
            log.record(file.path)
            let folder = components.dropLast()
            if folders[folder] == nil { order.append(folder) }
            folders[folder, default: []].append((index, name, components.reduce(root) { $0.appendingPathComponent($1) }))
        }
        for folder in order {
            let members = folders[folder] ?? []
            for (member, failure) in zip(members, replace(members.map { ($0.name, files[$0.index].contents) }, in: folder)) {
                results[member.index] = failure.map { .failure(WriteError(path: member.target.path, reason: $0.reason)) } ?? .success(member.target)
            }
        }
        return results
    }

    /// Replaces `files` in the folder `names` below the output folder; for each file, nil or why it failed.
    private func replace(_ files: [(name: String, contents: RenderedFile.Contents)], in names: ArraySlice<String>) -> [FolderHandle.Failure?] {
        let folder: FolderHandle
        do {
            folder = try FolderHandle.open(root: root.path, below: names)
        } catch {
            let failure = error as? FolderHandle.Failure ?? FolderHandle.Failure(reason: "\(error)")
            return files.map { _ in failure }
        }
        defer { folder.close() }
        return folder.replace(files)
    }
}

/// The relative paths a writer was asked to write, from any thread.
private final class PathLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: Set<String> = []

    func record(_ path: String) { lock.withLock { _ = recorded.insert(path) } }
    var paths: Set<String> { lock.withLock { recorded } }
}
