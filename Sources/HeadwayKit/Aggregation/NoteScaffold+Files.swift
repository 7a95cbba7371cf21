/// Where a client's new note goes and what it is called.
extension NoteScaffold {
    /// The path of `client`'s latest session note, else of its latest review note or plan.
    static func latestPath(of client: String, in caseload: Caseload) -> String? {
        caseload.notes(of: client).last?.path ?? caseload.reviews(of: client).last?.path ?? caseload.plans(of: client).last?.path
    }

    /// The folder part of a relative path (empty for a file at the top).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// The file-name part of a relative path.
    static func lastComponent(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// The name of a `kind` note on `date`, following `example` (the client's latest note's name): its
    /// date, wherever it stands (`2026-10-28.md`, `2026-10-28 session.md`, `Jordan 2026-10-28.md`),
    /// becomes `date`; with no date in it, `YYYY-MM-DD.md`. A plan or a review adds ` plan` or ` review`
    /// before `.md`, so it does not clash with the session note of its day.
    static func fileName(like example: String?, on date: Day, kind: Kind) -> String {
        let extra = kind == .session ? "" : " \(kind.rawValue)"
        let characters = Array(example ?? "")
        guard characters.count >= 13, String(characters.suffix(3)) == ".md" else { return "\(date)\(extra).md" }
        let stem = characters.dropLast(3)
        for start in stem.indices where start + 10 <= stem.endIndex && Day(iso: String(stem[start..<start + 10])) != nil {
            return String(stem[..<start]) + date.description + String(stem[(start + 10)...]) + extra + ".md"
        }
        return "\(date)\(extra).md"
    }
}
