import Foundation

/// The temporary files being written right now, in a fixed table that a signal handler can read: on
/// SIGINT, SIGTERM or SIGHUP the handler unlinks them and the process then ends as the signal would have
/// ended it. The handler calls only `unlink`, `signal` and `raise` (async-signal-safe) and reads only
/// memory allocated before it was installed.
enum TemporaryFiles {
    /// How many files can be registered at once: room for the files that 8 threads write together
    /// (`ClientFiles.fileLimit` each); a table page is touched only when a slot is first used.
    static let slotCount = 512
    /// Bytes per registered path, its terminating NUL included.
    static let slotSize = Int(PATH_MAX)

    /// The registered paths, NUL-terminated, `slotSize` bytes each.
    nonisolated(unsafe) private static let paths = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
    /// 1 while a slot holds a path the handler must unlink; 0 otherwise. Plain memory (`Atomic` needs
    /// macOS 15): at worst a handler racing a registration unlinks a half-written path, which names
    /// no file, or misses a file being created at that instant.
    nonisolated(unsafe) private static let used: UnsafeMutablePointer<Int32> = {
        let flags = UnsafeMutablePointer<Int32>.allocate(capacity: slotCount)
        flags.initialize(repeating: 0, count: slotCount)
        return flags
    }()
    /// Guards claiming and releasing slots (never taken by the handler).
    private static let lock = NSLock()
    /// Installs the handlers once, after the table exists.
    static let installed: Void = {
        _ = paths
        _ = used
        for signal in [SIGINT, SIGTERM, SIGHUP] { install(signal) }
    }()

    /// Registers `path` (an absolute path) before the file is created, and returns its slot; nil when
    /// the path is too long or every slot is taken (the file is then not cleaned up on a signal).
    static func register(_ path: String) -> Int? {
        _ = installed
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize else { return nil }
        return lock.withLock {
            guard let slot = (0..<slotCount).first(where: { used[$0] == 0 }) else { return nil }
            let start = paths + slot * slotSize
            for (offset, byte) in bytes.enumerated() { start[offset] = CChar(bitPattern: byte) }
            start[bytes.count] = 0
            used[slot] = 1
            return slot
        }
    }

    /// Forgets a slot once its file is renamed into place or removed.
    static func release(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { used[slot] = 0 }
    }

    /// Unlinks every registered file, then ends the process by `signal` with its default action.
    private static let handler: @convention(c) (Int32) -> Void = { signal in
        for slot in 0..<TemporaryFiles.slotCount where TemporaryFiles.used[slot] == 1 {
            unlink(TemporaryFiles.paths + slot * TemporaryFiles.slotSize)
        }
        Foundation.signal(signal, SIG_DFL)
        raise(signal)
    }

    /// Handles `signal`, unless it was ignored when Headway started (`nohup`, a background job): then it stays ignored.
    private static func install(_ signal: Int32) {
        let previous = Foundation.signal(signal, handler)
        if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
            Foundation.signal(signal, SIG_IGN)
        }
    }
}
