/// A file that starts like a note (front matter with a `client:` line) but whose name does not end in
/// `.md` or `.markdown` (`notes.txt`, `2026-10-07`): it is not read, and a warning says to rename it.
public struct NearMiss: Sendable, Equatable {
    /// The file's path relative to the notes folder.
    public var path: String
    /// The client its `client:` line names, when that is a valid id.
    public var client: String?

    /// A near miss.
    public init(path: String, client: String? = nil) {
        self.path = path
        self.client = client
    }

    /// How much of a file is read to tell (front matter with `client:` comes first).
    public static let prefixSize = 64 << 10

    /// The warning that names the file.
    public var diagnostic: Diagnostic {
        Diagnostic(path: path, line: nil, severity: .warning,
                   message: "looks like a note but its name does not end in .md, so it is not read: rename it to .md to include it",
                   client: client)
    }

    /// A near miss when `prefix` (the file's first bytes) opens front matter (`---`, after an optional
    /// BOM, trailing spaces and CRLF allowed) holding a top-level `client:` line before it closes.
    static func inspect(path: String, prefix: some Collection<UInt8>) -> NearMiss? {
        var lines = LineCursor(String(decoding: prefix, as: UTF8.self))
        guard var opener = lines.next()?.content else { return nil }
        if opener.hasPrefix("\u{FEFF}") { opener = opener.dropFirst() }
        guard trimmed(opener) == "---" else { return nil }
        while let line = lines.next() {
            let content = trimmed(line.content)
            if content == "---" || content == "..." { return nil }
            guard content.hasPrefix("client:") else { continue }
            let client = FileOwner.value(of: "client", in: content)
            return NearMiss(path: path, client: client.flatMap { Header.isValidClient($0) ? $0 : nil })
        }
        return nil
    }

    private static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
