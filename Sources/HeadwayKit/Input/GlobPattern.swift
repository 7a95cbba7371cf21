/// One pattern of the configuration's `exclude:` list, matched against paths relative to the folder
/// of the configuration (see `FolderNoteSource`'s `excludeBase`), segment by segment: `*` is any run
/// of characters within a segment, `?` one character, `**` (a whole segment) any number of segments,
/// zero included. A pattern without a `/` (other than a trailing one) names a file or folder at any
/// depth (`*.draft.md`); one with a `/` is anchored at that folder (`_templates/**`, `Clients/Archive`).
/// A trailing `/` matches folders only (`Archive/`). A matching folder is not read at all, nor anything
/// below it. Letter case counts.
public struct GlobPattern: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written.
    public let text: String
    private let segments: [[Character]]
    private let anchored: Bool
    private let foldersOnly: Bool

    public var description: String { text }

    /// The pattern `text`, or why it cannot be one (in words to follow "exclude pattern '…' ").
    public static func parse(_ text: String) -> Result<GlobPattern, Problem> {
        var body = Substring(text)
        let foldersOnly = body.hasSuffix("/")
        while body.hasSuffix("/") { body = body.dropLast() }
        let anchored = body.hasPrefix("/") || body.contains("/")
        while body.hasPrefix("/") { body = body.dropFirst() }
        let segments = body.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.isEmpty else { return .failure(.empty) }
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return .failure(.leavesFolder) }
        return .success(GlobPattern(text: text, segments: segments.map(Array.init), anchored: anchored, foldersOnly: foldersOnly))
    }

    /// Why a text is not a pattern.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case empty
        case leavesFolder

        public var description: String {
            switch self {
            case .empty: return "is empty: write a path such as _templates/** or *.draft.md"
            case .leavesFolder: return "must name paths inside the notes folder, without '.' or '..' segments"
            }
        }
    }

    /// Whether the file or folder at `path` (relative to the configuration's folder, `/`-separated) is excluded.
    public func matches(_ path: String, isFolder: Bool) -> Bool {
        guard isFolder || !foldersOnly else { return false }
        let parts = path.split(separator: "/").map(Array.init)
        guard anchored else { return parts.last.map { Self.matches(segments[0], $0) } ?? false }
        return matchesSegments(parts)
    }

    /// Matches the whole path against the segments, `**` taking any number of path segments: a table of
    /// which prefixes of the pattern match which prefixes of the path (no backtracking blow-up).
    private func matchesSegments(_ parts: [[Character]]) -> Bool {
        var reachable = [Bool](repeating: false, count: parts.count + 1)
        reachable[0] = true
        for segment in segments {
            var next = [Bool](repeating: false, count: parts.count + 1)
            if segment == ["*", "*"] {
                var any = false
                for index in 0...parts.count {
                    any = any || reachable[index]
                    next[index] = any
                }
            } else {
                for index in 0..<parts.count where reachable[index] && Self.matches(segment, parts[index]) {
                    next[index + 1] = true
                }
            }
            reachable = next
        }
        return reachable[parts.count]
    }

    /// Whether one path segment matches one pattern segment (`*` and `?` within it).
    static func matches(_ pattern: [Character], _ name: [Character]) -> Bool {
        var patternIndex = 0, nameIndex = 0
        var star: Int?, resume = 0
        while nameIndex < name.count {
            if patternIndex < pattern.count, pattern[patternIndex] == "?" || pattern[patternIndex] == name[nameIndex] && pattern[patternIndex] != "*" {
                patternIndex += 1
                nameIndex += 1
            } else if patternIndex < pattern.count, pattern[patternIndex] == "*" {
                star = patternIndex
                resume = nameIndex
                patternIndex += 1
            } else if let star {
                patternIndex = star + 1
                resume += 1
                nameIndex = resume
            } else {
                return false
            }
        }
        while patternIndex < pattern.count, pattern[patternIndex] == "*" { patternIndex += 1 }
        return patternIndex == pattern.count
    }
}
