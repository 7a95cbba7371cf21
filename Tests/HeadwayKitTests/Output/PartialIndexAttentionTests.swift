import Foundation
import Testing
@testable import HeadwayKit

/// A shard's partial index carries every attention reason to `headway merge`, the scheduled-measure one
/// with its instrument, and writes the other reasons as before.
@Suite struct PartialIndexAttentionTests {
    static let day = Day(iso: "2026-10-07")!
    static let every: [CaseloadIndex.Attention] = [
        .safetyFlags([day]), .errors(2), .reviewOverdue(day), .noRecentMeasure(sessions: 3), .unscoredEpisodeEnd(day),
        .missingPHQ9(missing: 4, sessions: 10), .missingScheduledMeasure(instrument: "GAD-7", missing: 2, sessions: 10),
    ]

    static func records(_ attention: [CaseloadIndex.Attention]) throws -> [PartialIndex.AttentionRecord] {
        let entry = CaseloadIndex.Entry(client: "C-1", reports: [], summary: "", attention: attention)
        let partial = PartialIndex(
            shard: 1, shards: 2, fingerprint: "f", templates: "default", title: "By month", monthly: true, redacted: false, formats: ["md"],
            audience: "clinician", caseloadClients: 1, files: "f", covers: ["C-1"], errors: 0, stopped: false,
            clients: [.init(entry: .init(entry), outcomes: nil, finished: [])])
        let read = try PartialIndex.decode(partial.encoded())
        #expect(read == partial)
        #expect(try read.clients[0].entry.entry() == entry)
        return read.clients[0].entry.attention
    }

    @Test("every reason round-trips through the partial index's bytes")
    func roundTrip() throws {
        #expect(try Self.records(Self.every).map { try $0.attention() } == Self.every)
    }

    @Test("the scheduled-measure reason is written with its instrument; the others without one, as before it existed")
    func written() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let texts = try Self.every.map { String(decoding: try encoder.encode(PartialIndex.AttentionRecord($0)), as: UTF8.self) }
        #expect(texts[5] == #"{"count":4,"kind":"missingPHQ9","of":10}"#)
        #expect(texts[6] == #"{"count":2,"instrument":"GAD-7","kind":"missingScheduledMeasure","of":10}"#)
        #expect(texts.prefix(6).allSatisfy { !$0.contains("instrument") })
        let missing = #"{"count":2,"kind":"missingScheduledMeasure","of":10}"#
        let record = try JSONDecoder().decode(PartialIndex.AttentionRecord.self, from: Data(missing.utf8))
        #expect(throws: ReadError.self) { try record.attention() }  // without its instrument it is not a reason
    }
}
