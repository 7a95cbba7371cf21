import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

@Suite("Measure aggregation")
struct MeasureAggregationTests {
    private func score(_ date: String, _ value: Double) -> Score { Score(date: H.day(date), score: value) }

    /// PHQ-9: 18 (Sep), 14 and 12 (Oct), 8 (Nov).
    private let phq: [String: String] = [
        "a.md": H.note("2026-09-10", "measures:\n  PHQ-9: 18\n"),
        "b.md": H.note("2026-10-05", "measures:\n  PHQ-9: 14\n"),
        "c.md": H.note("2026-10-19", "measures:\n  PHQ-9: { score: 12 }\n"),
        "d.md": H.note("2026-11-02", "measures:\n  PHQ-9: 8\n"),
    ]

    @Test func seriesWithoutAPlan() throws {
        let report = H.report(phq, period: H.month("2026-10"))
        let measure = try #require(report.measures.first)
        #expect(report.measures.count == 1)
        #expect(measure.instrument == "PHQ-9")
        #expect(measure.scores == [score("2026-10-05", 14), score("2026-10-19", 12)])
        #expect(measure.baseline == 18)  // the first score ever
        #expect(measure.start == 18)  // the last score before the period
        #expect(measure.end == 12)
        #expect(measure.change == -6)
        #expect(measure.changeFromBaseline == -6)
    }

    @Test func baselineIsThePlansWhenGiven() throws {
        var texts = phq
        texts["plan.md"] = "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\nmeasures:\n  PHQ-9: { baseline: 20, target: 9 }\n---\n"
        let measure = try #require(H.report(texts, period: H.month("2026-10")).measures.first)
        #expect(measure.baseline == 20)
        #expect(measure.start == 18)
        #expect(measure.end == 12)
        #expect(measure.change == -6)
        #expect(measure.changeFromBaseline == -8)
    }

    @Test func baselineComesFromTheApplicablePlan() throws {
        var texts = phq
        texts["plan-1.md"] = "---\ntype: plan\nclient: C-1\nstart: 2026-06-01\nmeasures:\n  PHQ-9: { baseline: 22 }\n---\n"
        texts["plan-2.md"] = "---\ntype: plan\nclient: C-1\nstart: 2026-10-01\nmeasures:\n  PHQ-9: { baseline: 17 }\n---\n"
        let september = try #require(H.report(texts, period: H.month("2026-09")).measures.first)
        #expect(september.baseline == 22)
        #expect(september.changeFromBaseline == -4)  // 18 − 22
        let october = try #require(H.report(texts, period: H.month("2026-10")).measures.first)
        #expect(october.baseline == 17)
        #expect(october.changeFromBaseline == -5)  // 12 − 17
    }

    @Test func planMeasureWithoutBaselineFallsBackToTheFirstScore() throws {
        var texts = phq
        texts["plan.md"] = "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\nmeasures:\n  PHQ-9: { target: 9 }\n---\n"
        let measure = try #require(H.report(texts, period: H.month("2026-10")).measures.first)
        #expect(measure.baseline == 18)
        #expect(measure.changeFromBaseline == -6)
    }

    @Test func startIsTheFirstScoreInThePeriodWhenNoneBefore() throws {
        let measure = try #require(H.report(phq, period: H.month("2026-09")).measures.first)
        #expect(measure.scores == [score("2026-09-10", 18)])
        #expect(measure.baseline == 18)
        #expect(measure.start == 18)
        #expect(measure.end == 18)
        #expect(measure.change == 0)
        #expect(measure.changeFromBaseline == 0)
    }

    @Test func noScoreInThePeriodLeavesEndAndChangesNull() throws {
        let texts = [
            "a.md": H.note("2026-09-10", "measures:\n  GAD-7: 11\n"),
            "b.md": H.note("2026-09-24", "measures:\n  GAD-7: 9\n"),
            "c.md": H.note("2026-10-08"),
        ]
        let measure = try #require(H.report(texts, period: H.month("2026-10")).measures.first)
        #expect(measure.instrument == "GAD-7")
        #expect(measure.scores.isEmpty)
        #expect(measure.baseline == 11)
        #expect(measure.start == 9)
        #expect(measure.end == nil)
        #expect(measure.change == nil)
        #expect(measure.changeFromBaseline == nil)
    }

