import Testing
@testable import HeadwayKit

/// A plan review that fell due before the last session note, with no review note on or after it: a
/// warning at the plan's `review-every` line, dated on the due date, in `check` and in the reports.
@Suite("Overdue plan reviews")
struct OverdueReviewTests {
    typealias H = AggregationHarness

    static let plan = "---\ntype: plan\nclient: C-1\nstart: 2026-01-01\nreview-every: 30\n---\n"
    static let warning = "C-1/plan.md:5: warning: the plan's review was due on 2026-01-31 (every 30 days from 2026-01-01) "
        + "and no review note is dated on or after it"

    /// The plan and scored session notes on `dates`.
    static func texts(_ dates: [String]) -> [String: String] {
        var texts = ["C-1/plan.md": plan]
        for date in dates { texts["C-1/\(date).md"] = H.note(date, "measures: { PHQ-9: 10 }") }
        return texts
    }

    static func warnings(_ texts: [String: String]) -> [String] {
        H.caseload(texts).diagnostics.filter { $0.severity == .warning }.map(\.formatted)
    }

    @Test("a review due before the last note and not held is a warning at 'review-every'")
    func overdue() {
        #expect(Self.warnings(Self.texts(["2026-01-05", "2026-02-10"])) == [Self.warning])
    }

    @Test("a review note on or after the due date answers it; one before it does not")
    func answered() {
        var texts = Self.texts(["2026-01-05", "2026-02-10"])
        texts["C-1/review.md"] = "---\ntype: review\nclient: C-1\ndate: 2026-01-31\n---\n## Summary\nOn track.\n## Updated plan\nGo on.\n"
        #expect(Self.warnings(texts) == [])
        texts["C-1/review.md"] = "---\ntype: review\nclient: C-1\ndate: 2026-01-30\n---\n## Summary\nOn track.\n## Updated plan\nGo on.\n"
        #expect(Self.warnings(texts) == [Self.warning])
    }

    @Test("not yet due on the last note (the due day itself included): no warning")
    func notDue() {
        #expect(Self.warnings(Self.texts(["2026-01-05", "2026-01-31"])) == [])
    }

    @Test("the latest due date is named, and a plan without review-every is warned at its start line")
    func latestDue() {
        var texts = Self.texts(["2026-01-05", "2026-04-20"])
        texts["C-1/plan.md"] = "---\ntype: plan\nclient: C-1\nstart: 2026-01-01\n---\n"
        #expect(Self.warnings(texts) == [
            "C-1/plan.md:4: warning: the plan's review was due on 2026-04-01 (every 90 days from 2026-01-01) and no review note is dated on or after it",
        ])
    }

    @Test("a report ending on or before the due date does not show it; one after it does")
    func inReports() {
        let texts = Self.texts(["2026-01-05", "2026-02-10"])
        #expect(H.report(texts, period: H.month("2026-01")).warnings.isEmpty)  // January ends on the due date
        #expect(H.report(texts, period: H.month("2026-02")).warnings == [Self.warning])
    }
}
