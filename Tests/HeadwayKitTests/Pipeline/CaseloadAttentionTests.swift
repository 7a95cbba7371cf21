import Foundation
import Testing
@testable import HeadwayKit

/// The batch index's "Needs attention" list: which clients, for which reasons, in which order.
@Suite struct CaseloadAttentionTests {
    static func note(_ client: String, _ date: String, measures: String = "") -> String {
        "---\nclient: \(client)\ndate: \(date)\n\(measures)---\n"
    }

    static let plan = "---\ntype: plan\nclient: C-1\nstart: 2026-06-01\nreview-every: 30\n---\n"

    static func attention(_ texts: [String: String], client: String = "C-1") throws -> [CaseloadIndex.Attention] {
        let caseload = try Caseload.read(from: InMemoryNoteSource(texts: texts))
        let report = ClientReports(client: client, caseload: caseload).report(for: try #require(ClientDates(client: client, caseload: caseload).allSessions))
        return CaseloadAttention.reasons(for: client, latest: report, in: caseload)
    }

    @Test("a safety flag, an overdue review, three sessions without a score and PHQ-9 missing, most urgent first")
    func everyReasonInOrder() throws {
        let texts = [
            "plan.md": Self.plan,
            "a.md": Self.note("C-1", "2026-07-01", measures: "measures:\n  PHQ-9: { score: 14, item9: 1 }\n"),
            "b.md": Self.note("C-1", "2026-07-08"), "c.md": Self.note("C-1", "2026-07-15"), "d.md": Self.note("C-1", "2026-07-22"),
            "e.md": Self.note("C-1", "2026-07-29"),
        ]
        let reasons = try Self.attention(texts)
        // Review due 2026-07-01 (start + 30) and 2026-07-31: the latest before the last note (07-29) is 07-01.
        #expect(reasons.count == 4, "\(reasons)")
        #expect(reasons.first == .safetyFlags([Day(iso: "2026-07-01")!]))
        #expect(reasons.contains(.reviewOverdue(Day(iso: "2026-07-01")!)))
        #expect(reasons[2] == .noRecentMeasure(sessions: 3))
        #expect(reasons.last == .missingPHQ9(missing: 4, sessions: 5))
        #expect(reasons.map(\.words).first == "safety flag on 2026-07-01")
    }

    @Test("a review note on or after the due date answers it; a score in the last three sessions answers the measures (not PHQ-9's gaps)")
    func answered() throws {
        let texts = [
            "plan.md": Self.plan,
            "a.md": Self.note("C-1", "2026-07-01"), "b.md": Self.note("C-1", "2026-07-08"),
            "c.md": Self.note("C-1", "2026-07-15", measures: "measures:\n  PHQ-9: 9\n"),
            "r.md": "---\ntype: review\nclient: C-1\ndate: 2026-07-02\n---\n## Summary\nGoing well.\n",
        ]
        #expect(try Self.attention(texts) == [.missingPHQ9(missing: 2, sessions: 3)])
    }

    @Test("errors in the notes are a reason, with their count; a client with fewer than three sessions is not asked for measures")
    func errorsCounted() throws {
        let texts = ["a.md": Self.note("C-1", "2026-07-01", measures: "session: many\n"), "b.md": Self.note("C-1", "2026-07-08")]
        let reasons = try Self.attention(texts)
        #expect(reasons == [.errors(1)])
        #expect(reasons.map(\.words) == ["1 error in the notes"])
    }

    @Test("the index lists the clients that need attention first, with their reasons, linked to their latest report")
    func indexListsThemFirst() throws {
        let texts = [
            "a.md": Self.note("C-1", "2026-07-01", measures: "measures:\n  PHQ-9: { score: 14, item9: 2 }\n"),
            "b.md": Self.note("C-2", "2026-07-01"),
        ]
        let sink = InMemorySink()
        let request = ReportRequest(clients: .every, document: .progress(.allSessions), formats: [.markdown, .json])
        _ = try Pipeline(source: InMemoryNoteSource(texts: texts), notesFolder: "notes").run(request, templates: TemplateSet(), into: sink)
        let markdown = try #require(sink.text("index.md"))
        let attention = try #require(markdown.range(of: "## Needs attention\n\n- [C-1](C-1/all.md): safety flag on 2026-07-01\n"))
        let clients = try #require(markdown.range(of: "## Clients"))
        #expect(attention.lowerBound < clients.lowerBound)
        #expect(!markdown[attention.upperBound...].prefix(40).contains("C-2"))
        let json = try #require(sink.text("index.json"))
        #expect(json.contains("\"attention\": [\n        {\n          \"reason\": \"safety-flags\",\n          \"dates\": [\n            \"2026-07-01\""))
    }
}
