import Foundation
import HeadwayKit

/// A one-line progress display on standard error (files read, reports written), redrawn a few times a
/// second while a run lasts; only when standard error is a terminal, never with `--quiet`.
final class ProgressBar: @unchecked Sendable {
    private let monitor: RunMonitor
    private let lock = NSLock()
    private var running = true
    private var thread: Thread?

    /// Starts drawing when standard error is a terminal and `quiet` is off; otherwise does nothing.
    init(monitor: RunMonitor, quiet: Bool) {
        self.monitor = monitor
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return }
        let thread = Thread { [self] in
            while drawIfRunning() {
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        self.thread = thread
        thread.start()
    }

    /// Draws under the lock that `stop` takes, so that no line is drawn after it was cleared; false once stopped.
    private func drawIfRunning() -> Bool {
        lock.withLock {
            guard running else { return false }
            draw()
            return true
        }
    }

    private func draw() {
        let files = monitor.files
        let width = 24
        let filled = files.total == 0 ? 0 : width * files.done / files.total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        Console.raw("\r[\(bar)] \(files.done)/\(files.total) files read, \(monitor.filesWritten) reports written ")
    }

    /// Stops drawing and clears the line (once, however often it is called).
    func stop() {
        guard thread != nil else { return }
        lock.withLock {
            guard running else { return }
            running = false
            Console.raw("\r\u{1B}[K")
        }
    }
}
