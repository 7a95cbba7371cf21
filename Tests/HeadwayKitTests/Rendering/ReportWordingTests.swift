import Testing
@testable import HeadwayKit

/// The report's words agree with each other: a goal's start → end says when the start is a rating
/// from before the period, and session counts are singular or plural as the number needs.
@Suite struct ReportWordingTests {
    func goal(start: Double, end: Double, startsBeforePeriod: Bool) -> GoalProgress {
        GoalProgress(
            id: "walk", area: "coping-skills", areaTitle: "Coping skills", statement: nil, status: .active,
            baseline: nil, start: start, end: end, change: end - start, trend: .improving,
            ratings: [Rating(date: Day(iso: "2026-10-08")!, progress: end)], revisions: [], milestones: [],
            excerpts: [], metInPeriod: false, startsBeforePeriod: startsBeforePeriod)
    }

    @Test func aStartFromBeforeThePeriodIsSaidToBeFromLastPeriod() {
        #expect(DisplayFormat.trend(of: goal(start: 4, end: 7, startsBeforePeriod: true))
            == "4 → 7 since last period (+3, improving)")
        #expect(DisplayFormat.trend(of: goal(start: 5, end: 7, startsBeforePeriod: false)) == "5 → 7 (+2, improving)")
    }

    @Test func sessionsAddressedAreCountedInWords() {
        let words = [0, 1, 3].map { count in
            let area = AreaProgress(area: "sleep", title: "Sleep", goals: [], sessionsAddressed: count, excerpts: [])
            return AreaView(area, goals: [], markup: Markup(format: .markdown)).child(named: "sessionsAddressedText") as? String
        }
        #expect(words == ["0 sessions", "1 session", "3 sessions"])
    }
}
