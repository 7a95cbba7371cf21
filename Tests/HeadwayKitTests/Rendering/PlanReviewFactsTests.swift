import Testing
@testable import HeadwayKit

/// The facts a plan review derives from its goals are worked out once, in `PlanReview`, and read by the
/// templates and `headway check` alike.
@Suite("Plan review facts")
struct PlanReviewFactsTests {
    @Test("V-1: SMART gaps, goals never rated, goals on track and revisions since the plan, in the model")
    func factsInTheModel() throws {
        let review = try #require(ViewFixtures.planned().planReview)
        #expect(review.goals.map(\.id) == ["paced-breathing", "reconnect", "sleep"])
        #expect(review.smartGaps == [SmartGap(goal: "sleep", missing: ["measurable", "time-bound"])])
        #expect(review.neverRated == ["sleep"])
        #expect(review.goals.map(\.onTrack) == [true, true, nil])  // 5.5 above the line (4.98 on 10-31); met; no target
        #expect(review.onTrackCount == 2)
        #expect(review.unplanned == ["journaling"])
        #expect(review.revisionsSincePlan == 2)  // paced-breathing on 10-07 (explicit), reconnect on 10-21 (reworded)
        #expect(review.goals.map(\.line) == [7, 13, 19])
    }

    @Test("the review templates show the model's facts")
    func templatesReadTheFacts() throws {
        let renderer = ReportRenderer(templates: try TemplateSet(), configuration: ViewFixtures.configuration)
        let markdown = renderer.renderReview(ViewFixtures.review(), as: .markdown, paper: .a4)
        #expect(markdown.contains("| Goals on track | 2 of 3 |"))
        #expect(markdown.contains("Plan goals never rated: sleep\n"))
        #expect(markdown.contains("- **sleep** has no numeric target or target date."))
        #expect(markdown.contains("Goals worked on but not in the plan: journaling\n"))
    }

    @Test("lists of goals are separated by commas, with nothing after the last", arguments: [OutputFormat.markdown, .html])
    func listsAreSeparatedByCommas(format: OutputFormat) throws {
        let renderer = ReportRenderer(templates: try TemplateSet(), configuration: ViewFixtures.configuration)
        let end = format == .markdown ? "\n" : "</p>"
        var review = ViewFixtures.review()
        review.planReview?.unplanned = ["journaling", "sleep-hygiene", "walking"]
        let reviewText = renderer.renderReview(review, as: format, paper: .a4)
        #expect(reviewText.contains("journaling, sleep-hygiene, walking" + end))
        #expect(reviewText.contains("never rated:" + (format == .html ? "</strong>" : "") + " sleep" + end))
        var report = ViewFixtures.planned()
        report.planReview?.unplanned = ["journaling", "sleep-hygiene"]
        let progress = renderer.render(report, as: format)
        #expect(progress.contains("Not in the plan: journaling, sleep-hygiene" + end))
        #expect(progress.contains("has no numeric target or target date." + end), "the last SMART gap ends the line")
    }

    @Test("headway check reports the same facts at the plan's goal lines")
    func checkReadsTheFacts() {
        let caseload = AggregationHarness.caseload(AggregationHarness.fixtureTexts("rendering/views"))
        let messages = PlanFindings.diagnostics(caseload).map(\.formatted)
        #expect(messages == [
            "V-1/plan.md:19: warning: plan goal 'sleep' has no numeric target or target date: progress against the plan cannot be judged (SMART: measurable, time-bound)",
            "V-1/plan.md:19: warning: plan goal 'sleep' has never been rated",
            "V-1/plan.md: warning: goal 'journaling' is worked on in the notes but is not in the plan",
        ])
    }
}
