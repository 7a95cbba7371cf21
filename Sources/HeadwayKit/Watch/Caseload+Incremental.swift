extension Caseload {
    /// What a file that could not be read gives, as `read(from:)` says it.
    static func unreadable(_ path: String, _ error: Error) -> ParsedFile {
        ParsedFile(path: path, content: .rejected, diagnostics: [.error(path, nil, "cannot read file: \(describe(error))")])
    }

    /// The caseload of `files` (in `listing`'s order) with `listing`'s diagnostics, as `read(from:)` assembles it.
    static func assemble(_ files: [ParsedFile], listing: NoteListing) -> Caseload {
        var caseload = assemble(files)
        let unread = listingDiagnostics(listing)
        if !unread.isEmpty { caseload.diagnostics = (caseload.diagnostics + unread).sorted() }
        return caseload
    }

    /// The diagnostics of `listing`: its unreadable folders and its near misses.
    static func listingDiagnostics(_ listing: NoteListing) -> [Diagnostic] {
        listing.unreadableFolders.map {
            Diagnostic.error($0.path, nil, "cannot read folder: \($0.reason); the notes in it are left out")
        } + listing.nearMisses.map(\.diagnostic)
    }
}

extension ParsedFile {
    /// The clients whose reports this file bears on: the one it belongs to, and any its diagnostics name.
    var owners: Set<String> {
        Set([identity?.client].compactMap { $0 } + diagnostics.compactMap(\.client))
    }
}
