import Testing
@testable import HeadwayKit

/// Plan reviews (docs/report-model.md, "Plan review"): the on-track line, the review due date, SMART
/// checks, measures against targets, plan selection. Expectations worked by hand.
@Suite struct PlanReviewTests {
    private func day(_ text: String) -> Day { Day(iso: text)! }

    @Test func reviewDueIsTheFirstMultipleOnOrAfterTheEnd() {
        let start = day("2026-09-01")
        #expect(PlanReviewAssembler.reviewDue(start: start, every: 90, onOrAfter: day("2026-09-01"))?.description == "2026-11-30")
        #expect(PlanReviewAssembler.reviewDue(start: start, every: 90, onOrAfter: day("2026-11-29"))?.description == "2026-11-30")
        #expect(PlanReviewAssembler.reviewDue(start: start, every: 90, onOrAfter: day("2026-11-30"))?.description == "2026-11-30")
        #expect(PlanReviewAssembler.reviewDue(start: start, every: 90, onOrAfter: day("2026-12-01"))?.description == "2027-02-28")
    }

    @Test func aReviewDueAfterTheYear9999IsAbsent() {
        let start = day("9999-10-01")
        #expect(PlanReviewAssembler.reviewDue(start: start, every: 91, onOrAfter: day("9999-12-01"))?.description == "9999-12-31")
        #expect(PlanReviewAssembler.reviewDue(start: start, every: 84, onOrAfter: day("9999-12-25")) == nil)  // 10000-03-17
        #expect(PlanReviewAssembler.reviewDue(start: day("9999-12-31"), every: 3650, onOrAfter: day("9999-12-31")) == nil)
    }

    @Test func expectedProgressFollowsTheLineThenStaysAtTarget() {
        // 2 at 2026-09-01 to 8 at 2026-12-10 (100 days): 0.06 a day.
        let start = day("2026-09-01"), targetDate = day("2026-12-10")
        #expect(PlanReviewAssembler.expected(baseline: 2, target: 8, start: start, targetDate: targetDate, on: start) == 2)
        #expect(abs(PlanReviewAssembler.expected(baseline: 2, target: 8, start: start, targetDate: targetDate, on: day("2026-10-21")) - 5) < 1e-9)
        #expect(PlanReviewAssembler.expected(baseline: 2, target: 8, start: start, targetDate: targetDate, on: targetDate) == 8)
        #expect(PlanReviewAssembler.expected(baseline: 2, target: 8, start: start, targetDate: targetDate, on: day("2027-03-01")) == 8)
    }

    private static let plan = """
        ---
        type: plan
        client: C-1
        start: 2026-09-01
        review-every: 90
        goals:
          - { id: steady, area: coping-skills, statement: Breathe on 4 of 7 days, baseline: 2, target: 8, target-date: 2026-12-10 }
          - { id: undated, area: relationships, statement: Call a friend, baseline: 1, target: 5 }
          - { id: vague, area: self-esteem, statement: Feel better about myself }
          - { id: done, area: healthy-lifestyle, statement: Walk 3 times a week, baseline: 0, target: 6, target-date: 2026-12-31 }
        measures:
          PHQ-9: { baseline: 19, target: 9 }
          GAD-7: { baseline: 12, target: 7 }
        ---
        """

    private func reviewed(_ notes: [String: String], to end: String) throws -> PlanReview {
        var texts = notes
        texts["plan.md"] = Self.plan
        let caseload = try Caseload.read(from: InMemoryNoteSource(texts: texts))
        let report = ClientReports(client: "C-1", caseload: caseload).report(for: .range(from: day("2026-09-01"), to: day(end)))
        return try #require(report.planReview)
    }

    private func note(_ date: String, _ goals: String, measures: String = "") -> String {
        "---\nclient: C-1\ndate: \(date)\ngoals:\n\(goals)\(measures)---\n"
    }

    @Test func onTrackAtTheBoundary() throws {
        // On 2026-10-21 the line is at 5: a rating of exactly 5 is on track, 4.5 is not.
        let atLine = try reviewed(["n.md": note("2026-10-21", "  - { id: steady, progress: 5 }\n")], to: "2026-10-21")
        #expect(atLine.goals[0].onTrack == true)
        #expect(atLine.goals[0].expected == 5)
        let below = try reviewed(["n.md": note("2026-10-21", "  - { id: steady, progress: 4.5 }\n")], to: "2026-10-21")
        #expect(below.goals[0].onTrack == false)
    }

    @Test func onTrackIsNullWithoutTargetDateOrRatingAndTrueWhenMet() throws {
        let review = try reviewed(["n.md": note("2026-10-21", "  - { id: undated, progress: 4 }\n  - { id: done, progress: 1, status: met }\n")],
                                to: "2026-10-21")
        #expect(review.goals.map(\.id) == ["steady", "undated", "vague", "done"])
        #expect(review.goals[0].onTrack == nil)   // never rated
        #expect(review.goals[1].onTrack == nil)   // no target date
        #expect(review.goals[2].onTrack == nil)   // no target
        #expect(review.goals[3].onTrack == true)  // met, although below the line
        #expect(review.goals[3].status == .met)
    }

