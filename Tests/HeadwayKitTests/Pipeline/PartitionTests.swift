import Foundation
import Testing
@testable import HeadwayKit

/// The pieces of a sharded batch: SHA-256 against the FIPS 180-4 vectors, the stable shard of a client,
/// client lists, the partial index's round trip, and the outcomes merged from per-client parts.
@Suite struct PartitionTests {
    @Test("SHA-256 gives the FIPS 180-4 (and NIST example) digests")
    func sha256Vectors() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
            == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        #expect(SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // 55 and 56 bytes: the padding's two cases around one block.
        #expect(SHA256.hex(String(repeating: "a", count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex(String(repeating: "a", count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }

    @Test("a client's shard: the first 8 bytes of the SHA-256 of its id, big-endian, modulo N, plus 1")
    func stableShard() {
        // sha256("C-0142") starts 9267065ee849fd14; sha256("C-0217") f2f8e215451f7736 (Python's hashlib).
        #expect(Shard.number(of: "C-0142", count: 4) == 1)
        #expect(Shard.number(of: "C-0305", count: 7) == 6)
        #expect(Shard.number(of: "C-0217", count: 4) == 3)
        #expect(Shard.number(of: "C-0217", count: 1000) == 831)
        #expect(Shard.number(of: "é-01", count: 7) == 7)
        #expect(Shard.number(of: "anything", count: 1) == 1)
        let shards = (1...4).map { Shard(number: $0, of: 4)! }
        for client in ["C-0001", "C-0002", "x", "ü"] {
            #expect(shards.filter { $0.contains(client) }.count == 1)
        }
    }

    @Test("--shard takes K/N with 1 ≤ K ≤ N, nothing else")
    func shardParsing() {
        #expect(Shard(parsing: "2/4") == Shard(number: 2, of: 4))
        #expect(Shard(parsing: "1/1")?.description == "1/1")
        for bad in ["0/4", "5/4", "4", "1/0", "-1/4", "1/4/2", "a/b", "", "/4", " 1/4", "１/4"] {
            #expect(Shard(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test("a client list: one id a line, blank lines and trailing spaces ignored, repeats kept once at their first line")
    func clientList() {
        let list = ClientList(source: "ids.txt", text: "C-1  \n\n\tC-2\r\nC-1\n   \nC-3\t")
        #expect(list.items == [.init(client: "C-1", line: 1), .init(client: "\tC-2", line: 3), .init(client: "C-3", line: 6)])
        #expect(list.contains("C-3") && !list.contains("C-2"))
    }

    @Test("a partial index reads back as it was written")
    func partialRoundTrip() throws {
        let day = try #require(Day(iso: "2026-10-07"))
        let entry = CaseloadIndex.Entry(
            client: "C-1", reports: [.init(label: "October 2026", files: [.markdown: "C-1/2026-10.md", .json: "C-1/2026-10.json"])],
            summary: "October 2026: 2 of 3 sessions attended", errorCount: 2, name: "Jordan", reviewDue: day,
            attention: [.safetyFlags([day]), .errors(2), .reviewOverdue(day), .noRecentMeasure(sessions: 3)])
        var outcomes = CaseloadOutcomes()
        outcomes.instruments = [.init(instrument: "PHQ-9", clients: ["C-1"], improved: ["C-1"], recovered: [], recoveryEligible: 1)]
        outcomes.gasScores = [("C-1", 0.1 + 0.2)]
        outcomes.flagged = [.init(client: "C-1", flags: [SafetyFlag(date: day, instrument: "PHQ-9", item: "item9", value: 1)])]
        let episode = FinishedEpisode(client: "C-1", number: 2, discharged: day, clinician: "A. Rivera", modalities: ["CBT", "mindfulness"],
                                      pairedMeasures: 1, caseAtStart: true, recovered: nil, reliableImprovement: true,
                                      reliableDeterioration: false, reliableRecovery: nil, sessionsToReliableImprovement: 4)
        let partial = PartialIndex(
            shard: 1, shards: 2, fingerprint: "f", templates: "default", title: "By month", monthly: true, redacted: false, formats: ["md"],
            audience: "clinician", caseloadClients: 1, files: "f", covers: ["C-1"], errors: 2, stopped: false,
            clients: [.init(entry: .init(entry), outcomes: .init(outcomes), finished: [.init(episode)])])
        let read = try PartialIndex.decode(partial.encoded())
        #expect(read == partial)
        #expect(read.monthly && !read.redacted)
        #expect(try read.clients[0].finished.map { try $0.episode(of: "C-1") } == [episode])
        #expect(try read.clients[0].entry.entry() == entry)
        #expect(try read.clients[0].outcomes?.outcomes() == outcomes)
        #expect(try read.clients[0].outcomes?.outcomes().gasScores.map(\.tScore) == [0.1 + 0.2])
        #expect(throws: ReadError.self) { try PartialIndex.decode(Data("{}".utf8)) }

        // A partial index of layout 2 (no `files` digest) is refused by its layout, not as unreadable.
        var older = try #require(try JSONSerialization.jsonObject(with: partial.encoded()) as? [String: Any])
        older["version"] = 2
        older["files"] = nil
        let olderData = try JSONSerialization.data(withJSONObject: older)
        do {
            _ = try PartialIndex.decode(olderData)
            Issue.record("a layout-2 partial index was read")
        } catch {
            #expect(error.reason == "a partial index of layout 2, and this headway reads layout 3: merge with the headway that wrote it")
        }
    }

    @Test("outcomes merged from each client's own, in client order, equal the outcomes of all the reports")
    func outcomesMerge() throws {
        let texts = [
            "a1.md": "---\nclient: A\ndate: 2026-01-05\nmeasures:\n  PHQ-9: 18\n  GAD-7: 12\n---\n",
            "a2.md": "---\nclient: A\ndate: 2026-02-05\nmeasures:\n  PHQ-9: 6\n  GAD-7: 4\n---\n",
            "b1.md": "---\nclient: B\ndate: 2026-01-05\nmeasures:\n  GAD-7: 15\n---\n",
            "b2.md": "---\nclient: B\ndate: 2026-03-05\nmeasures:\n  GAD-7: { score: 16 }\n  PHQ-9: { score: 20, item9: 2 }\n---\n",
            "c1.md": "---\nclient: C\ndate: 2026-01-05\nmeasures:\n  PHQ-9: 10\n---\n",
            "c2.md": "---\nclient: C\ndate: 2026-01-25\nmeasures:\n  PHQ-9: 19\n---\n",
        ]
        let caseload = try Caseload.read(from: InMemoryNoteSource(texts: texts))
        let reports = try caseload.clients.map { client in
            let all = ClientReports(client: client, caseload: caseload)
            return all.report(for: try #require(all.dates.allSessions))
        }
        let whole = CaseloadOutcomes(reports: reports)
        #expect(whole.instruments.map(\.instrument) == ["PHQ-9", "GAD-7"])
        #expect(CaseloadOutcomes(merging: reports.map { CaseloadOutcomes(reports: [$0]) }) == whole)
    }
}
