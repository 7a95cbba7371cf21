import Testing
@testable import HeadwayKit

/// Episodes in rendered reports, on `Fixtures/rendering/episodes` (C-0501, as in docs/examples/episode):
/// episode 1 from its plan's start (2026-02-02) to its discharge on 2026-03-10 (completed; PHQ-9 17, 13,
/// 10, 8 and GAD-7 13, 10, 8, 6 over four attended sessions), episode 2 from 2026-03-20 with a plan of
/// its own (PHQ-9 15, 14, 12; GAD-7 11, 10). March crosses the discharge.
@Suite("Episodes in rendered reports")
struct EpisodeRenderingTests {
    typealias H = AggregationHarness

    static func reports() -> ClientReports {
        ClientReports(client: "C-0501", caseload: H.caseload(H.fixtureTexts("rendering/episodes")))
    }

    /// March: the end of episode 1 and the start of episode 2.
    static func crossing() -> ProgressReport { reports().report(for: H.month("2026-03")) }

    @Test("a month crossing a discharge has one part per episode, each with its own sessions and measures")
    func partsOfACrossingMonth() throws {
        let report = Self.crossing()
        #expect(report.episode?.number == 2)
        #expect(report.episodeParts.map(\.episode.number) == [1, 2])
        let first = report.episodeParts[0], second = report.episodeParts[1]
        #expect(first.from == H.day("2026-03-01") && first.to == H.day("2026-03-10"))
        #expect(second.from == H.day("2026-03-20") && second.to == H.day("2026-03-31"))
        #expect(first.sessions.attended == 2 && first.sessions.cumulativeAttended == 4)
        #expect(second.sessions.attended == 2 && second.sessions.cumulativeAttended == 2)
        let phq9 = try #require(first.measures.first), laterPHQ9 = try #require(second.measures.first)
        // Episode 1's PHQ-9 starts at its last score before March (13, 2026-02-16), not at episode 2's.
        #expect(phq9.instrument == "PHQ-9" && phq9.start == 13 && phq9.end == 8 && phq9.change == -5)
        #expect(phq9.scores.map(\.score) == [10, 8])
        #expect(laterPHQ9.start == 15 && laterPHQ9.end == 14 && laterPHQ9.change == -1)
        #expect(first.episode.end == H.day("2026-03-10") && first.episode.outcomes?.reliableRecovery == true)
        #expect(first.episode.outcomes?.sessionsToReliableImprovement == 3)
        #expect(second.episode.end == nil && second.episode.outcomes == nil)
    }

    @Test("a period within one episode has no parts, and its JSON no episodeParts key")
    func noPartsWithinOneEpisode() {
        for month in ["2026-02", "2026-04"] {
            let report = Self.reports().report(for: H.month(month))
            #expect(report.episodeParts.isEmpty, "\(month)")
            #expect(!report.json.serialized().contains("episodeParts"), "\(month)")
        }
        // A month whose discharge is not followed by a new episode in it is one episode's too.
        let episodeTwo = ["C-0501/2026-03-20.md", "C-0501/2026-03-27.md", "C-0501/2026-04-03.md", "C-0501/plan 2026-03-20.md"]
        let texts = H.fixtureTexts("rendering/episodes").filter { !episodeTwo.contains($0.key) }
        let report = ClientReports(client: "C-0501", caseload: H.caseload(texts)).report(for: H.month("2026-03"))
        #expect(report.episodeParts.isEmpty)
    }

    @Test("an episode's period runs from its first day to its discharge, or to the last note while open, and a period narrows it")
    func episodePeriods() {
        let reports = Self.reports()
        #expect(reports.dates.episodePeriod(1, within: nil) == Period(from: H.day("2026-02-02"), to: H.day("2026-03-10"), label: "Episode 1", slug: "episode-1"))
        #expect(reports.dates.episodePeriod(2, within: nil) == Period(from: H.day("2026-03-20"), to: H.day("2026-04-03"), label: "Episode 2", slug: "episode-2"))
        #expect(reports.dates.episodePeriod(2, within: H.month("2026-03"))
            == Period(from: H.day("2026-03-20"), to: H.day("2026-03-31"), label: "March 2026, episode 2", slug: "2026-03-episode-2"))
        #expect(reports.dates.episodePeriod(2, within: H.month("2026-06"))?.to == H.day("2026-06-30"))  // an open episode runs on
        #expect(reports.dates.episodePeriod(1, within: H.month("2026-04")) == nil)
        #expect(reports.dates.episodePeriod(3, within: nil) == nil)
        #expect(PeriodChoice.episode(1, within: nil).periods(for: reports.dates).map(\.slug) == ["episode-1"])
    }

    @Test("redacted, a part's discharge keeps no clinician's text")
    func redactedParts() {
        let reports = ClientReports(client: "C-0501", caseload: H.caseload(H.fixtureTexts("rendering/episodes")), options: ReportOptions(redact: true))
        let part = reports.report(for: H.month("2026-03")).episodeParts[0]
        #expect(part.episode.discharge?.summary == nil && part.episode.discharge?.clinician == nil)
        #expect(part.episode.discharge?.reason == .completed)
    }

    @Test("the crossing month, episode 1 and episode 2 render as their goldens", arguments: ["md", "html", "json"])
    func goldens(_ format: String) throws {
        let renderer = try RenderingGolden.renderer()
        let output = try #require(OutputFormat(rawValue: format))
        let reports = Self.reports()
        try RenderingGolden.check(renderer.render(Self.crossing(), as: output), golden: "episodes-crossing.\(format)")
        for number in [1, 2] {
            let period = try #require(reports.dates.episodePeriod(number, within: nil))
            try RenderingGolden.check(renderer.render(reports.report(for: period), as: output), golden: "episode-\(number).\(format)")
        }
    }

    @Test("the header names both parts, and a finished episode's report its outcomes in words")
    func wording() throws {
        let renderer = try RenderingGolden.renderer()
        let markdown = renderer.render(Self.crossing(), as: .markdown)
        #expect(markdown.contains("| Treatment episodes | Episode 1, to 2026-03-10 (discharged: completed) · Episode 2, since 2026-03-20 |"))
        #expect(markdown.contains("### Episode 1, to 2026-03-10 (discharged: completed)"))
        #expect(!markdown.contains("## Episode outcomes"))  // the finished episode's outcomes are in its part
        let first = try #require(Self.reports().dates.episodePeriod(1, within: nil))
        let html = renderer.render(Self.reports().report(for: first), as: .html)
        #expect(html.contains("<h2 id=\"outcomes\">Episode outcomes</h2>"))
        #expect(html.contains("from the first and last score of the episode on PHQ-9 and GAD-7"))
        #expect(html.contains("<tr><th scope=\"row\">Reliable recovery</th><td>yes</td></tr>"))
    }
}
