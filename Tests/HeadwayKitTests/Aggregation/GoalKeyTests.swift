import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

/// A goal is one goal whatever the case of its id (ASCII or not): in keys, ratings, revisions,
/// milestones, excerpts, the plan's baseline and review, GAS weights and duplicate checks.
@Suite struct GoalKeyTests {
    @Test(arguments: [("Walk-Daily", "walk-daily"), ("ÉTAPE", "étape"), ("Straße", "STRAßE")])
    func idsDifferingInCaseAreOneKey(first: String, second: String) {
        #expect(GoalKey(first) == GoalKey(second))
        #expect(Set([GoalKey(first), GoalKey(second)]).count == 1)
    }

    @Test func composedAndDecomposedAccentsAreOneKey() {
        #expect(GoalKey("\u{E9}tape") == GoalKey("E\u{301}TAPE"))
    }

    @Test func otherIdsAreOtherKeys() {
        #expect(GoalKey("walk-daily") != GoalKey("walk-daily-2"))
        #expect(GoalKey("etape") != GoalKey("étape"))
    }

    private static let plan = """
        ---
        type: plan
        client: C-1
        start: 2026-09-01
        goals:
          - { id: Walk-Daily, area: healthy-lifestyle, statement: Walk every day, baseline: 2, target: 8, target-date: 2026-12-31, weight: 3 }
          - { id: ÉTAPE, area: coping-skills, statement: Une étape par jour, baseline: 1, weight: 1 }
        ---
        """

    /// A plan naming `Walk-Daily` and `ÉTAPE`, and notes naming them in other cases.
    private static let texts = [
        "plan.md": plan,
        "a.md": H.note("2026-10-01", """
            goals:
              - { id: walk-daily, progress: 3, gas: 0 }
              - { id: étape, progress: 2, gas: -1 }
            milestones:
              - { text: Walked to work, goal: WALK-DAILY }
            """, body: "## Étape\n\nOne step taken.\n"),
        "b.md": H.note("2026-10-15", """
            goals:
              - { id: WALK-daily, statement: Walk 30 minutes every day, progress: 5, gas: 1 }
              - { id: Étape, progress: 4, gas: 0 }
            """, body: "Walked again. #walk-daily\n"),
    ]

    @Test func oneGoalInEveryPartOfTheReport() throws {
        let report = H.report(Self.texts, period: H.month("2026-10"))
        #expect(report.goals.map(\.id) == ["Walk-Daily", "ÉTAPE"])  // as first written, in plan order
        let walk = report.goals[0], step = report.goals[1]
        #expect(walk.ratings.map(\.progress) == [3, 5])
        #expect(step.ratings.map(\.progress) == [2, 4])
        #expect(walk.baseline == 2 && step.baseline == 1)  // the plan's
        #expect(walk.revisions.map(\.to) == ["Walk 30 minutes every day"])
        #expect(report.revisions.map(\.goal) == ["Walk-Daily"])
        #expect(walk.milestones.map(\.text) == ["Walked to work"])
        #expect(report.milestones.map(\.goal) == ["Walk-Daily"])
        #expect(step.excerpts.map(\.text) == ["One step taken."])
        #expect(walk.excerpts.map(\.text) == ["Walked again. #walk-daily"])
        let review = try #require(report.planReview)
        #expect(review.goals.map(\.current) == [5, 4])
        #expect(review.unplanned.isEmpty)
    }

    @Test func gasWeightsOfThePlanFindTheirGoal() {
        let report = H.report(Self.texts, period: H.month("2026-10"))
        // 2026-10-01: levels 0 (weight 3) and -1 (weight 1): T = 50 + 10 · (−1) / √(0.7 · 10 + 0.3 · 16) = 47.09…
        let spread: Double = 0.7 * 10 + 0.3 * 16
        let expected = 50 - 10 / spread.squareRoot()
        #expect(report.gas.map(\.goalsCounted) == [2, 2])
        #expect(abs((report.gas.first?.tScore ?? 0) - expected) < 1e-9)
    }

    @Test func aGoalTwiceInOneNoteInAnotherCaseIsAnError() {
        let caseload = H.caseload(["a.md": H.note("2026-10-01", "goals:\n  - { id: ÉTAPE, progress: 2 }\n  - { id: étape, progress: 3 }\n")])
        #expect(caseload.diagnostics.filter { $0.severity == .error }.map(\.formatted) == [
            "a.md:6: error: goal 'étape' appears twice in this note (first on line 5): this second entry is left out",
        ])
    }

    @Test func aGoalTwiceInOnePlanInAnotherCaseIsAnError() {
        let plan = "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\ngoals:\n  - { id: Walk-Daily, statement: Walk }\n  - { id: walk-daily, statement: Walk }\n---\n"
        let caseload = H.caseload(["plan.md": plan])
        #expect(caseload.diagnostics.filter { $0.severity == .error }.map(\.formatted) == [
            "plan.md:7: error: goal 'walk-daily' appears twice in this plan (first on line 6): this second entry is left out",
        ])
    }
}
