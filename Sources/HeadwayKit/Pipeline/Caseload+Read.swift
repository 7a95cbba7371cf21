import Foundation

extension Caseload {
    /// Reads every candidate file of `source`, in parallel, and reports the folders it could not list and
    /// the near-miss files it did not read. Throws only when the folder itself cannot be listed.
    ///
    /// With `client`, only that client's files (and those of the clients sharing its report folder,
    /// whose clash is its error) and the files whose client cannot be told are kept: every file is read,
    /// the ones `ClientPrescan` gives to another client are not parsed, and a parsed file that turns out
    /// to be another client's is dropped, so that the caseload holds exactly what a full read holds for
    /// the client (`fileCount` still counts every file read).
    public static func read(from source: some NoteSource, parser: NoteParser = NoteParser(), monitor: RunMonitor? = nil,
                            only client: String? = nil) throws -> Caseload {
        let listing = try source.listing()
        let paths = listing.paths
        let scope = client.map(ReadScope.init)
        monitor?.expectFiles(paths.count)
        let serially = monitor?.serial ?? false
        let files: [ParsedFile]
        if let scope {
            // Each file gives an array, empty when it is left out: a slot of 8 bytes a file rather than
            // a parsed file's size, as few of the folder's files are kept.
            files = Parallel.map(paths, serially: serially) { path -> [ParsedFile] in
                defer { monitor?.fileRead() }
                let file: ParsedFile
                do {
                    let bytes = try readBytes(path, source, monitor)
                    if let owner = ClientPrescan.owner(of: bytes), !scope.includes(owner) { return [] }
                    file = parse(path, bytes, parser, monitor)
                } catch {
                    file = unreadable(path, error)
                }
                return scope.includes(file) ? [file] : []
            }.flatMap { $0 }
        } else {
            files = Parallel.map(paths, serially: serially) { path -> ParsedFile in
                defer { monitor?.fileRead() }
                do {
                    return parse(path, try readBytes(path, source, monitor), parser, monitor)
                } catch {
                    return unreadable(path, error)
                }
            }
        }
        var caseload = assemble(files, listing: listing, configuration: parser.configuration, keepingNearMisses: { scope?.includes($0.client) ?? true })
        caseload.fileCount = paths.count
        return caseload
    }

    /// The caseload of one wave of a survey: its files read and parsed in parallel with `parser`, assembled
    /// with the parser's configuration, with the listing's diagnostics naming its clients.
    static func read(_ wave: CaseloadSurvey.Wave, from source: some NoteSource, parser: NoteParser, monitor: RunMonitor) -> Caseload {
        let files = Parallel.map(wave.paths, serially: monitor.serial) { path -> ParsedFile in
            do {
                return parse(path, try readBytes(path, source, monitor), parser, monitor)
            } catch {
                return unreadable(path, error)
            }
        }
        var caseload = assemble(files, configuration: parser.configuration)
        if !wave.listed.isEmpty { caseload.diagnostics = (caseload.diagnostics + wave.listed).sorted() }
        return caseload
    }

    /// The caseload of `files` (in `listing`'s order, assembled with `configuration`) with `listing`'s
    /// diagnostics: its unreadable folders, and those of its near misses that `keep` keeps.
    static func assemble(_ files: [ParsedFile], listing: NoteListing, configuration: Configuration,
                         keepingNearMisses keep: (Diagnostic) -> Bool = { _ in true }) -> Caseload {
        var caseload = assemble(files, configuration: configuration)
        let unread = listingDiagnostics(listing, keepingNearMisses: keep)
        if !unread.isEmpty { caseload.diagnostics = (caseload.diagnostics + unread).sorted() }
        return caseload
    }

    /// Stage 1 for one file.
    static func readBytes(_ path: String, _ source: some NoteSource, _ monitor: RunMonitor?) throws -> [UInt8] {
        try monitor?.measure(.read) { try source.bytes(at: path) } ?? source.bytes(at: path)
    }

    /// Stage 2 for one file.
    static func parse(_ path: String, _ bytes: [UInt8], _ parser: NoteParser, _ monitor: RunMonitor?) -> ParsedFile {
        monitor?.measure(.parse) { parser.parse(path: path, bytes: bytes) } ?? parser.parse(path: path, bytes: bytes)
    }

    /// The diagnostics of `listing`: its unreadable folders, and those of its near misses that `keep` keeps.
    static func listingDiagnostics(_ listing: NoteListing, keepingNearMisses keep: (Diagnostic) -> Bool = { _ in true }) -> [Diagnostic] {
        listing.unreadableFolders.map {
            Diagnostic.error($0.path, nil, "cannot read folder: \($0.reason); the notes in it are left out")
        } + listing.nearMisses.map(\.diagnostic).filter(keep)
    }

    /// A file that could not be read: an error, of no client.
    static func unreadable(_ path: String, _ error: Error) -> ParsedFile {
        ParsedFile(path: path, content: .rejected, diagnostics: [.error(path, nil, "cannot read file: \(describe(error))")])
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? ReadError { return error.reason }
        if let error = error as? CocoaError {
            switch error.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file (a link to a missing file?)"
            case .fileReadNoPermission: return "permission denied"
            default: break
            }
        }
        return "\(error)"
    }
}

/// The files a one-client read keeps: the client's, those of the clients whose ids name the same report
/// folder (`ClientFolders`), and those of no client.
private struct ReadScope {
    let folder: String

    init(_ client: String) {
        folder = ClientFolders.folderKey(client)
    }

    func includes(_ client: String?) -> Bool {
        client.map { ClientFolders.folderKey($0) == folder } ?? true
    }

    /// Whether a parsed file is kept, by the client its content or its diagnostics name.
    func includes(_ file: ParsedFile) -> Bool {
        includes(file.identity?.client ?? file.diagnostics.lazy.compactMap(\.client).first)
    }
}
