import Foundation

/// A sink that keeps every file in memory, for running the whole pipeline in tests without a disk.
public final class InMemorySink: RemovingReportSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: RenderedFile.Contents] = [:]
    private var prepared = 0
    /// Paths whose writing fails, to test how a run reports it.
    private let failing: Set<String>

    /// An empty sink; writing any path in `failing` fails.
    public init(failing: Set<String> = []) {
        self.failing = failing
    }

    /// The files written, by path.
    public var files: [String: RenderedFile.Contents] { lock.withLock { stored } }

    /// The text of the file at `path`, if one was written as text.
    public func text(_ path: String) -> String? {
        guard case .text(let text)? = files[path] else { return nil }
        return text
    }

    /// How many times the run prepared the sink (once for a run that got as far as rendering).
    public var preparations: Int { lock.withLock { prepared } }

    public func prepare() throws(RunError) {
        lock.withLock { prepared += 1 }
    }

    public func write(_ file: RenderedFile) throws(WriteFailure) {
        guard !failing.contains(file.path) else {
            throw WriteFailure(.error(file.path, nil, "cannot write report: refused by the test sink"))
        }
        lock.withLock { stored[file.path] = file.contents }
    }

    /// Forgets the file at `path` (for `IncrementalBatch`); a path never written is an error.
    public func remove(_ path: String) throws(WriteFailure) {
        guard lock.withLock({ stored.removeValue(forKey: path) }) != nil else {
            throw WriteFailure(.error(path, nil, "cannot remove the report: not in the test sink"))
        }
    }

    public func finish(_ request: ReportRequest) -> (warnings: [Diagnostic], failures: [Diagnostic]) {
        ([], [])
    }
}
