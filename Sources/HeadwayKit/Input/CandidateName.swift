/// What a file name says about the file.
enum CandidateName {
    /// How a file is treated by its name.
    enum Kind { case candidate, nearMiss, other }

    /// Extensions (lowercased) that a note saved under the wrong name commonly has; none counts too.
    static let nearMissExtensions: Set<String> = ["txt", "text", "mdown", "mkd"]

    /// A name with no extension is a near miss; so is one whose text after the last dot holds a space
    /// or only digits (`Jordan M. 2026-10-07`, `08.10.2026`): that dot starts no extension.
    static func kind(of name: String) -> Kind {
        guard !name.hasPrefix(".") else { return .other }
        guard let dot = name.lastIndex(of: ".") else { return .nearMiss }
        let suffix = name[name.index(after: dot)...].lowercased()
        if suffix == "md" || suffix == "markdown" { return .candidate }
        if suffix.contains(" ") || !suffix.isEmpty && suffix.allSatisfy({ $0.isASCII && $0.isNumber }) { return .nearMiss }
        return nearMissExtensions.contains(suffix) ? .nearMiss : .other
    }

    static func sorted(_ paths: [String]) -> [String] {
        paths.sorted { $0.precedesByBytes($1) }
    }
}
