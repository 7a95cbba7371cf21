import Foundation

extension Caseload {
    /// Reads every candidate file of `source`, in parallel, and reports the folders it could not list and
    /// the near-miss files it did not read. Throws only when the folder itself cannot be listed.
    public static func read(from source: some NoteSource, parser: NoteParser = NoteParser(), monitor: RunMonitor? = nil) throws -> Caseload {
        let listing = try source.listing()
        let paths = listing.paths
        monitor?.expectFiles(paths.count)
        let parsed = Parallel.map(paths, serially: monitor?.serial ?? false) { path -> ParsedFile in
            defer { monitor?.fileRead() }
            do {
                let bytes = try monitor?.measure(.read) { try source.bytes(at: path) } ?? source.bytes(at: path)
                return monitor?.measure(.parse) { parser.parse(path: path, bytes: bytes) } ?? parser.parse(path: path, bytes: bytes)
            } catch {
                return ParsedFile(path: path, content: .rejected, diagnostics: [.error(path, nil, "cannot read file: \(describe(error))")])
            }
        }
        var caseload = assemble(parsed)
        let unread = listing.unreadableFolders.map {
            Diagnostic.error($0.path, nil, "cannot read folder: \($0.reason); the notes in it are left out")
        } + listing.nearMisses.map(\.diagnostic)
        if !unread.isEmpty { caseload.diagnostics = (caseload.diagnostics + unread).sorted() }
        return caseload
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
