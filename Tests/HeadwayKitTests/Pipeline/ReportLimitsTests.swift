import Foundation
import Testing
@testable import HeadwayKit

/// One client whose report is over `ReportLimits` does not take the batch down: its files are errors
/// naming the limit, and every other client's reports and the index are still written.
@Suite struct ReportLimitsTests {
    static let texts = [
        "C-1/2026-10-07.md": PipelineTests.note("C-1", "2026-10-07", body: "## Walk daily\nWalked three times.\n"),
        "C-2/2026-10-08.md": PipelineTests.note("C-2", "2026-10-08", body: "## Walk daily\n" + String(repeating: "A long week. ", count: 200) + "\n"),
        "C-3/2026-10-09.md": PipelineTests.note("C-3", "2026-10-09", body: "## Wins\n- Slept well\n"),
    ]

    @Test func aReportOverTheLimitIsAnErrorForItsClientAlone() throws {
        let sink = InMemorySink()
        var pipeline = PipelineTests.pipeline(InMemoryNoteSource(texts: Self.texts))
        pipeline.limits = ReportLimits(narrativeBytes: 1_000)
        let outcome = try pipeline.run(PipelineTests.batch(), templates: TemplateSet(), into: sink)
        #expect(outcome.failures.map(\.path) == ["C-2/all.md", "C-2/all.html", "C-2/all.json"])
        for failure in outcome.failures {
            #expect(failure.severity == .error)
            #expect(failure.message.hasPrefix("this report would hold 5"), "\(failure.message)")  // 2,599 bytes of text and more of HTML
            #expect(failure.message.hasSuffix(" bytes of narrative; the limit is 1000: it is not written (a report of a shorter period holds less, e.g. with --by-month)"))
        }
        #expect(outcome.reports == 2)
        #expect(Set(sink.files.keys) == ["C-1/all.md", "C-1/all.html", "C-1/all.json", "C-3/all.md", "C-3/all.html", "C-3/all.json",
                                         "index.md", "index.html", "index.json"])
        #expect(sink.text("C-1/all.md")?.contains("Walked three times.") == true)
        let index = try #require(sink.text("index.md"))
        #expect(index.contains("C-1") && index.contains("C-2") && index.contains("C-3"))
    }

    @Test func theDefaultLimitLeavesOrdinaryReportsAlone() throws {
        let sink = InMemorySink()
        let outcome = try PipelineTests.pipeline(InMemoryNoteSource(texts: Self.texts)).run(PipelineTests.batch(), templates: TemplateSet(), into: sink)
        #expect(outcome.failures.isEmpty)
        #expect(outcome.reports == 3)
        #expect(ReportLimits().narrativeBytes == 268_435_456)
    }
}