    @Test func smartFindings() throws {
        let review = try reviewed([:], to: "2026-09-01")
        #expect(review.goals.map(\.smart.missing) == [[], ["time-bound"], ["measurable", "time-bound"], []])
        // A digit in the statement makes a goal measurable even without a target.
        #expect(review.goals[0].smart.measurable && review.goals[1].smart.measurable && !review.goals[2].smart.measurable)
    }

    @Test func measuresAgainstTargets() throws {
        let review = try reviewed([
            "a.md": note("2026-10-01", "  - coping-skills\n", measures: "measures:\n  PHQ-9: 10\n  GAD-7: 7\n"),
            "b.md": note("2026-10-08", "  - coping-skills\n", measures: "measures:\n  PHQ-9: 9\n"),
        ], to: "2026-10-31")
        #expect(review.measures.map(\.instrument) == ["PHQ-9", "GAD-7"])
        #expect(review.measures.map(\.current) == [9, 7])
        #expect(review.measures.map(\.met) == [true, true])   // at the target counts
        let notYet = try reviewed(["a.md": note("2026-10-01", "  - coping-skills\n", measures: "measures:\n  PHQ-9: 10\n")], to: "2026-10-31")
        #expect(notYet.measures.map(\.met) == [false, nil])
    }

    @Test func unplannedGoals() throws {
        let review = try reviewed(["n.md": note("2026-10-01", "  - { id: sleep, area: healthy-lifestyle, statement: Sleep 7 hours, progress: 3 }\n")],
                                to: "2026-10-31")
        #expect(review.unplanned == ["sleep"])
    }

    @Test func theLatestPlanStartingByTheEndApplies() throws {
        let second = """
            ---
            type: plan
            client: C-1
            start: 2026-12-01
            review-every: 30
            goals:
              - { id: steady, area: coping-skills, statement: Breathe on 5 of 7 days, baseline: 5, target: 9, target-date: 2027-03-01 }
            ---
            """
        let caseload = try Caseload.read(from: InMemoryNoteSource(texts: [
            "plan.md": Self.plan, "plan-2.md": second,
            "n.md": note("2026-12-05", "  - { id: steady, progress: 6 }\n"),
        ]))
        let reports = ClientReports(client: "C-1", caseload: caseload)
        let november = try #require(reports.report(for: Period.month("2026-11")!).planReview)
        #expect(november.planStart.description == "2026-09-01")
        #expect(november.reviewDue?.description == "2026-11-30")
        let december = try #require(reports.report(for: Period.month("2026-12")!).planReview)
        #expect(december.planStart.description == "2026-12-01")
        #expect(december.reviewDue?.description == "2026-12-31")   // 30 days after the start is the period's last day
        #expect(december.goals.map(\.id) == ["steady"])
        #expect(december.goals[0].baseline == 5)
    }

    @Test func noPlanNoReview() throws {
        let caseload = try Caseload.read(from: InMemoryNoteSource(texts: ["n.md": note("2026-10-01", "  - coping-skills\n")]))
        #expect(ClientReports(client: "C-1", caseload: caseload).report(for: Period.month("2026-10")!).planReview == nil)
    }

    @Test func checkFindings() throws {
        let caseload = try Caseload.read(from: InMemoryNoteSource(texts: [
            "plan.md": Self.plan,
            "n.md": note("2026-12-05", "  - { id: steady, progress: 6 }\n  - { id: extra, area: self-awareness, statement: Notice 3 feelings a day }\n"),
        ]))
        #expect(PlanFindings.diagnostics(caseload).sorted().map(\.formatted) == [
            "plan.md: warning: goal 'extra' is worked on in the notes but is not in the plan",
            "plan.md:8: warning: plan goal 'undated' has never been rated",
            "plan.md:8: warning: plan goal 'undated' has no target date (SMART: time-bound)",
            "plan.md:9: warning: plan goal 'vague' has never been rated",
            "plan.md:9: warning: plan goal 'vague' has no numeric target or target date: progress against the plan cannot be judged (SMART: measurable, time-bound)",
            "plan.md:10: warning: plan goal 'done' has never been rated",
        ])
        // The overdue review is the caseload's own diagnostic (so reports show it too), at `review-every`.
        #expect(caseload.diagnostics.map(\.formatted).filter { $0.hasPrefix("plan.md") } == [
            "plan.md:5: warning: the plan's review was due on 2026-11-30 (every 90 days from 2026-09-01) and no review note is dated on or after it",
        ])
    }
}
