import Foundation
import Testing
@testable import HeadwayKit

/// The index's finished episodes through the whole pipeline: golden `index.md`, `.html` and `.json` of the
/// hand-computed caseload of `FinishedEpisodesTests` (`Fixtures/outcomes-golden/`, re-recorded with
/// `RECORD_SNAPSHOTS=1`), and the open-episode figures leaving out discharged clients.
@Suite("Finished episodes in the index")
struct FinishedEpisodesIndexTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/outcomes-golden")

    static func index(_ choice: PeriodChoice, redact: Bool = false) throws -> InMemorySink {
        let sink = InMemorySink()
        let request = ReportRequest(clients: .every, document: .progress(choice), formats: [.markdown, .html, .json], options: ReportOptions(redact: redact))
        _ = try PipelineTests.pipeline(InMemoryNoteSource(texts: FinishedEpisodesTests.texts)).run(request, templates: TemplateSet(), into: sink)
        return sink
    }

    @Test("by month: index.md, index.html and index.json are the golden files")
    func goldenIndex() throws {
        let sink = try Self.index(.byMonth)
        for name in ["index.md", "index.html", "index.json"] {
            let got = try #require(sink.text(name))
            let file = Self.golden.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
                try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
                try got.write(to: file, atomically: true, encoding: .utf8)
            }
            #expect(got == (try String(contentsOf: file, encoding: .utf8)), "\(name) differs from Fixtures/outcomes-golden; re-record with RECORD_SNAPSHOTS=1")
        }
    }

    @Test("a fixed period counts the discharges in it; open-episode figures leave out clients whose last episode was discharged")
    func fixedPeriod() throws {
        let sink = try Self.index(.fixed(FinishedEpisodesTests.year))
        let json = try #require(sink.text("index.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outcomes = try #require(object["outcomes"] as? [String: Any])
        let finished = try #require(outcomes["finishedEpisodes"] as? [String: Any])
        let total = try #require(finished["total"] as? [String: Any])
        #expect(total["episodes"] as? Int == 3)
        #expect((finished["months"] as? [Any])?.isEmpty == true)
        let instruments = try #require(outcomes["instruments"] as? [[String: Any]])
        #expect(instruments.isEmpty, "every client's last episode was discharged: no open episode")
    }

    @Test("redacted: the clinician breakdown is left out, said so in the Markdown index, and null in JSON")
    func redacted() throws {
        let sink = try Self.index(.byMonth, redact: true)
        #expect(sink.text("index.md")?.contains("Not shown: the reports are redacted") == true)
        #expect(sink.text("index.md")?.contains("R. Stone") == false)
        #expect(sink.text("index.json")?.contains("\"byClinician\": null") == true)
    }
}
