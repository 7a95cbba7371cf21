import Foundation

/// Watches a run from any thread: files read, reports written, and the time spent in each stage of the
/// pipeline (summed over threads), for the progress bar and the benchmark's breakdown.
public final class RunMonitor: @unchecked Sendable {
    /// The pipeline's stages.
    public enum Stage: String, CaseIterable, Sendable {
        case read, parse, aggregate, render, write
    }

    private let lock = NSLock()
    private var seconds: [Stage: Double] = [:]
    private var read = 0
    private var written = 0
    private var filesTotal = 0

    /// Whether work runs on one thread only (for comparing a serial run with a parallel one).
    public let serial: Bool

    /// Creates a monitor with nothing counted.
    public init(serial: Bool = false) {
        self.serial = serial
    }

    /// Runs `work`, adding its duration to `stage`.
    public func measure<T, E: Error>(_ stage: Stage, _ work: () throws(E) -> T) throws(E) -> T {
        let start = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - start
            let value = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            lock.withLock { seconds[stage, default: 0] += value }
        }
        return try work()
    }

    func expectFiles(_ count: Int) { lock.withLock { filesTotal = count } }
    func fileRead() { lock.withLock { read += 1 } }
    func fileWritten() { lock.withLock { written += 1 } }

    /// Files read so far, of how many.
    public var files: (done: Int, total: Int) { lock.withLock { (read, filesTotal) } }
    /// Files written so far.
    public var filesWritten: Int { lock.withLock { written } }
    /// Seconds spent in each stage, summed over threads.
    public var stageSeconds: [Stage: Double] { lock.withLock { seconds } }
}
