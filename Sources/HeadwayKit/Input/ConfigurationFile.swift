import Foundation

/// Finding and reading the clinic's `headway.yml`: given with `--config`, or found in the notes folder
/// or the nearest folder above it that has one (so `headway check vault/Clients` reads `vault/headway.yml`).
public enum ConfigurationFile {
    /// The name looked for.
    public static let name = "headway.yml"
    /// The largest configuration read (a larger one is an error, not a memory exhaustion).
    public static let maximumSize = 1 << 20

    /// A configuration file to read.
    public struct Location: Sendable, Equatable {
        /// The path as messages name it: as given with `--config`, or the notes folder as given with the
        /// file's place added (`vault/Clients/../headway.yml` is shown `vault/headway.yml`).
        public var shown: String
        /// The path to open.
        public var path: String
        /// For a file that was found rather than given: the folder it was found in.
        public var foundIn: String?

        /// A file given with `--config`.
        public init(given path: String) {
            self.shown = path
            self.path = path
            self.foundIn = nil
        }

        init(shown: String, path: String, foundIn: String) {
            self.shown = shown
            self.path = path
            self.foundIn = foundIn
        }
    }

    /// The line every run prints first, saying which configuration it read.
    public static func announcement(_ location: Location?) -> String {
        location.map { "headway: configuration: \(Diagnostic.visible($0.shown))" } ?? "headway: no configuration (\(name)) found"
    }

    /// `headway.yml` in `notesDir` or the nearest folder above it that has one, or nil. The climb stops
    /// at the home folder and at the root, and never enters a folder that others may write to (`/tmp`):
    /// a file planted there by someone else is not a clinic's configuration.
    public static func find(notesDir: String) -> Location? {
        guard let start = FolderEntry.realPath(notesDir) else { return nil }
        // `HOME` as set, not the password database: a look-up there may open a socket (nscd), and Headway opens none.
        let home = getenv("HOME").flatMap { FolderEntry.realPath(String(cString: $0)) }
        var folder = start
        var steps = 0
        while true {
            if steps > 0, isWritableByOthers(folder) { return nil }
            let candidate = folder == "/" ? "/" + name : folder + "/" + name
            var info = stat()
            if lstat(candidate, &info) == 0 {
                return Location(shown: shownPath(notesDir: notesDir, steps: steps, realFolder: folder), path: candidate, foundIn: folder)
            }
            if folder == "/" || folder == home { return nil }
            folder = (folder as NSString).deletingLastPathComponent
            steps += 1
        }
    }

    /// The text of the configuration at `location`, or the error that stops the run.
    public static func read(_ location: Location) throws(DiagnosticList) -> String {
        func failure(_ words: String) -> DiagnosticList { DiagnosticList([.error(location.shown, nil, words)]) }
        if let folder = location.foundIn, let problem = linkProblem(location.path, folder: folder) { throw failure(problem) }
        let bytes: [UInt8]
        do {
            bytes = try FolderNoteSource.readRegularFile(Array(location.path.utf8), limit: maximumSize + 1, whole: false)
        } catch {
            throw failure("cannot read the configuration file: \((error as? ReadError)?.reason ?? "\(error)")")
        }
        guard bytes.count <= maximumSize else {
            throw failure("the configuration file is larger than \(maximumSize >> 20) MB: not read (a clinic's settings take a few KB)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw failure("the configuration file is not UTF-8 text (save it as UTF-8)")
        }
        return text
    }

    /// Why a found configuration that is a link is not read: it leads outside the folder it was found in.
    private static func linkProblem(_ path: String, folder: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        guard let target = FolderEntry.realPath(Array(path.utf8)) else { return nil }   // a broken link: a read error
        if target.starts(with: Array((folder == "/" ? "/" : folder + "/").utf8)) { return nil }
        return "the configuration is a link to a file outside the notes folder: give it with --config to use it"
    }

    private static func isWritableByOthers(_ folder: String) -> Bool {
        var info = stat()
        return stat(folder, &info) == 0 && info.st_mode & S_IWOTH != 0
    }

    /// How to name the file found `steps` folders above the notes folder: the notes folder as given, with
    /// its last components dropped (or `..` added), when that names the same folder; else its real path.
    static func shownPath(notesDir: String, steps: Int, realFolder: String) -> String {
        var parts = notesDir.split(separator: "/").map(String.init).filter { $0 != "." }
        for _ in 0..<steps {
            if let last = parts.last, last != ".." { parts.removeLast() } else { parts.append("..") }
        }
        let absolute = notesDir.hasPrefix("/")
        let folder = (absolute ? "/" : "") + parts.joined(separator: "/")
        let shown = folder.isEmpty ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
        guard steps > 0 else { return shown }
        let lexical = FolderEntry.realPath(folder.isEmpty ? "." : folder)
        return lexical == realFolder ? shown : (realFolder == "/" ? "/" : realFolder + "/") + name
    }
}
