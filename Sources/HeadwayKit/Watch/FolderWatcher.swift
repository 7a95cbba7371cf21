import Foundation

#if os(Linux)
import Glibc

/// Changes below a folder, through Linux's inotify: every folder below the root is watched (hidden
/// folders and `excluded` ones not), folders that appear are watched as they appear, and a burst of
/// events is gathered into one set of changed paths once the folder has been quiet for a moment.
/// Editors that save by writing a temporary file and renaming it over the note give the note's path.
public final class FolderWatcher {
    /// Why watching could not start.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): cannot watch: \(reason)" }
    }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK)
    private let descriptor: Int32
    /// Watched folders by watch descriptor, absolute.
    private var folders: [Int32: String] = [:]
    /// The watched root (absolute, links resolved).
    public let root: String
    private let excluded: Set<String>
    /// Folders below the root that could not be watched (the system's limit on watches reached, no
    /// permission), with the reason; changes in them go unseen. Emptied by `takeUnwatched()`.
    private var unwatched: [(path: String, reason: String)] = []

    /// Watches `root` and every folder below it but `excluded` (absolute paths) and hidden ones, and
    /// each of `alsoFolders` alone (the folder of a configuration file outside `root`).
    public init(root: String, excluded: [String] = [], alsoFolders: [String] = []) throws(Failure) {
        self.root = Self.resolved(root)
        self.excluded = Set(excluded.map(Self.resolved))
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw Failure(path: root, reason: SystemError.words(errno)) }
        guard add(self.root, recursively: true) else {
            let reason = SystemError.words(errno)
            close(descriptor)
            throw Failure(path: root, reason: reason)
        }
        for folder in alsoFolders { _ = add(Self.resolved(folder), recursively: false) }
    }

    deinit { close(descriptor) }

    /// The folders that could not be watched since the last call, with the reason in words.
    public func takeUnwatched() -> [(path: String, reason: String)] {
        defer { unwatched = [] }
        return unwatched
    }

    /// Whether the root is still watched (false once it was deleted).
    public var watchesRoot: Bool { folders.values.contains(root) }

    /// Waits for changes and returns the absolute paths that changed (files, and folders that appeared,
    /// went or were renamed; the root itself when events were lost), once `quiet` has passed without
    /// another event; nil when `stop` (a file descriptor) becomes readable first.
    public func next(quiet: Duration = .milliseconds(50), stop: Int32) -> Set<String>? {
        var changed: Set<String> = []
        var timeout: Int32 = -1
        while true {
            var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: stop, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, timeout)
            if ready < 0, errno == EINTR { continue }
            if ready < 0 { return nil }  // cannot wait any more: never spin
            if fds[1].revents != 0 { return nil }
            if ready <= 0 { return changed }
            readEvents(into: &changed)
            timeout = Int32(quiet.components.seconds * 1000 + quiet.components.attoseconds / 1_000_000_000_000_000)
        }
    }

    /// Reads the events waiting, adding their paths to `changed` and watching the folders that appeared.
    private func readEvents(into changed: inout Set<String>) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return }
        var offset = 0
        while offset + MemoryLayout<inotify_event>.size <= count {
            let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
                (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self), bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                 Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
            }
            let start = offset + MemoryLayout<inotify_event>.size
            let name = String(decoding: buffer[start..<min(start + length, count)].prefix { $0 != 0 }, as: UTF8.self)
            offset = start + length
            handle(watch: watch, mask: mask, name: name, &changed)
        }
    }

    private func handle(watch: Int32, mask: UInt32, name: String, _ changed: inout Set<String>) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            changed.insert(root)
            return
        }
        guard let folder = folders[watch] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[watch] = nil
            return
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            changed.insert(folder)
            return
        }
        let path = folder + "/" + name
        guard !name.isEmpty, !name.hasPrefix("."), !excluded.contains(path) else { return }
        changed.insert(path)
        if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !add(path, recursively: true) {
            unwatched.append((path, SystemError.words(errno)))
        }
    }

    /// Watches `folder` and, when `recursively`, the folders below it; false when `folder` itself cannot be watched.
    private func add(_ folder: String, recursively: Bool) -> Bool {
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        guard watch >= 0 else { return false }
        folders[watch] = folder
        guard recursively else { return true }
        for entry in FolderListing.entries(of: folder) where entry.kind == .folder && !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            if !excluded.contains(path), !add(path, recursively: true) { unwatched.append((path, SystemError.words(errno))) }
        }
        return true
    }

    /// `path` absolute with links resolved, as the watcher names paths (a file that does not exist yet
    /// by its folder's resolved path).
    public static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            let folder = url.deletingLastPathComponent().path
            return folder == url.path ? folder : resolved(folder) + "/" + url.lastPathComponent
        }
        defer { free(real) }
        return String(cString: real)
    }
}
#endif
