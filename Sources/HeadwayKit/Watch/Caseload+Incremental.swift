extension Caseload {
    /// The caseload of `files` (in `listing`'s order) with `listing`'s diagnostics, as `read(from:)` assembles it.
    static func assemble(_ files: [ParsedFile], listing: NoteListing) -> Caseload {
        var caseload = assemble(files)
        let unread = listingDiagnostics(listing)
        if !unread.isEmpty { caseload.diagnostics = (caseload.diagnostics + unread).sorted() }
        return caseload
    }
}

extension ParsedFile {
    /// The clients whose reports this file bears on: the one it belongs to, and any its diagnostics name.
    var owners: Set<String> {
        Set([identity?.client].compactMap { $0 } + diagnostics.compactMap(\.client))
    }
}
