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

extension EpisodeReportTests {
    @Test("a goal or measure of an earlier episode that the later one never takes up is not in its reports")
    func earlierEpisodesGoalsAndMeasures() {
        var texts = Self.texts
        texts["C-1/a.md"] = H.note("2026-01-12", "goals:\n  - { id: walk, progress: 4 }\n  - { id: sleep, area: healthy-lifestyle, statement: Sleep by 11, status: met }\n"
            + "measures: { PHQ-9: 18, GAD-7: 12 }")
        let second = H.report(texts, period: H.month("2026-10"))
        #expect(second.goals.map(\.id) == ["walk"])
        #expect(second.measures.map(\.instrument) == ["PHQ-9"])
        let first = H.report(texts, period: H.month("2026-01"))
        #expect(first.goals.map(\.id) == ["walk", "sleep"])
        #expect(first.measures.map(\.instrument) == ["PHQ-9", "GAD-7"])
    }
}

extension EpisodeReportTests {
    @Test("a period crossing a discharge takes start and change within the later episode, not from the earlier one")
    func periodAcrossADischarge() throws {
        let all = Period.allSessions(from: H.day("2026-01-05"), to: H.day("2026-10-05"))
        let report = H.report(Self.texts, period: all)
        let phq9 = try #require(report.measures.first)
        #expect(phq9.baseline == 16 && phq9.start == 16 && phq9.end == 11 && phq9.change == -5)
        let walk = try #require(report.goals.first)
        #expect(walk.start == 3 && walk.end == 5 && walk.change == 2)
        #expect(phq9.scores.count == 4)  // every score of the period is still listed
    }

    @Test("an anxiety measure that was a case at its only score leaves recovery unknown; the plan's schedule warns only for what it names")
    func unpairedCaseAndSchedule() throws {
        let texts = [
            "C-1/plan.md": "---\ntype: plan\nclient: C-1\nstart: 2026-01-05\nmeasure-every: { PHQ-9: 1 }\n---\n",
            "C-1/a.md": H.note("2026-01-12", "measures: { PHQ-9: 15, GAD-7: 12 }"),
            "C-1/b.md": H.note("2026-01-19", "measures: { PHQ-9: 8 }"),
            "C-1/c.md": H.note("2026-01-26", "measures: { PHQ-9: 4 }"),
            "C-1/end.md": "---\ntype: discharge\nclient: C-1\ndate: 2026-01-26\nreason: completed\n---\n",
        ]
        let report = H.report(texts, period: H.month("2026-01"))
        let outcomes = try #require(report.episode?.outcomes)
        #expect(outcomes.caseAtStart == true)
        #expect(outcomes.recovered == nil && outcomes.reliableRecovery == nil)
        #expect(outcomes.reliableImprovement == true)  // PHQ-9 15 → 4
        let warnings = H.caseload(texts).diagnostics.map(\.formatted)
        #expect(!warnings.contains { $0.contains("without GAD-7") }, "\(warnings)")
    }
}
