import Foundation

/// Reports a batch finds in its output folder but did not rewrite: those of clients whose notes were
/// removed or became invalid. Only files named as this batch names its reports count, only in the
/// folders directly below the output folder (never through a link), never anything else.
public struct StaleReports: Sendable {
    /// The output folder.
    public var root: String
    /// The batch's periods: its reports are named `all`, `2026-10` or `2026-10-01_2026-12-31`.
    public var periods: PeriodChoice
    /// The batch's formats: only their extensions count.
    public var formats: [OutputFormat]
    /// What the batch's audience adds to its report names (`.client` in `2026-10.client.md`), so that a
    /// batch of one audience never counts the other's reports as its own.
    public var suffix: String
    /// For a part of a sharded batch, its clients: only their folders are looked in (nil: every folder).
    public var clients: ClientSelection?

    /// Stale reports of the batch of `periods`, `formats` and audience file `suffix` in `root`, in the
    /// folders of the `clients` selected (nil: all).
    public init(root: String, periods: PeriodChoice, formats: [OutputFormat], suffix: String = "", clients: ClientSelection? = nil) {
        self.root = root
        self.periods = periods
        self.formats = formats
        self.suffix = suffix
        self.clients = clients
    }

    /// Paths relative to `root`, sorted by bytes, of the reports in client folders named as this batch
    /// names them that are not in `written` (the paths the batch wrote or tried to write).
    public func find(written: Set<String>) -> [String] {
        var stale: [String] = []
        for folder in FolderListing.entries(of: root) where folder.kind == .folder && !folder.name.hasPrefix(".")
            && clients?.includes(folder.name) != false {
            for file in FolderListing.entries(of: root + "/" + folder.name) where file.kind == .file && isReportName(file.name) {
                let path = folder.name + "/" + file.name
                if !written.contains(path) { stale.append(path) }
            }
        }
        return stale.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Whether `name` is `<period><suffix>.<ext>` for one of the batch's formats and a period name of its
    /// kind (an extension may have dots of its own: `2026-10.fhir.json`).
    func isReportName(_ name: String) -> Bool {
        formats.contains { format in
            let ext = "." + format.fileExtension
            guard name.hasSuffix(ext), name.dropLast(ext.count).hasSuffix(suffix) else { return false }
            return isPeriodName(name.dropLast(ext.count).dropLast(suffix.count))
        }
    }

    /// Whether `stem` names a period of the batch's kind.
    private func isPeriodName(_ stem: Substring) -> Bool {
        switch periods {
        case .allSessions: return stem == "all"
        case .fixed(let period): return stem == period.slug
        case .byMonth: return Period.month(String(stem)).map { $0.slug == stem } ?? false
        case .episode(let number, let within): return stem == Period.episodeSlug(number, within: within)
        }
    }

    /// Removes the stale report at `relative` (a regular file in a folder of `root`, reached without
    /// following links); throws the reason in words.
    public func remove(_ relative: String) throws {
        let parts = relative.split(separator: "/").map(String.init)
        guard parts.count == 2 else { throw ReadError(reason: "not a report in a client folder") }
        let top = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard top >= 0 else { throw ReadError(reason: SystemError.words(errno)) }
        defer { close(top) }
        let folder = openat(top, parts[0], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { throw ReadError(reason: SystemError.words(errno)) }
        defer { close(folder) }
        var info = stat()
        guard fstatat(folder, parts[1], &info, AT_SYMLINK_NOFOLLOW) == 0 else { throw ReadError(reason: SystemError.words(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw ReadError(reason: "not a regular file") }
        guard unlinkat(folder, parts[1], 0) == 0 else { throw ReadError(reason: SystemError.words(errno)) }
    }
}
