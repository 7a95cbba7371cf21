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
        #expect(report.gas.map(\.goalsCounted) == [2, 2])
        #expect(abs(report.gas[0].tScore - 54.0161) < 0.0001)   // plan weight 2 for a, default 1 for b
        // a at +1 with the note's weight 1, b's −1 carried forward at weight 1: 50 + 10 · 0.
        #expect(abs(report.gas[1].tScore - 50) < 1e-9)
    }

    /// Weights are relative: a huge one neither overflows nor blanks the score.
    @Test func hugeWeightsScoreAsTheirRatios() throws {
        let plain = try #require(GoalAttainment.tScore([(2, 1), (0, 1)]))
        #expect(abs(try #require(GoalAttainment.tScore([(2, 1e200), (0, 1e200)])) - plain) < 1e-9)
        #expect(abs(try #require(GoalAttainment.tScore([(2, 1e308), (-2, 1e308)])) - 50) < 1e-9)
        #expect(abs(try #require(GoalAttainment.tScore([(2, 1e200)])) - 70) < 1e-9)
    }

    /// The last level carried forward: a met goal that is no longer rated keeps its level, so meeting a
    /// goal never lowers the score; a discontinued goal leaves the sum; weights come from the plan in force
    /// on the session's date, whatever the report's period.
    @Test func lastLevelCarriedForwardAndPlanInForceOnTheSessionDate() throws {
        func note(_ date: String, _ goals: String) -> String { "---\nclient: C-1\ndate: \(date)\ngoals:\n\(goals)---\n" }
        let caseload = try Caseload.read(from: InMemoryNoteSource(texts: [
            "plan1.md": "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\ngoals:\n  - { id: a, area: coping-skills, statement: A 1, weight: 3 }\n  - { id: b, area: relationships, statement: B 1 }\n---\n",
            "plan2.md": "---\ntype: plan\nclient: C-1\nstart: 2026-10-20\ngoals:\n  - { id: a, area: coping-skills, statement: A 1, weight: 1 }\n  - { id: b, area: relationships, statement: B 1 }\n---\n",
            "n1.md": note("2026-09-10", "  - { id: a, gas: 2, status: met }\n  - { id: b, gas: 0 }\n"),
            "n2.md": note("2026-10-07", "  - { id: b, gas: 1 }\n"),
            "n3.md": note("2026-10-21", "  - { id: b, gas: 1 }\n"),
            "n4.md": note("2026-10-28", "  - { id: a, status: discontinued }\n  - { id: b, gas: 2 }\n"),
        ]))
        let report = ClientReports(client: "C-1", caseload: caseload).report(for: Period.month("2026-10")!)
        #expect(report.gas.map(\.date.description) == ["2026-10-07", "2026-10-21", "2026-10-28"])
        #expect(report.gas.map(\.goalsRated) == [1, 1, 1])
        #expect(report.gas.map(\.goalsCounted) == [2, 2, 1])
        // 2026-10-07, plan 1: a +2 (carried, weight 3), b +1: 50 + 10 · 7 / √(0.7 · 10 + 0.3 · 16).
        #expect(abs(report.gas[0].tScore - GoalAttainment.tScore([(2, 3), (1, 1)])!) < 1e-12)
        #expect(abs(report.gas[0].tScore - (50 + 70 / (0.7 * 10 + 0.3 * 16).squareRoot())) < 1e-9)
        // 2026-10-21, plan 2 in force: a weighs 1 now.
        #expect(abs(report.gas[1].tScore - GoalAttainment.tScore([(2, 1), (1, 1)])!) < 1e-12)
        // 2026-10-28: a discontinued, only b at +2.
        #expect(abs(report.gas[2].tScore - 70) < 1e-9)
        // The same sessions scored alike in a report of all sessions.
        let all = ClientReports(client: "C-1", caseload: caseload).report(for: .allSessions(from: Day(iso: "2026-09-01")!, to: Day(iso: "2026-10-31")!))
        #expect(Array(all.gas.dropFirst()) == report.gas)
    }
}
