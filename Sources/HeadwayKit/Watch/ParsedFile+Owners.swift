extension ParsedFile {
    /// The clients whose reports this file bears on: the one it belongs to, and any its diagnostics name.
    var owners: Set<String> {
        Set([identity?.client].compactMap { $0 } + diagnostics.compactMap(\.client))
    }
}