    @Test func scoresAfterThePeriodAreIgnored() throws {
        let november = try #require(H.report(phq, period: H.month("2026-11")).measures.first)
        #expect(november.scores == [score("2026-11-02", 8)])
        #expect(november.start == 12)
        #expect(november.end == 8)
        #expect(november.change == -4)
        #expect(november.changeFromBaseline == -10)
        let august = H.report(phq.merging(["z.md": H.note("2026-08-01")]) { a, _ in a }, period: H.month("2026-08"))
        #expect(august.measures.isEmpty)
    }

    @Test func orderIsPlanMeasuresFirstThenFirstAppearance() {
        let texts = [
            "a.md": H.note("2026-09-10", "measures:\n  ORS: 21.5\n  GAD-7: 10\n"),
            "b.md": H.note("2026-10-05", "measures:\n  sleep-hours: 6\n  PHQ-9: 15\n  GAD-7: 9\n"),
            "c.md": H.note("2026-11-05", "measures:\n  WSAS: 20\n"),
            "plan.md": "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\nmeasures:\n  PHQ-9: { baseline: 16 }\n  CORE-10: { baseline: 20 }\n---\n",
        ]
        let report = H.report(texts, period: H.month("2026-10"))
        // Plan order first (CORE-10 never scored still listed), then as first written in the notes;
        // WSAS first appears after the period.
        #expect(report.measures.map(\.instrument) == ["PHQ-9", "CORE-10", "ORS", "GAD-7", "sleep-hours"])
        let core = report.measures[1]
        #expect(core.scores.isEmpty)
        #expect(core.baseline == 20)
        #expect(core.start == nil)
        #expect(core.end == nil)
        #expect(core.changeFromBaseline == nil)
        let ors = report.measures[2]
        #expect(ors.scores.isEmpty)
        #expect(ors.baseline == 21.5)
        #expect(ors.start == 21.5)
        #expect(ors.end == nil)
        let sleep = report.measures[4]
        #expect(sleep.scores == [score("2026-10-05", 6)])
        #expect(sleep.baseline == 6)
        #expect(sleep.change == 0)
    }

    @Test func withoutAnApplicablePlanOrderIsFirstAppearance() {
        let texts = [
            "a.md": H.note("2026-09-10", "measures:\n  GAD-7: 10\n  PHQ-9: 12\n"),
            "plan.md": "---\ntype: plan\nclient: C-1\nstart: 2026-10-01\nmeasures:\n  PHQ-9: { baseline: 16 }\n---\n",
        ]
        let september = H.report(texts, period: H.month("2026-09"))
        #expect(september.measures.map(\.instrument) == ["GAD-7", "PHQ-9"])
        #expect(september.measures[1].baseline == 12)
        let october = H.report(texts, period: H.month("2026-10"))
        #expect(october.measures.map(\.instrument) == ["PHQ-9", "GAD-7"])
        #expect(october.measures[0].baseline == 16)
    }

    @Test func builtInNamesAreNormalised() throws {
        let texts = [
            "a.md": H.note("2026-10-01", "measures:\n  phq9: 12\n"),
            "b.md": H.note("2026-10-15", "measures:\n  Phq 9: 10\n"),
        ]
        let report = H.report(texts, period: H.month("2026-10"))
        #expect(report.measures.map(\.instrument) == ["PHQ-9"])
        #expect(report.measures[0].scores == [score("2026-10-01", 12), score("2026-10-15", 10)])
        #expect(report.measures[0].change == -2)
    }

