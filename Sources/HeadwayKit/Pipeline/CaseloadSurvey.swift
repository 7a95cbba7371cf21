/// Pass 1 of a batch read in waves: whose each candidate file is, by report folder name
/// (`ClientFolders.folderKey` of its client), so that the files can then be parsed and reported a few
/// report folders at a time (`waves(of:)`), each folder name's files together, as `Caseload.assemble`
/// needs them to find the ids that clash on a folder.
///
/// Each file is read and `ClientPrescan` names its client, or, when it cannot tell, the file is parsed
/// and belongs to the client its parse names (`ReadScope` does the same for one client). Only the file's
/// folder name is kept, not its parse: a wave parses it again. A file of no client (unreadable, not a
/// note, rejected before its client could be read) gives only diagnostics, kept here.
struct CaseloadSurvey: Sendable {
    /// The files of one wave, and the listing's diagnostics that name their clients (near misses).
    struct Wave: Sendable {
        /// The files' paths, sorted by bytes.
        var paths: [String]
        /// The listing's diagnostics naming a client of these files' folder names.
        var listed: [Diagnostic]
    }

    /// The candidate files and the listing's diagnostics.
    let listing: NoteListing
    /// The positions in `listing.paths` of each folder name's files, in order.
    private var filesOfFolder: [String: [Int]] = [:]
    /// The client ids of each folder name's files and near misses (more than one when ids clash on the folder).
    private var idsOfFolder: [String: Set<String>] = [:]
    /// The listing's diagnostics naming a client of a folder name that has files, by folder name.
    private var listedOfFolder: [String: [Diagnostic]] = [:]
    /// The diagnostics that belong to no wave: those of the files of no client, and the listing's that
    /// name no client or one of a folder name without files.
    private(set) var unplaced: [Diagnostic] = []
    /// The SHA-256 of every listed path with the client it belongs to: the same in every part of a
    /// sharded batch that read the same files, whichever files each part then parses.
    let digest: String

    /// Lists `source` and tells whose each file is (in parallel, parsing with `parser` the files whose
    /// client `ClientPrescan` cannot tell). Throws only when the folder itself cannot be listed.
    init(source: some NoteSource, parser: NoteParser, monitor: RunMonitor) throws {
        listing = try source.listing()
        monitor.expectFiles(listing.paths.count)
        let owners = Parallel.map(listing.paths, serially: monitor.serial) { path -> Owner in
            defer { monitor.fileRead() }
            do {
                let bytes = try Caseload.readBytes(path, source, monitor)
                if let client = ClientPrescan.owner(of: bytes) { return .client(client) }
                return Owner(of: Caseload.parse(path, bytes, parser, monitor))
            } catch {
                return Owner(of: Caseload.unreadable(path, error))
            }
        }
        var owned = ""
        for (position, owner) in owners.enumerated() {
            owned += listing.paths[position]
            switch owner {
            case .client(let client):
                let key = ClientFolders.folderKey(client)
                filesOfFolder[key, default: []].append(position)
                idsOfFolder[key, default: []].insert(client)
                owned += "\t" + client
            case .none(let diagnostics):
                unplaced += diagnostics
            }
            owned += "\n"
        }
        digest = SHA256.hex(owned)
        for diagnostic in Caseload.listingDiagnostics(listing) {
            if let client = diagnostic.client, case let key = ClientFolders.folderKey(client), filesOfFolder[key] != nil {
                listedOfFolder[key, default: []].append(diagnostic)
                idsOfFolder[key, default: []].insert(client)  // so that the shard of the id it names parses the folder, and prints it
            } else {
                unplaced.append(diagnostic)
            }
        }
    }

    /// The files cut into waves, folder name by folder name (in byte order), each wave closed once it
    /// holds `size` files or more: a folder name's files are never split, so a wave may hold more. With
    /// `selection` (a shard, or a list of clients), only the folder names of which one of the ids is
    /// selected: the other clients' files are not parsed at all.
    func waves(of size: Int, selecting selection: ClientSelection? = nil) -> [Wave] {
        var waves: [Wave] = []
        var positions: [Int] = [], listed: [Diagnostic] = []
        for key in filesOfFolder.keys.sorted(by: { $0.precedesByBytes($1) }) {
            if let selection, !(idsOfFolder[key] ?? []).contains(where: selection.includes) { continue }
            positions += filesOfFolder[key] ?? []
            listed += listedOfFolder[key] ?? []
            guard positions.count >= size else { continue }
            waves.append(Wave(paths: positions.sorted().map { listing.paths[$0] }, listed: listed))
            (positions, listed) = ([], [])
        }
        if !positions.isEmpty { waves.append(Wave(paths: positions.sorted().map { listing.paths[$0] }, listed: listed)) }
        return waves
    }

    /// Whose a file is: a client's, or no client's (then only its diagnostics count).
    private enum Owner: Sendable {
        case client(String)
        case none([Diagnostic])

        /// The owner of a parsed file: the client it is a note or plan of, or that its diagnostics name.
        init(of file: ParsedFile) {
            if let client = file.identity?.client ?? file.diagnostics.lazy.compactMap(\.client).first {
                self = .client(client)
            } else {
                self = .none(file.diagnostics)
            }
        }
    }
}
