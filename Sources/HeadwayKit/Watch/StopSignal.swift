import Foundation

/// SIGINT, SIGTERM and SIGHUP as a file descriptor that becomes readable, for a long-running command
/// (`headway watch`) that ends cleanly between two updates instead of in the middle of one: while an
/// update runs, every report is still written through its temporary file and renamed into place, so
/// none is left behind when the command then exits.
public enum StopSignal {
    /// The ends of the pipe the handler writes a byte to (-1 before `install`).
    nonisolated(unsafe) private static var readEnd: Int32 = -1
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    private static let handler: @convention(c) (Int32) -> Void = { _ in
        var byte: UInt8 = 1
        _ = write(StopSignal.writeEnd, &byte, 1)
    }

    /// Installs the handlers (after the temporary-file handlers, which they replace: a signal no longer
    /// ends the process at once) and returns the descriptor that becomes readable on a signal. A signal
    /// that was ignored when Headway started (`nohup`) stays ignored. When no pipe can be made, nothing
    /// is installed (a signal ends the process as in the other commands) and the result is -1.
    public static func install() -> Int32 {
        _ = TemporaryFiles.installed
        if readEnd < 0 {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { return -1 }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            _ = fcntl(ends[1], F_SETFL, O_NONBLOCK)  // a burst of signals never blocks the handler
            (readEnd, writeEnd) = (ends[0], ends[1])
        }
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            let previous = Foundation.signal(signal, handler)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { Foundation.signal(signal, SIG_IGN) }
        }
        return readEnd
    }
}