    @Test func decimalScoresOfAPlainInstrument() throws {
        let texts = [
            "a.md": H.note("2026-09-10", "measures:\n  ORS: 18.5\n"),
            "b.md": H.note("2026-10-05", "measures:\n  ORS: 24.25\n"),
        ]
        let measure = try #require(H.report(texts, period: H.month("2026-10")).measures.first)
        #expect(measure.start == 18.5)
        #expect(measure.end == 24.25)
        #expect(measure.change == 5.75)
        #expect(measure.changeFromBaseline == 5.75)
    }

    /// 20.1 → 21.2 is a change of 1.1 in the notes' numbers; the JSON must not read 1.0999999999999979.
    @Test func decimalScoresChangeByTheirDecimalDifference() throws {
        let texts = [
            "a.md": H.note("2026-09-10", "measures:\n  ORS: 20.1\n"),
            "b.md": H.note("2026-10-05", "measures:\n  ORS: 21.2\n"),
        ]
        let measure = try #require(H.report(texts, period: H.month("2026-10")).measures.first)
        #expect(measure.start == 20.1)
        #expect(measure.end == 21.2)
        #expect(measure.change == 1.1)
        #expect(measure.changeFromBaseline == 1.1)
    }

    @Test func cancelledSessionScoresAreIgnored() throws {
        let texts = [
            "a.md": H.note("2026-10-01", "measures:\n  PHQ-9: 12\n"),
            "b.md": H.note("2026-10-08", "attendance: no-show\nmeasures:\n  PHQ-9: 3\n"),
        ]
        let report = H.report(texts, period: H.month("2026-10"))
        #expect(report.measures[0].scores == [score("2026-10-01", 12)])
        #expect(report.warnings == ["b.md:6: warning: PHQ-9 score in a no-show session is ignored"])
    }

    @Test func twoSessionsOnOneDayKeepSessionOrder() throws {
        let texts = [
            "z.md": H.note("2026-10-01", "session: 1\nmeasures:\n  GAD-7: 12\n"),
            "a.md": H.note("2026-10-01", "session: 2\nmeasures:\n  GAD-7: 10\n"),
        ]
        let measure = try #require(H.report(texts, period: H.month("2026-10")).measures.first)
        #expect(measure.scores == [score("2026-10-01", 12), score("2026-10-01", 10)])
        #expect(measure.start == 12)
        #expect(measure.end == 10)
        #expect(measure.change == -2)
    }

    /// The fixture caseload (Fixtures/aggregation/C-0200): the plan gives PHQ-9 baseline 19.
    @Test func fixtureCaseloadMeasures() {
        let reports = ClientReports(client: "C-0200", caseload: H.caseload(H.fixtureTexts("aggregation/C-0200")))
        let august = reports.report(for: H.month("2026-08")).measures
        // The plan starts later: note order, baselines from the first scores.
        #expect(august.map(\.instrument) == ["GAD-7", "PHQ-9"])
        #expect(august.map(\.baseline) == [12, 20])
        let september = reports.report(for: H.month("2026-09")).measures
        #expect(september.map(\.instrument) == ["PHQ-9", "GAD-7"])
        #expect(september[0].scores == [score("2026-09-08", 17)])
        #expect(september[0].baseline == 19)
        #expect(september[0].start == 20)
        #expect(september[0].end == 17)
        #expect(september[0].change == -3)
        #expect(september[0].changeFromBaseline == -2)
        #expect(september[1].scores.isEmpty)
        #expect(september[1].start == 12)
        #expect(september[1].end == nil)
        let october = reports.report(for: H.month("2026-10")).measures
        #expect(october.map(\.instrument) == ["PHQ-9", "GAD-7"])
        #expect(october[0].scores == [score("2026-10-06", 14), score("2026-10-20", 12)])
        #expect(october[0].baseline == 19)
        #expect(october[0].start == 17)
        #expect(october[0].end == 12)
        #expect(october[0].change == -5)
        #expect(october[0].changeFromBaseline == -7)
        #expect(october[1].scores == [score("2026-10-20", 9)])
        #expect(october[1].baseline == 12)
        #expect(october[1].start == 12)
        #expect(october[1].end == 9)
        #expect(october[1].change == -3)
        #expect(october[1].changeFromBaseline == -3)
    }
}
