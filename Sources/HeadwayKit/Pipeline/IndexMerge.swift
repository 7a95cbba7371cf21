import Foundation

/// `headway merge`: the partial indexes that the parts of a sharded batch wrote (`PartialIndex`), read
/// from their output folders and checked to be exactly the parts of one run, combined into the index
/// one unsharded batch would have written, in the first folder.
public struct IndexMerge: Sendable {
    /// One partial index and where it was found.
    public struct Part: Sendable {
        /// The output folder, as the operator named it.
        public var folder: String
        /// The file, for messages: `OUT/.headway/shard-1-of-4.json`.
        public var path: String
        /// Its contents.
        public var partial: PartialIndex
    }

    /// The parts found, folder by folder, each folder's by file name.
    public var parts: [Part]

    /// The partial indexes in `folders` (`.headway/*.json` in each; a folder named twice is read once); a
    /// folder with none, or a file that is not one, stops the merge.
    public static func read(folders: [String]) throws(RunError) -> IndexMerge {
        var parts: [Part] = []
        var seen: Set<String> = []
        for folder in folders where seen.insert(FolderEntry.realPath(folder) ?? folder).inserted {
            let below = folder + "/" + PartialIndex.folder
            let names = FolderListing.entries(of: below).filter { $0.kind == .file && $0.name.hasSuffix(".json") }.map(\.name)
            guard !names.isEmpty else {
                throw .refused(.error(folder, nil, "no partial index (\(PartialIndex.folder)/shard-K-of-N.json) here: is it the output folder of a batch --shard or --clients-from?"))
            }
            for name in CandidateName.sorted(names) {
                let path = below + "/" + name
                do {
                    let bytes = try FolderNoteSource.readRegularFile(Array(path.utf8), limit: 1 << 34, whole: true)
                    parts.append(Part(folder: folder, path: path, partial: try PartialIndex.decode(Data(bytes))))
                } catch {
                    throw .refused(.error(path, nil, "cannot read the partial index: \((error as? ReadError)?.reason ?? "\(error)")"))
                }
            }
        }
        return IndexMerge(parts: parts)
    }

    /// The parts by audience, the clinician's first: a folder may hold both versions' parts, each
    /// merged into its own index (`index.md`, `index.client.md`).
    public var byAudience: [IndexMerge] {
        Audience.allCases.map { audience in IndexMerge(parts: parts.filter { $0.partial.audience == audience.rawValue }) }.filter { !$0.parts.isEmpty }
            + [IndexMerge(parts: parts.filter { Audience(rawValue: $0.partial.audience) == nil })].filter { !$0.parts.isEmpty }
    }

    /// The parts' statuses: the most errors-severe is the merge's too.
    public var partErrors: Int { parts.reduce(0) { $0 + $1.partial.errors } }
    /// Whether a part stopped short (exit status 2).
    public var partStopped: Bool { parts.contains { $0.partial.stopped } }
}
