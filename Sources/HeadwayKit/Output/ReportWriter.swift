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
        try write(Data(contents.utf8), to: relativePath)
    }

    /// Writes `contents` to `relativePath` below the output folder and returns the file's URL.
    @discardableResult
    public func write(_ contents: Data, to relativePath: String) throws -> URL {
        let components = relativePath.split(separator: "/").map(String.init)
        guard !components.isEmpty, components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            throw WriteError(path: relativePath, reason: "path leaves the output folder")
        }
        let target = components.reduce(root) { $0.appendingPathComponent($1) }
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
            guard FileManager.default.createFile(atPath: temporary.path, contents: contents,
                                                 attributes: [.posixPermissions: 0o600]) else {
                throw WriteError(path: target.path, reason: "cannot create a temporary file in \(folder.path)")
            }
            if rename(temporary.path, target.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw WriteError(path: target.path, reason: reason)
            }
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(path: target.path, reason: "\(error.localizedDescription)")
        }
        return target
    }
}
