/// A batch that is one part of a larger run (a shard, or a list of clients): it writes its clients'
/// reports and, instead of the index, a partial index (`PartialIndex`) that `headway merge` combines
/// with the other parts' into the index one batch would have written.
public struct Partition: Sendable, Equatable {
    /// Which clients this part processes.
    public var selection: ClientSelection
    /// A digest of the options every part must share (periods, formats, audience, redaction, the clinic's
    /// configuration, the templates), so that parts of different runs are never merged.
    public var fingerprint: String
    /// The digest of the templates folder (`TemplateSet.digest(ofFolder:)`): the merge renders the index
    /// and must use the same templates.
    public var templates: String

    /// A part of a run choosing `selection`, with the run's `fingerprint` and `templates` digest.
    public init(selection: ClientSelection, fingerprint: String, templates: String) {
        self.selection = selection
        self.fingerprint = fingerprint
        self.templates = templates
    }

    /// The partial index's path in the output folder: `.headway/shard-2-of-4.json`, or for a list
    /// `.headway/clients-<first 16 hex digits of the SHA-256 of the sorted ids>.json`; the name has the
    /// audience's suffix (`shard-2-of-4.client.json`), as the index's has, so that the clinician's and the
    /// client's versions can be sharded into one folder.
    public func partialIndexPath(for audience: Audience) -> String {
        switch selection {
        case .shard(let shard):
            return PartialIndex.path(shard: shard.number, of: shard.count, for: audience)
        case .listed(let list):
            let ids = list.items.map(\.client).sorted { $0.precedesByBytes($1) }.joined(separator: "\n")
            return "\(PartialIndex.folder)/clients-\(SHA256.hex(ids).prefix(16))\(audience.fileSuffix).json"
        }
    }
}
