import Testing
@testable import HeadwayKit

/// Reports count within the client's treatment episode: baselines, starts, attended sessions and the
/// plan come from the episode at the period's end, never from an earlier course of treatment.
@Suite("Reports within an episode")
struct EpisodeReportTests {
    typealias H = AggregationHarness

    /// Episode 1: a plan (PHQ-9 baseline 20, goal baseline 2), two sessions, discharged on 2026-03-02.
    /// Episode 2: three sessions from 2026-09-07, no plan of its own.
    static let texts = [
        "C-1/plan.md": "---\ntype: plan\nclient: C-1\nstart: 2026-01-05\ngoals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk daily, baseline: 2 }\n"
            + "measures:\n  PHQ-9: { baseline: 20 }\n---\n",
        "C-1/a.md": H.note("2026-01-12", "goals:\n  - { id: walk, progress: 4 }\nmeasures: { PHQ-9: 18 }"),
        "C-1/b.md": H.note("2026-03-02", "goals:\n  - { id: walk, progress: 7 }\nmeasures: { PHQ-9: 9 }"),
        "C-1/end.md": "---\ntype: discharge\nclient: C-1\ndate: 2026-03-02\nreason: completed\n---\n",
        "C-1/c.md": H.note("2026-09-07", "goals:\n  - { id: walk, progress: 3 }\nmeasures: { PHQ-9: 16 }"),
        "C-1/d.md": H.note("2026-09-14", "attendance: no-show"),
        "C-1/e.md": H.note("2026-10-05", "goals:\n  - { id: walk, progress: 5 }\nmeasures: { PHQ-9: 11 }"),
    ]

    @Test("in episode 2, baselines are its first rating and score, and the earlier plan no longer applies")
    func secondEpisode() throws {
        let report = H.report(Self.texts, period: H.month("2026-10"))
        #expect(report.episode?.number == 2)
        #expect(report.episode?.start == H.day("2026-09-07"))
        #expect(report.planReview == nil)  // episode 1's plan is not episode 2's
        let walk = try #require(report.goals.first)
        #expect(walk.baseline == 3)  // not the plan's 2, nor episode 1's 4
        #expect(walk.start == 3 && walk.end == 5 && walk.change == 2)
        let phq9 = try #require(report.measures.first)
        #expect(phq9.baseline == 16)  // not the plan's 20
        #expect(phq9.start == 16 && phq9.end == 11)
        #expect(phq9.changeFromBaseline == -5)
        #expect(report.sessions.cumulativeAttended == 2)  // 2026-09-07 and 2026-10-05; the no-show and episode 1 do not count
    }

    @Test("the first report of episode 2 starts from its own first rating, not from the last one of episode 1")
    func firstMonthOfEpisodeTwo() throws {
        let report = H.report(Self.texts, period: H.month("2026-09"))
        let walk = try #require(report.goals.first)
        #expect(walk.start == 3 && walk.end == 3)
        #expect(!walk.startsBeforePeriod)
        #expect(report.measures.first?.start == 16)
    }

    @Test("in episode 1, the plan's baselines apply and nothing of episode 2 is counted")
    func firstEpisode() throws {
        let report = H.report(Self.texts, period: H.month("2026-03"))
        #expect(report.episode?.number == 1)
        #expect(report.episode?.discharge?.reason == .completed)
        #expect(report.planReview != nil)
        #expect(report.goals.first?.baseline == 2)
        #expect(report.measures.first?.baseline == 20)
        #expect(report.sessions.cumulativeAttended == 2)
    }

    @Test("a period between a discharge and the next episode reports on the discharged episode")
    func betweenEpisodes() {
        let report = H.report(Self.texts, period: H.month("2026-06"))
        #expect(report.episode?.number == 1)
        #expect(report.episode?.end == H.day("2026-03-02"))
    }
}

extension EpisodeReportTests {
    @Test("the plan of an earlier episode applies to nothing after the discharge: not to check, the review or the index")
    func planOfAnEarlierEpisode() {
        let caseload = H.caseload(Self.texts)
        #expect(caseload.applicablePlan(of: "C-1", on: H.day("2026-03-02"))?.start == H.day("2026-01-05"))
        #expect(caseload.applicablePlan(of: "C-1", on: H.day("2026-10-05")) == nil)
    }
}

extension EpisodeReportTests {
    @Test("a report ending before the discharge does not know of it: its episode is open")
    func dischargeAfterThePeriod() {
        let report = H.report(Self.texts, period: H.month("2026-01"))
        #expect(report.episode == Episode(number: 1, start: H.day("2026-01-05")))
    }
}
