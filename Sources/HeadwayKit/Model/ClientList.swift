/// Client ids read from a file or standard input (`batch --clients-from`), one a line, each with its
/// line number, for the diagnostic of an id that is not in the caseload.
public struct ClientList: Sendable, Equatable {
    /// One listed id.
    public struct Item: Sendable, Equatable {
        /// The id, without trailing spaces or tabs.
        public var client: String
        /// The 1-based line it was read from.
        public var line: Int
    }

    /// Where the ids were read, as the operator named it (`-` is shown as `<stdin>`).
    public var source: String
    /// The ids in the order read; an id listed twice is kept once, at its first line.
    public var items: [Item]
    /// The listed ids, for lookups.
    private var clients: Set<String> = []

    /// The ids of `text`, one a line: blank lines are skipped; trailing spaces, tabs and a carriage return are ignored.
    public init(source: String, text: String) {
        self.source = source
        items = []
        // Split on the byte: "\r\n" is one Character, which "\n" would not split.
        for (offset, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let end = line.lastIndex { ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains($0) }
            let client = end.map { String(decoding: line[...$0], as: UTF8.self) } ?? ""
            guard !client.isEmpty, clients.insert(client).inserted else { continue }
            items.append(Item(client: client, line: offset + 1))
        }
    }

    /// Whether `client` is listed.
    public func contains(_ client: String) -> Bool {
        clients.contains(client)
    }
}
