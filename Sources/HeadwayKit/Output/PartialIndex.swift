import Foundation

/// What one part of a sharded batch (`batch --shard K/N`, `batch --clients-from`) writes instead of the
/// index, as `OUT/.headway/shard-K-of-N.json`: its index entries and what the caseload outcomes need,
/// exactly, so that `headway merge` renders the index one unsharded batch would have written; the
/// options fingerprint, so that parts of different runs never mix; and the part's error count, so that
/// the merge ends with the highest status of its parts.
public struct PartialIndex: Codable, Sendable, Equatable {
    /// The folder of the output folder that holds partial indexes.
    public static let folder = ".headway"
    /// The version of this file's layout; a merge reads only its own.
    public static let layout = 3

    /// This file's layout (`layout`).
    public var version = PartialIndex.layout
    /// The shard's number and count (nil for a list of clients).
    public var shard: Int?
    public var shards: Int?
    /// The digest of the options every part shares (`Partition.fingerprint`).
    public var fingerprint: String
    /// The digest of the templates folder the parts were rendered with.
    public var templates: String
    /// The index's title ("By month", "All sessions", …).
    public var title: String
    /// Whether the batch is by month (the finished episodes' figures per month), and redacted (no
    /// clinician breakdown).
    public var monthly: Bool
    public var redacted: Bool
    /// The clinic's name and address lines, for the index header.
    public var clinicName: String?
    public var clinicAddress: [String] = []
    /// The batch's formats (`md`, `html`, `json`, `pdf`, `csv`): with `json`, the index is written as JSON
    /// too; with `csv`, the CSV tables are written beside it.
    public var formats: [String]
    /// The audience the reports (and index file names) are for.
    public var audience: String
    /// How many clients the whole caseload has (with notes or plans, or with errors only), for a list
    /// of clients, which reads the whole folder; nil for a shard, which parses only its clients' files.
    public var caseloadClients: Int?
    /// The digest of the files the part listed and whose each is (`CaseloadSurvey.digest`): the parts of
    /// one run read the same notes, so they all have the same.
    public var files: String
    /// The clients of the caseload this part covers, by id bytes.
    public var covers: [String]
    /// Errors this part counted (its notes' and its writes'), and whether it stopped short (exit status 2).
    public var errors: Int
    public var stopped: Bool
    /// One record per index entry of this part, by client id bytes.
    public var clients: [ClientRecord]

    /// One client's index entry, its share of the caseload outcomes (nil when it has no report), its
    /// finished episodes of the batch's period, and its rows of the CSV tables (nil unless the batch writes csv).
    public struct ClientRecord: Codable, Sendable, Equatable {
        public var entry: EntryRecord
        public var outcomes: OutcomesRecord?
        public var finished: [EpisodeRecord]
        public var csv: CSVRows?
    }

    /// `.headway/shard-2-of-4.json` (`shard-2-of-4.client.json` for the client's version).
    public static func path(shard number: Int, of count: Int, for audience: Audience) -> String {
        "\(folder)/shard-\(number)-of-\(count)\(audience.fileSuffix).json"
    }

    /// The file's bytes: pretty JSON with sorted keys, ending in a newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// The partial index in `data`; throws the reason in words when it is not one of this layout.
    public static func decode(_ data: Data) throws(ReadError) -> PartialIndex {
        // The layout first: another layout's fields may differ, and it is refused by its number.
        if let version = try? JSONDecoder().decode(Layout.self, from: data).version, version != layout {
            throw ReadError(reason: "a partial index of layout \(version), and this headway reads layout \(layout): merge with the headway that wrote it")
        }
        do {
            return try JSONDecoder().decode(PartialIndex.self, from: data)
        } catch {
            throw ReadError(reason: "not a partial index that this headway reads (\(Self.words(error)))")
        }
    }

    /// Only the layout of a partial index.
    private struct Layout: Decodable {
        var version: Int
    }

    private static func words(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.keyNotFound(_, let context),
             DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : path + ": ") + context.debugDescription
        default:
            return "\(error)"
        }
    }
}
