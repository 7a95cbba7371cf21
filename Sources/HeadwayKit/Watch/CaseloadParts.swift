/// The parsed files of a notes folder and their caseload in parts, one part per report folder name
/// (`ClientFolders.folderKey`: the ids that would name one folder on a case-insensitive disk), so that a
/// change of one client's files assembles only its part again.
///
/// A part holds every file that bears on one of its clients (a file belongs to the client it names, and
/// to every client its diagnostics name). A client's notes, plans, review notes, duplicates, history and
/// diagnostics depend only on those files, on the other ids of its folder name and on the listing's
/// diagnostics naming it (a near miss), so its part gives the same of each as the whole caseload; its
/// reports are made from it.
struct CaseloadParts {
    /// The clinic's settings each part is assembled with (its measure schedule).
    let configuration: Configuration
    /// Every candidate file as last read, by path.
    private(set) var files: [String: ParsedFile] = [:]
    /// Each part's caseload, by folder name.
    private(set) var parts: [String: Caseload] = [:]
    private var pathsOfPart: [String: Set<String>] = [:]
    /// Each part's clients, as one valid note or plan each (what the summary's client list is made of).
    private var representatives: [String: [ParsedFile]] = [:]
    /// Each part's diagnostics that name one of its clients.
    private var attributed: [String: [Diagnostic]] = [:]
    /// The diagnostics that name no client, by path.
    private var unattributed: [String: [Diagnostic]] = [:]
    /// The listing's diagnostics (near misses name their client) by folder name, and those naming no client.
    private var listed: [String: [Diagnostic]] = [:]
    private var listedUnattributed: [Diagnostic] = []

    /// No files yet, to be assembled with `configuration`.
    init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The folder names of the clients `file` bears on.
    static func keys(of file: ParsedFile) -> Set<String> {
        Set(file.owners.map(ClientFolders.folderKey))
    }

    /// Takes `reread` in place of the files of their paths, drops the files at `dropped` and takes the
    /// diagnostics of `listing`, then assembles the parts they bear on again; returns those parts' folder names.
    mutating func replace(_ reread: [ParsedFile], dropping dropped: [String], listing: NoteListing) -> Set<String> {
        var touched = take(Caseload.listingDiagnostics(listing))
        for path in dropped + reread.map(\.path) {
            guard let old = files.removeValue(forKey: path) else { continue }
            unattributed[path] = nil
            for key in Self.keys(of: old) {
                pathsOfPart[key]?.remove(path)
                touched.insert(key)
            }
        }
        for file in reread {
            files[file.path] = file
            let free = file.diagnostics.filter { $0.client == nil }
            if !free.isEmpty { unattributed[file.path] = free }
            for key in Self.keys(of: file) {
                pathsOfPart[key, default: []].insert(file.path)
                touched.insert(key)
            }
        }
        for key in touched { assemble(key) }
        return touched
    }

    /// The part `client`'s reports are made from.
    func part(of client: String) -> Caseload? {
        parts[ClientFolders.folderKey(client)]
    }

    /// A caseload with every client of the folder, by one note or plan each, every diagnostic (the
    /// files', the parts', `listing`'s) and the file count: what a batch's plan and index read of the
    /// whole caseload (its clients, and their errors), without assembling it.
    func summary() -> Caseload {
        var summary = Caseload.assemble(representatives.values.flatMap { $0 }, configuration: configuration)
        summary.fileCount = files.count
        summary.diagnostics = (attributed.values.flatMap { $0 } + unattributed.values.flatMap { $0 } + listedUnattributed).sorted()
        return summary
    }

    /// Takes the listing's `diagnostics`; returns the folder names whose diagnostics changed.
    private mutating func take(_ diagnostics: [Diagnostic]) -> Set<String> {
        var byKey: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            if let client = diagnostic.client { byKey[ClientFolders.folderKey(client), default: []].append(diagnostic) }
        }
        listedUnattributed = diagnostics.filter { $0.client == nil }
        let changed = Set(byKey.keys).union(listed.keys).filter { byKey[$0] != listed[$0] }
        listed = byKey
        return changed
    }

    private mutating func assemble(_ key: String) {
        let paths = pathsOfPart[key] ?? []
        guard !paths.isEmpty || listed[key] != nil else {
            (parts[key], pathsOfPart[key], representatives[key], attributed[key]) = (nil, nil, nil, nil)
            return
        }
        var part = Caseload.assemble(CandidateName.sorted(Array(paths)).compactMap { files[$0] }, configuration: configuration)
        if let more = listed[key] { part.diagnostics = (part.diagnostics + more).sorted() }
        parts[key] = part
        representatives[key] = part.clients.filter { ClientFolders.folderKey($0) == key }.compactMap { client in
            part.notes(of: client).first.map { ParsedFile(path: $0.path, content: .note($0), diagnostics: []) }
                ?? part.plans(of: client).first.map { ParsedFile(path: $0.path, content: .plan($0), diagnostics: []) }
        }
        attributed[key] = part.diagnostics.filter { diagnostic in diagnostic.client.map { ClientFolders.folderKey($0) == key } ?? false }
    }
}
