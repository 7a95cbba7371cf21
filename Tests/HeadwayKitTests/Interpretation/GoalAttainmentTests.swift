import Testing
@testable import HeadwayKit

/// T = 50 + 10 Σwx / √((1 − ρ)Σw² + ρ(Σw)²), ρ = 0.3, worked by hand.
@Suite struct GoalAttainmentTests {
    @Test func threeGoalsAllAtPlusOne() throws {
        // Σwx = 3, Σw² = 3, Σw = 3: 50 + 30 / √(2.1 + 2.7) = 50 + 30 / 2.19089 = 63.6931
        let t = try #require(GoalAttainment.tScore([(1, 1), (1, 1), (1, 1)]))
        #expect(abs(t - 63.6931) < 0.0001)
        #expect(DisplayFormat.number((t * 10).rounded() / 10) == "63.7")
    }

    @Test func allAtExpectedLevelIsFifty() {
        #expect(GoalAttainment.tScore([(0, 1), (0, 2)]) == 50)
    }

    @Test func oneGoalAtMinusTwo() throws {
        // 50 + 10 · (−2) / √(0.7 + 0.3) = 30
        let t = try #require(GoalAttainment.tScore([(-2, 1)]))
        #expect(abs(t - 30) < 1e-9)
    }

    @Test func weightsCount() throws {
        // w = (2, 1), x = (1, −1): Σwx = 1, Σw² = 5, Σw = 3: 50 + 10 / √(3.5 + 2.7) = 50 + 10 / 2.48998 = 54.0161
        let t = try #require(GoalAttainment.tScore([(1, 2), (-1, 1)]))
        #expect(abs(t - 54.0161) < 0.0001)
    }

    @Test func noRatingsNoScore() {
        #expect(GoalAttainment.tScore([]) == nil)
    }

    @Test func sessionsUseNoteThenPlanWeights() throws {
        let caseload = try Caseload.read(from: InMemoryNoteSource(texts: [
            "plan.md": """
                ---
                type: plan
                client: C-1
                start: 2026-10-01
                goals:
                  - { id: a, area: coping-skills, statement: Do 3 things, weight: 2 }
                  - { id: b, area: relationships, statement: Call 1 friend }
                ---
                """,
            "n1.md": """
                ---
                client: C-1
                date: 2026-10-07
                goals:
                  - { id: a, gas: 1 }
                  - { id: b, gas: -1 }
                ---
                """,
            "n2.md": """
                ---
                client: C-1
                date: 2026-10-14
                goals:
                  - { id: a, gas: 1, weight: 1 }
                ---
                """,
            "n3.md": """
                ---
                client: C-1
                date: 2026-10-21
                goals:
                  - { id: a, progress: 5 }
                ---
                """,
        ]))
        let report = ClientReports(client: "C-1", caseload: caseload).report(for: Period.month("2026-10")!)
        #expect(report.gas.map(\.date.description) == ["2026-10-07", "2026-10-14"])
        #expect(report.gas.map(\.goalsRated) == [2, 1])
        #expect(abs(report.gas[0].tScore - 54.0161) < 0.0001)   // plan weight 2 for a, default 1 for b
        #expect(abs(report.gas[1].tScore - 60) < 1e-9)          // note weight 1: 50 + 10 · 1 / 1
    }
}
