import Foundation
import Testing
@testable import HeadwayKit

/// Shared helpers of the aggregation tests: notes in memory, read and aggregated by the real pipeline.
enum AggregationHarness {
    /// A session note of `client` on `date`: `yaml` is added to the front matter after `client` and `date`.
    static func note(_ date: String, client: String = "C-1", _ yaml: String = "", body: String = "") -> String {
        var text = "---\nclient: \(client)\ndate: \(date)\n" + yaml
        if !text.hasSuffix("\n") { text += "\n" }
        return text + "---\n" + body
    }

    /// Reads `texts` (path → file text) with the real parser and assembles the caseload.
    static func caseload(_ texts: [String: String], configuration: Configuration = Configuration()) -> Caseload {
        // An in-memory source never throws.
        try! Caseload.read(from: InMemoryNoteSource(texts: texts), parser: NoteParser(configuration: configuration))
    }

    /// Options whose configuration declares `areas` (tag → title).
    static func options(redact: Bool = false, areas: [String: String] = [:]) -> ReportOptions {
        var configuration = Configuration()
        configuration.areas = areas
        return ReportOptions(redact: redact, configuration: configuration)
    }

    /// The report of `client` for `period`, expecting (by default) that no file had an error, so a typo in a
    /// fixture cannot silently drop a note.
    static func report(
        _ texts: [String: String], client: String = "C-1", period: Period, options: ReportOptions = ReportOptions(),
        allowErrors: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) -> ProgressReport {
        let caseload = caseload(texts, configuration: options.configuration)
        if !allowErrors {
            let errors = caseload.diagnostics.filter { $0.severity == .error }.map(\.formatted)
            #expect(errors.isEmpty, "fixture notes have errors: \(errors)", sourceLocation: sourceLocation)
        }
        return ClientReports(client: client, caseload: caseload, options: options).report(for: period)
    }

    static func month(_ text: String) -> Period { Period.month(text)! }
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func rating(_ date: String, _ progress: Double) -> Rating { Rating(date: day(date), progress: progress) }

    /// The folder holding the test fixtures (copied into the test bundle).
    static var fixtures: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }

    /// Every `.md` file under `Fixtures/<folder>`, keyed by its path relative to that folder.
    static func fixtureTexts(_ folder: String) -> [String: String] {
        let root = fixtures.appendingPathComponent(folder)
        var texts: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        for case let url as URL in enumerator where url.pathExtension == "md" {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            texts[relative] = try! String(contentsOf: url, encoding: .utf8)
        }
        return texts
    }
}

private typealias H = AggregationHarness

@Suite("Goal aggregation")
struct GoalAggregationTests {
    // MARK: The fixture caseload (Fixtures/aggregation/C-0200), October 2026

    /// Fixtures/aggregation/C-0200 holds a plan (2026-09-01) and seven notes from 2026-08-20 to 2026-11-03.
    /// Every value below is worked out by hand from those files (see the comments).
    @Test func fixtureCaseloadOctoberGoals() throws {
        let caseload = H.caseload(H.fixtureTexts("aggregation/C-0200"))
        #expect(caseload.diagnostics.filter { $0.severity == .error }.isEmpty)
        let report = ClientReports(client: "C-0200", caseload: caseload).report(for: H.month("2026-10"))
        // The plan's goals first (plan order), then `reconnect` (first seen 2026-08-20); `self-kindness`
        // first appears on 2026-11-03, after the period.
        #expect(report.goals.map(\.id) == ["sleep-routine", "paced-breathing", "reconnect"])
        let sleep = report.goals[0], breathing = report.goals[1], reconnect = report.goals[2]

        // sleep-routine: plan baseline 2; rated 2 on 09-08, 3 on 10-06.
        #expect(sleep.area == "healthy-lifestyle")
        #expect(sleep.areaTitle == "Healthy lifestyle")
        #expect(sleep.statement == "In bed by 23:00 on 5 of 7 nights")
        #expect(sleep.status == .active)
        #expect(sleep.baseline == 2)
        #expect(sleep.start == 2)
        #expect(sleep.end == 3)
        #expect(sleep.change == 1)
        #expect(sleep.trend == .improving)
        #expect(sleep.ratings == [H.rating("2026-10-06", 3)])
        #expect(sleep.milestones.map(\.text) == ["Slept 7 hours three nights running #sleep-routine"])
        #expect(sleep.revisions.isEmpty)
        #expect(!sleep.metInPeriod)

        // paced-breathing: the plan gives no baseline, so the first rating ever (3, 09-08); 3 → 4 → 5.
        #expect(breathing.area == "coping-skills")
        #expect(breathing.statement == "Use paced breathing when anxiety is above 6/10, on 4 of 7 days")
        #expect(breathing.baseline == 3)
        #expect(breathing.start == 3)
        #expect(breathing.end == 5)
        #expect(breathing.change == 2)
        #expect(breathing.trend == .improving)
        #expect(breathing.ratings == [H.rating("2026-10-06", 4), H.rating("2026-10-20", 5)])
        #expect(breathing.revisions == [Revision(
            date: H.day("2026-10-06"), goal: "paced-breathing",
            from: "Use paced breathing when anxiety is above 6/10",
            to: "Use paced breathing when anxiety is above 6/10, on 4 of 7 days",
            reason: "Made it measurable with the client", explicit: true)])
        #expect(breathing.excerpts == [Excerpt(date: H.day("2026-10-06"), html: "Practised twice daily, mostly before work.",
                                               text: "Practised twice daily, mostly before work.")])

        // reconnect: not in the plan; baseline = first rating ever (1, 08-20); 1 → 2 → 4, met on 10-20.
        #expect(reconnect.area == "relationships")
        #expect(reconnect.statement == "Call one friend a week")
        #expect(reconnect.status == .met)
        #expect(reconnect.baseline == 1)
        #expect(reconnect.start == 1)
        #expect(reconnect.end == 4)
        #expect(reconnect.change == 3)
        #expect(reconnect.trend == .improving)
        #expect(reconnect.metInPeriod)
    }

    /// The same fixture in August: the plan (2026-09-01) does not apply yet, so only `reconnect` exists.
    @Test func fixtureCaseloadAugustIgnoresLaterPlan() {
        let caseload = H.caseload(H.fixtureTexts("aggregation/C-0200"))
        let report = ClientReports(client: "C-0200", caseload: caseload).report(for: H.month("2026-08"))
        #expect(report.goals.map(\.id) == ["reconnect"])
        #expect(report.goals[0].baseline == 1)
        #expect(report.goals[0].start == 1)
        #expect(report.goals[0].end == 1)
        #expect(report.goals[0].change == 0)
        #expect(report.goals[0].trend == .steady)
        #expect(report.goals[0].status == .active)
    }

    // MARK: Statement and status as of period.to

    @Test func statementAndStatusAreThoseAsOfPeriodEnd() {
        let report = H.report([
            "a.md": H.note("2026-09-10", """
                goals:
                  - { id: walk, area: healthy-lifestyle, statement: Walk daily, progress: 2 }
                """),
            "b.md": H.note("2026-10-05", """
                goals:
                  - { id: walk, statement: Walk 20 minutes on 5 days, status: paused }
                """),
            // No statement and no status: the last ones given still stand.
            "c.md": H.note("2026-10-20", """
                goals:
                  - { id: walk, progress: 3 }
                """),
            // After the period: ignored.
            "d.md": H.note("2026-11-02", """
                goals:
                  - { id: walk, statement: Walk 30 minutes on 5 days, status: discontinued }
                """),
        ], period: H.month("2026-10"))
        #expect(report.goals.count == 1)
        #expect(report.goals[0].statement == "Walk 20 minutes on 5 days")
        #expect(report.goals[0].status == .paused)
    }

    @Test func statusIsActiveWhenNeverGiven() {
        let report = H.report([
            "a.md": H.note("2026-10-10", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk daily }\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].status == .active)
        #expect(!report.goals[0].metInPeriod)
    }

    @Test func statementIsNullWhenNeverGiven() {
        let report = H.report([
            "a.md": H.note("2026-10-10", "goals:\n  - { id: walk, area: healthy-lifestyle, progress: 4 }\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].statement == nil)
        #expect(report.goals[0].end == 4)
    }

    // MARK: Baseline

    @Test func baselineIsThePlansWhenGiven() {
        let report = H.report([
            "plan.md": """
                ---
                type: plan
                client: C-1
                start: 2026-09-01
                goals:
                  - { id: walk, area: healthy-lifestyle, statement: Walk daily, baseline: 1.5 }
                ---
                """,
            "a.md": H.note("2026-09-15", "goals:\n  - { id: walk, progress: 4 }\n"),
            "b.md": H.note("2026-10-15", "goals:\n  - { id: walk, progress: 5 }\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].baseline == 1.5)
        #expect(report.goals[0].start == 4)
    }

    @Test func baselineIsTheFirstRatingEverWithoutPlanBaseline() {
        let report = H.report([
            // The plan lists the goal but gives no baseline.
            "plan.md": """
                ---
                type: plan
                client: C-1
                start: 2026-06-01
                goals:
                  - { id: walk, area: healthy-lifestyle, statement: Walk daily }
                ---
                """,
            "a.md": H.note("2026-07-01", "goals:\n  - { id: walk }\n"),  // seen, not rated
            "b.md": H.note("2026-08-01", "goals:\n  - { id: walk, progress: 2 }\n"),
            "c.md": H.note("2026-09-01", "goals:\n  - { id: walk, progress: 5 }\n"),
            "d.md": H.note("2026-10-01", "goals:\n  - { id: walk, progress: 6 }\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].baseline == 2)
        #expect(report.goals[0].start == 5)
        #expect(report.goals[0].end == 6)
    }

    /// With two plans, the applicable one is the latest starting on or before period.to.
    @Test func baselineComesFromTheApplicablePlan() {
        let texts = [
            "plan-1.md": "---\ntype: plan\nclient: C-1\nstart: 2026-06-01\ngoals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk, baseline: 1 }\n---\n",
            "plan-2.md": "---\ntype: plan\nclient: C-1\nstart: 2026-10-01\ngoals:\n  - { id: walk, baseline: 4 }\n---\n",
            "a.md": H.note("2026-09-15", "goals:\n  - { id: walk, progress: 3 }\n"),
            "b.md": H.note("2026-10-15", "goals:\n  - { id: walk, progress: 5 }\n"),
        ]
        #expect(H.report(texts, period: H.month("2026-09")).goals[0].baseline == 1)
        #expect(H.report(texts, period: H.month("2026-10")).goals[0].baseline == 4)
        #expect(H.report(texts, period: H.month("2026-10")).goals[0].start == 3)
    }

    @Test func baselineIsNullWhenNeverRated() {
        let report = H.report([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk daily }\n"),
        ], period: H.month("2026-10"))
        let goal = report.goals[0]
        #expect(goal.baseline == nil)
        #expect(goal.start == nil)
        #expect(goal.end == nil)
        #expect(goal.change == nil)
        #expect(goal.trend == .noData)
        #expect(goal.ratings.isEmpty)
    }

    // MARK: Start, end, change and trend

    /// Writes one goal `g` rated `before` (dates in September) and `during` (dates in October).
    private func rated(before: [Double], during: [Double]) -> ProgressReport {
        var texts: [String: String] = [:]
        for (index, progress) in before.enumerated() {
            let date = "2026-09-\(10 + index)"
            texts["\(date).md"] = H.note(date, "goals:\n  - { id: g, area: coping-skills, statement: Cope, progress: \(progress) }\n")
        }
        for (index, progress) in during.enumerated() {
            let date = "2026-10-\(10 + index)"
            texts["\(date).md"] = H.note(date, "goals:\n  - { id: g, area: coping-skills, statement: Cope, progress: \(progress) }\n")
        }
        return H.report(texts, period: H.month("2026-10"))
    }

    @Test func startIsTheLastRatingBeforeThePeriod() {
        let goal = rated(before: [2, 5], during: [6, 7]).goals[0]
        #expect(goal.baseline == 2)
        #expect(goal.start == 5)
        #expect(goal.end == 7)
        #expect(goal.change == 2)
        #expect(goal.trend == .improving)
        #expect(goal.ratings == [H.rating("2026-10-10", 6), H.rating("2026-10-11", 7)])
    }

    @Test func startIsTheFirstRatingInThePeriodWhenNoneBefore() {
        let goal = rated(before: [], during: [3, 2, 4]).goals[0]
        #expect(goal.baseline == 3)
        #expect(goal.start == 3)
        #expect(goal.end == 4)
        #expect(goal.change == 1)
        #expect(goal.trend == .improving)  // exactly +1
    }

    @Test func changeOfExactlyPlusOneIsImproving() {
        let goal = rated(before: [4], during: [5]).goals[0]
        #expect(goal.change == 1)
        #expect(goal.trend == .improving)
    }

    @Test func changeOfExactlyMinusOneIsDeclining() {
        let goal = rated(before: [6], during: [5]).goals[0]
        #expect(goal.change == -1)
        #expect(goal.trend == .declining)
    }

    @Test func changeOfHalfAPointIsSteady() {
        let up = rated(before: [4], during: [4.5]).goals[0]
        #expect(up.change == 0.5)
        #expect(up.trend == .steady)
        let down = rated(before: [4.5], during: [4]).goals[0]
        #expect(down.change == -0.5)
        #expect(down.trend == .steady)
    }

    @Test func changeJustUnderOneIsSteady() {
        let goal = rated(before: [4], during: [4.9]).goals[0]
        #expect(goal.trend == .steady)
        let down = rated(before: [4.9], during: [4]).goals[0]
        #expect(down.trend == .steady)
    }

    @Test func oneRatingInThePeriodAndNoneBeforeIsSteady() {
        let goal = rated(before: [], during: [6]).goals[0]
        #expect(goal.start == 6)
        #expect(goal.end == 6)
        #expect(goal.change == 0)
        #expect(goal.trend == .steady)
    }

    @Test func noRatingInThePeriodIsNoDataEvenWithEarlierRatings() {
        let report = H.report([
            "a.md": H.note("2026-09-10", "goals:\n  - { id: g, area: coping-skills, statement: Cope, progress: 3 }\n"),
            "b.md": H.note("2026-09-20", "goals:\n  - { id: g, progress: 5 }\n"),
            // Worked on in October, not rated.
            "c.md": H.note("2026-10-10", "goals:\n  - { id: g }\n"),
            // Rated after the period: ignored.
            "d.md": H.note("2026-11-01", "goals:\n  - { id: g, progress: 9 }\n"),
        ], period: H.month("2026-10"))
        let goal = report.goals[0]
        #expect(goal.baseline == 3)
        #expect(goal.start == 5)
        #expect(goal.end == nil)
        #expect(goal.change == nil)
        #expect(goal.trend == .noData)
        #expect(goal.ratings.isEmpty)
    }

    /// Decimal ratings: 3.6 → 4.6 is a change of exactly +1 in the notes' numbers, so improving, and the
    /// change reads 1 (not 0.9999999999999996) in the JSON.
    @Test func decimalRatingsChangeByExactlyOne() {
        let goal = rated(before: [3.6], during: [4.6]).goals[0]
        #expect(goal.start == 3.6)
        #expect(goal.end == 4.6)
        #expect(goal.change == 1)
        #expect(goal.trend == .improving)
        let down = rated(before: [4.6], during: [3.6]).goals[0]
        #expect(down.change == -1)
        #expect(down.trend == .declining)
    }

    @Test func ratingsAreOnlyThoseInThePeriodInDateOrder() {
        let report = H.report([
            "x/late.md": H.note("2026-10-30", "goals:\n  - { id: g, progress: 7 }\n"),
            "y/early.md": H.note("2026-10-02", "goals:\n  - { id: g, progress: 5 }\n"),
            "z/before.md": H.note("2026-09-30", "goals:\n  - { id: g, area: coping-skills, statement: Cope, progress: 4 }\n"),
            "z/after.md": H.note("2026-11-01", "goals:\n  - { id: g, progress: 1 }\n"),
            // Two sessions on one day: session number orders them.
            "w/second.md": H.note("2026-10-15", "session: 8\ngoals:\n  - { id: g, progress: 6.5 }\n"),
            "w/first.md": H.note("2026-10-15", "session: 7\ngoals:\n  - { id: g, progress: 6 }\n"),
        ], period: H.month("2026-10"))
        let goal = report.goals[0]
        #expect(goal.ratings == [H.rating("2026-10-02", 5), H.rating("2026-10-15", 6), H.rating("2026-10-15", 6.5), H.rating("2026-10-30", 7)])
        #expect(goal.start == 4)
        #expect(goal.end == 7)
        #expect(goal.change == 3)
        #expect(goal.baseline == 4)  // the first rating ever: 2026-09-30
    }

    // MARK: metInPeriod

    @Test func metInPeriodWhenTheStatusBecomesMetInsideThePeriod() {
        let report = H.report([
            "a.md": H.note("2026-09-10", "goals:\n  - { id: g, area: coping-skills, statement: Cope, status: active }\n"),
            "b.md": H.note("2026-10-10", "goals:\n  - { id: g, status: met }\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].status == .met)
        #expect(report.goals[0].metInPeriod)
    }

    @Test func metBeforeThePeriodIsNotMetInPeriod() {
        let report = H.report([
            "a.md": H.note("2026-09-10", "goals:\n  - { id: g, area: coping-skills, statement: Cope, status: met }\n"),
            // Still met: not a change.
            "b.md": H.note("2026-10-10", "goals:\n  - { id: g, status: met }\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].status == .met)
        #expect(!report.goals[0].metInPeriod)
    }

    @Test func metAgainAfterBeingReopenedInThePeriodIsMetInPeriod() {
        let report = H.report([
            "a.md": H.note("2026-09-10", "goals:\n  - { id: g, area: coping-skills, statement: Cope, status: met }\n"),
            "b.md": H.note("2026-10-03", "goals:\n  - { id: g, status: active }\n"),
            "c.md": H.note("2026-10-24", "goals:\n  - { id: g, status: met }\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].metInPeriod)
    }

    @Test func metAfterThePeriodIsNotMetInPeriod() {
        let texts = [
            "a.md": H.note("2026-10-10", "goals:\n  - { id: g, area: coping-skills, statement: Cope, progress: 8 }\n"),
            "b.md": H.note("2026-11-10", "goals:\n  - { id: g, status: met }\n"),
        ]
        let october = H.report(texts, period: H.month("2026-10"))
        #expect(october.goals[0].status == .active)
        #expect(!october.goals[0].metInPeriod)
        let november = H.report(texts, period: H.month("2026-11"))
        #expect(november.goals[0].status == .met)
        #expect(november.goals[0].metInPeriod)
    }

    @Test func metOnTheFirstSightingInThePeriodIsMetInPeriod() {
        let report = H.report([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: g, area: coping-skills, statement: Cope, status: met }\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].metInPeriod)
    }

    // MARK: Revisions

    @Test func explicitRevisionWithFromAndReason() {
        let report = H.report([
            "a.md": H.note("2026-09-10", "goals:\n  - { id: g, area: coping-skills, statement: Feel calmer }\n"),
            "b.md": H.note("2026-10-10", """
                goals:
                  - id: g
                    statement: Use paced breathing on 4 of 7 days
                    revised:
                      from: Feel calmer
                      reason: Made it measurable
                """),
        ], period: H.month("2026-10"))
        let expected = Revision(date: H.day("2026-10-10"), goal: "g", from: "Feel calmer",
                                to: "Use paced breathing on 4 of 7 days", reason: "Made it measurable", explicit: true)
        #expect(report.goals[0].revisions == [expected])
        #expect(report.revisions == [expected])
        #expect(report.goals[0].statement == "Use paced breathing on 4 of 7 days")
        #expect(report.warnings.isEmpty)
    }

    @Test func explicitRevisionAsAPlainReasonTakesFromTheLastStatement() {
        let report = H.report([
            "a.md": H.note("2026-09-10", "goals:\n  - { id: g, area: coping-skills, statement: Feel calmer }\n"),
            "b.md": H.note("2026-10-10", """
                goals:
                  - id: g
                    statement: Breathe slowly when anxious
                    revised: Client asked for something concrete
                """),
        ], period: H.month("2026-10"))
        #expect(report.revisions == [Revision(date: H.day("2026-10-10"), goal: "g", from: "Feel calmer",
                                              to: "Breathe slowly when anxious", reason: "Client asked for something concrete", explicit: true)])
    }

    @Test func explicitFromDifferingFromTheLastStatementIsKeptAndWarned() {
        let report = H.report([
            "a.md": H.note("2026-09-10", "goals:\n  - { id: g, area: coping-skills, statement: Feel calmer }\n"),
            // Line 1 ---, 2 client, 3 date, 4 goals, 5 - id, 6 statement, 7 revised.
            "b.md": H.note("2026-10-10", """
                goals:
                  - id: g
                    statement: Breathe slowly
                    revised:
                      from: Feel more calm
                      reason: Reworded
                """),
        ], period: H.month("2026-10"))
        #expect(report.revisions == [Revision(date: H.day("2026-10-10"), goal: "g", from: "Feel more calm",
                                              to: "Breathe slowly", reason: "Reworded", explicit: true)])
        #expect(report.warnings == ["b.md:8: warning: 'revised.from' of goal 'g' differs from its last statement \"Feel calmer\""])
    }

    @Test func implicitRevisionWhenTheStatementChangesWithoutRevised() {
        let report = H.report([
            "a.md": H.note("2026-09-10", "goals:\n  - { id: g, area: coping-skills, statement: Feel calmer }\n"),
            "b.md": H.note("2026-10-10", "goals:\n  - { id: g, statement: Feel calmer }\n"),  // same: no revision
            "c.md": H.note("2026-10-17", "goals:\n  - { id: g }\n"),  // no statement: no revision
            "d.md": H.note("2026-10-24", "goals:\n  - { id: g, statement: Breathe slowly }\n"),
        ], period: H.month("2026-10"))
        #expect(report.revisions == [Revision(date: H.day("2026-10-24"), goal: "g", from: "Feel calmer",
                                              to: "Breathe slowly", reason: nil, explicit: false)])
        #expect(report.goals[0].revisions == report.revisions)
    }

    /// A plan is the first sighting on its start date, before the notes of that day: a note on the same day
    /// with a different statement revises the plan's wording.
    @Test func noteStatementDifferingFromThePlanIsARevision() {
        let report = H.report([
            "z-plan.md": """
                ---
                type: plan
                client: C-1
                start: 2026-10-05
                goals:
                  - { id: g, area: coping-skills, statement: Plan wording }
                ---
                """,
            "a.md": H.note("2026-10-05", "goals:\n  - { id: g, statement: Note wording }\n"),
        ], period: H.month("2026-10"))
        #expect(report.revisions == [Revision(date: H.day("2026-10-05"), goal: "g", from: "Plan wording",
                                              to: "Note wording", reason: nil, explicit: false)])
        #expect(report.goals[0].statement == "Note wording")
        #expect(report.goals[0].area == "coping-skills")
    }

    @Test func aLaterPlanRewordingIsARevisionOnItsStartDate() {
        let report = H.report([
            "plan-1.md": """
                ---
                type: plan
                client: C-1
                start: 2026-06-01
                goals:
                  - { id: g, area: coping-skills, statement: First wording }
                ---
                """,
            "plan-2.md": """
                ---
                type: plan
                client: C-1
                start: 2026-10-01
                goals:
                  - { id: g, statement: Second wording }
                ---
                """,
        ], period: H.month("2026-10"))
        #expect(report.revisions == [Revision(date: H.day("2026-10-01"), goal: "g", from: "First wording",
                                              to: "Second wording", reason: nil, explicit: false)])
    }

    @Test func explicitRevisionOnTheFirstSightingTakesTheWrittenFrom() {
        let report = H.report([
            "a.md": H.note("2026-10-10", """
                goals:
                  - id: g
                    area: coping-skills
                    statement: New wording
                    revised: { from: Old wording, reason: Carried over from paper notes }
                """),
        ], period: H.month("2026-10"))
        #expect(report.revisions == [Revision(date: H.day("2026-10-10"), goal: "g", from: "Old wording",
                                              to: "New wording", reason: "Carried over from paper notes", explicit: true)])
        #expect(report.warnings.isEmpty)
    }

    /// A `revised` that changes nothing (no new statement, or the same one, and no `from`) records no
    /// revision and is a warning (docs/note-format.md, section 2).
    @Test(arguments: ["{ id: g, revised: Reviewed with the client and kept }", "{ id: g, statement: Same words, revised: Kept }"])
    func revisedThatChangesNothingIsAWarningAndNoRevision(entry: String) {
        let report = H.report([
            "a.md": H.note("2026-09-10", "goals:\n  - { id: g, area: coping-skills, statement: Same words }\n"),
            "b.md": H.note("2026-10-10", "goals:\n  - \(entry)\n"),
        ], period: H.month("2026-10"))
        #expect(report.revisions.isEmpty)
        #expect(report.goals[0].statement == "Same words")
        #expect(report.warnings == ["b.md:5: warning: goal 'g' is marked revised, but the statement is unchanged: no revision is recorded "
            + "(write the new 'statement', or 'from' with the earlier wording)"])
    }

    /// On a goal's first sighting, `revised` with a `from` records that revision; without one it is the same warning.
    @Test func revisedOnTheFirstSighting() {
        let withFrom = H.report(["a.md": H.note("2026-10-10", "goals:\n  - { id: g, area: coping-skills, statement: New, revised: { from: Old, reason: R } }\n")],
                                period: H.month("2026-10"))
        #expect(withFrom.revisions == [Revision(date: H.day("2026-10-10"), goal: "g", from: "Old", to: "New", reason: "R", explicit: true)])
        #expect(withFrom.warnings.isEmpty)
        let without = H.report(["a.md": H.note("2026-10-10", "goals:\n  - { id: g, area: coping-skills, statement: New, revised: R }\n")],
                               period: H.month("2026-10"))
        #expect(without.revisions.isEmpty)
        #expect(without.warnings.count == 1)
    }

    @Test func revisionsOutsideThePeriodAreLeftOut() {
        let texts = [
            "a.md": H.note("2026-09-01", "goals:\n  - { id: g, area: coping-skills, statement: One }\n"),
            "b.md": H.note("2026-09-20", "goals:\n  - { id: g, statement: Two, revised: Sharper }\n"),
            "c.md": H.note("2026-10-20", "goals:\n  - { id: g, statement: Three }\n"),
            "d.md": H.note("2026-11-20", "goals:\n  - { id: g, statement: Four, revised: Later }\n"),
        ]
        let report = H.report(texts, period: H.month("2026-10"))
        #expect(report.revisions == [Revision(date: H.day("2026-10-20"), goal: "g", from: "Two", to: "Three", reason: nil, explicit: false)])
        #expect(report.goals[0].revisions == report.revisions)
        #expect(report.goals[0].statement == "Three")
        let september = H.report(texts, period: H.month("2026-09"))
        #expect(september.revisions == [Revision(date: H.day("2026-09-20"), goal: "g", from: "One", to: "Two", reason: "Sharper", explicit: true)])
    }

    @Test func reportRevisionsListEveryGoalByDate() {
        let report = H.report([
            "a.md": H.note("2026-09-01", """
                goals:
                  - { id: a, area: coping-skills, statement: A1 }
                  - { id: b, area: self-esteem, statement: B1 }
                """),
            "b.md": H.note("2026-10-02", "goals:\n  - { id: b, statement: B2 }\n"),
            "c.md": H.note("2026-10-09", "goals:\n  - { id: a, statement: A2, revised: Clearer }\n"),
        ], period: H.month("2026-10"))
        #expect(report.revisions.map(\.goal) == ["b", "a"])
        #expect(report.goals.map(\.id) == ["a", "b"])
        #expect(report.goals[0].revisions.map(\.to) == ["A2"])
        #expect(report.goals[1].revisions.map(\.to) == ["B2"])
    }

    // MARK: Milestones

    @Test func milestonesFromFrontMatterAndBody() {
        let report = H.report([
            "a.md": H.note("2026-10-07", """
                goals:
                  - { id: paced-breathing, area: coping-skills, statement: Breathe }
                  - { id: reconnect, area: relationships, statement: Call a friend }
                milestones:
                  - Used paced breathing before a **job interview**
                  - { text: Called an old friend, goal: Reconnect }
                  - "Slept through the night #healthy-lifestyle"
                  - "Kept a breathing log #paced-breathing"
                """, body: """
                ## Wins

                - Went to the *gym* #reconnect
                - Finished a book

                Not a milestone: a paragraph.
                """),
        ], period: H.month("2026-10"))
        let date = H.day("2026-10-07")
        #expect(report.milestones == [
            Milestone(date: date, text: "Used paced breathing before a job interview",
                      html: "Used paced breathing before a <strong>job interview</strong>",
                      goal: nil, area: nil, source: .frontMatter),
            // The goal named in any case is the goal, under its id as first written.
            Milestone(date: date, text: "Called an old friend", html: "Called an old friend",
                      goal: "reconnect", area: "relationships", source: .frontMatter),
            // A hashtag naming an area gives the area only.
            Milestone(date: date, text: "Slept through the night #healthy-lifestyle",
                      html: "Slept through the night #healthy-lifestyle",
                      goal: nil, area: "healthy-lifestyle", source: .frontMatter),
            Milestone(date: date, text: "Kept a breathing log #paced-breathing",
                      html: "Kept a breathing log #paced-breathing",
                      goal: "paced-breathing", area: "coping-skills", source: .frontMatter),
            Milestone(date: date, text: "Went to the gym #reconnect", html: report.milestones[4].html,
                      goal: "reconnect", area: "relationships", source: .body),
            Milestone(date: date, text: "Finished a book", html: report.milestones[5].html,
                      goal: nil, area: nil, source: .body),
        ])
        #expect(report.milestones[4].html.contains("Went to the <em>gym</em> #reconnect"))
        #expect(!report.milestones[4].html.contains("<li>"))
        #expect(report.milestones[5].html.contains("Finished a book"))
        #expect(report.goals.map { $0.milestones.map(\.text) } == [
            ["Kept a breathing log #paced-breathing"],
            ["Called an old friend", "Went to the gym #reconnect"],
        ])
        // A list under a milestone heading gives milestones, not excerpts.
        #expect(report.goals[1].excerpts.isEmpty)
    }

    @Test func milestonesOnlyInThePeriodInDateOrder() {
        let texts = [
            "a.md": H.note("2026-09-30", "milestones:\n  - September win\n"),
            "b.md": H.note("2026-10-20", "milestones:\n  - Late October win\n"),
            "c.md": H.note("2026-10-01", "milestones:\n  - Early October win\n"),
            "d.md": H.note("2026-11-01", "milestones:\n  - November win\n"),
            // A cancelled session's milestones are ignored (with a warning).
            "e.md": H.note("2026-10-10", "attendance: cancelled\nmilestones:\n  - Phoned in a win\n"),
        ]
        let report = H.report(texts, period: H.month("2026-10"))
        #expect(report.milestones.map(\.text) == ["Early October win", "Late October win"])
        #expect(report.milestones.map(\.date) == [H.day("2026-10-01"), H.day("2026-10-20")])
        #expect(report.warnings == ["e.md:6: warning: milestone in a cancelled session is ignored"])
    }

    @Test func milestoneNamingAnUnknownGoalKeepsTheNameWithoutArea() {
        let report = H.report([
            "a.md": H.note("2026-10-07", "milestones:\n  - { text: Ran 5k, goal: running }\n"),
        ], period: H.month("2026-10"))
        #expect(report.milestones.count == 1)
        #expect(report.milestones[0].goal == "running")
        #expect(report.milestones[0].area == nil)
        #expect(report.goals.isEmpty)
    }

    // MARK: Excerpts

    @Test func excerptsFromSectionsAndHashtagsWithoutDuplicates() {
        let report = H.report([
            "a.md": H.note("2026-10-07", "goals:\n  - { id: paced-breathing }\n", body: """
                # Paced Breathing

                Practised **twice** daily.

                ### Details

                Mostly before work. #paced-breathing

                # Other business

                Talked about the week. #Paced-Breathing

                - A list item #paced-breathing
                  continues here

                Code `#paced-breathing` and page#part are not tags.

                # Coping skills

                Area-level note.
                """),
            "b.md": H.note("2026-09-30", "goals:\n  - { id: paced-breathing, area: coping-skills, statement: Breathe }\n", body: "# Paced breathing\n\nSeptember text.\n"),
            "c.md": H.note("2026-11-01", "goals:\n  - { id: paced-breathing }\n", body: "# Paced breathing\n\nNovember text.\n"),
        ], period: H.month("2026-10"))
        let date = H.day("2026-10-07")
        let goal = report.goals[0]
        #expect(goal.excerpts == [
            // The section, with its sub-heading; the tagged paragraph inside it is not repeated.
            Excerpt(date: date, html: "<p>Practised <strong>twice</strong> daily.</p>\n<h3>Details</h3>\n<p>Mostly before work. #paced-breathing</p>\n",
                    text: "Practised twice daily.\nDetails\nMostly before work. #paced-breathing"),
            Excerpt(date: date, html: "Talked about the week. #Paced-Breathing", text: "Talked about the week. #Paced-Breathing"),
            Excerpt(date: date, html: "A list item #paced-breathing\ncontinues here", text: "A list item #paced-breathing continues here"),
        ])
        #expect(report.areas.first { $0.area == "coping-skills" }?.excerpts == [
            Excerpt(date: date, html: "Area-level note.", text: "Area-level note."),
        ])
    }

    @Test func headingsMatchIgnoringCasePunctuationAndSpacing() {
        let report = H.report([
            "a.md": H.note("2026-10-07", "goals:\n  - { id: paced-breathing, area: coping-skills, statement: Breathe }\n", body: """
                ## PACED breathing:

                One.

                ## Coping-Skills!

                Two.
                """),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].excerpts.map(\.text) == ["One."])
        #expect(report.areas[0].excerpts.map(\.text) == ["Two."])
    }

    /// Two hashtags of one paragraph naming the same goal (the id written two ways) give one excerpt.
    @Test func aParagraphNamingAGoalTwiceIsOneExcerpt() {
        let report = H.report([
            "a.md": H.note("2026-10-07", "goals:\n  - { id: paced-breathing, area: coping-skills, statement: Breathe }\n",
                           body: "Kept the log #paced-breathing (#PacedBreathing).\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].excerpts.map(\.text) == ["Kept the log #paced-breathing (#PacedBreathing)."])
    }

    @Test func emptySectionGivesNoExcerpt() {
        let report = H.report([
            "a.md": H.note("2026-10-07", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk }\n",
                           body: "## Walk\n\n## Healthy lifestyle\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].excerpts.isEmpty)
        #expect(report.areas[0].excerpts.isEmpty)
    }

    @Test func excerptsAreInDateOrderAcrossNotes() {
        let report = H.report([
            "b.md": H.note("2026-10-21", "goals:\n  - { id: walk }\n", body: "Second. #walk\n"),
            "a.md": H.note("2026-10-07", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk }\n", body: "First. #walk\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].excerpts.map(\.text) == ["First. #walk", "Second. #walk"])
        #expect(report.goals[0].excerpts.map(\.date) == [H.day("2026-10-07"), H.day("2026-10-21")])
    }

    @Test func cancelledNoteBodyGivesNoExcerpt() {
        let report = H.report([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk }\n"),
            "b.md": H.note("2026-10-08", "attendance: cancelled\n", body: "# Walk\n\nClient texted about walking. #walk\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].excerpts.isEmpty)
    }

    @Test func redactedReportHasNoExcerpts() {
        let report = H.report([
            "a.md": H.note("2026-10-07", "client-name: Jordan M.\nclinician: A. Rivera\ngoals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk }\n",
                           body: "# Walk\n\nWalked daily.\n\n# Healthy lifestyle\n\nAte well.\n"),
        ], period: H.month("2026-10"), options: H.options(redact: true))
        #expect(report.client.name == nil)
        #expect(report.clinician == nil)
        #expect(report.goals[0].excerpts.isEmpty)
        #expect(report.areas[0].excerpts.isEmpty)
        // Statements stay.
        #expect(report.goals[0].statement == "Walk")
    }

    // MARK: Goal order, ids and areas

    @Test func planGoalsComeFirstInPlanOrderThenFirstAppearance() {
        let report = H.report([
            "a.md": H.note("2026-08-01", """
                goals:
                  - { id: early, area: coping-skills, statement: Early }
                  - { id: planned-b, area: self-esteem, statement: B }
                """),
            "plan.md": """
                ---
                type: plan
                client: C-1
                start: 2026-09-01
                goals:
                  - { id: planned-a, area: relationships, statement: A }
                  - { id: planned-b, statement: B }
                ---
                """,
            "b.md": H.note("2026-10-01", "goals:\n  - { id: late, area: healthy-lifestyle, statement: Late }\n"),
            "c.md": H.note("2026-11-01", "goals:\n  - { id: after-period, area: healthy-lifestyle, statement: After }\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals.map(\.id) == ["planned-a", "planned-b", "early", "late"])
        // planned-b's area is the first given (the note of 2026-08-01).
        #expect(report.goals[1].area == "self-esteem")
    }

    @Test func aPlanGoalNeverRatedIsListedWithThePlansBaseline() {
        let report = H.report([
            "plan.md": """
                ---
                type: plan
                client: C-1
                start: 2026-09-01
                goals:
                  - { id: sleep, area: healthy-lifestyle, statement: Sleep 7 hours, baseline: 3 }
                ---
                """,
            "a.md": H.note("2026-10-01"),
        ], period: H.month("2026-10"))
        let goal = report.goals[0]
        #expect(report.goals.count == 1)
        #expect(goal.id == "sleep")
        #expect(goal.statement == "Sleep 7 hours")
        #expect(goal.area == "healthy-lifestyle")
        #expect(goal.status == .active)
        #expect(goal.baseline == 3)
        #expect(goal.start == nil)
        #expect(goal.end == nil)
        #expect(goal.change == nil)
        #expect(goal.trend == .noData)
        #expect(report.areas.map(\.area) == ["healthy-lifestyle"])
        #expect(report.areas[0].sessionsAddressed == 0)
    }

    @Test func aPlanStartingAfterThePeriodDoesNotOrderGoals() {
        let report = H.report([
            "a.md": H.note("2026-10-01", """
                goals:
                  - { id: first, area: coping-skills, statement: First }
                  - { id: second, area: coping-skills, statement: Second }
                """),
            "plan.md": """
                ---
                type: plan
                client: C-1
                start: 2026-11-01
                goals:
                  - { id: second, statement: Second }
                  - { id: planned-only, area: relationships, statement: Later }
                ---
                """,
        ], period: H.month("2026-10"))
        #expect(report.goals.map(\.id) == ["first", "second"])
    }

    @Test func goalIdsMatchCaseInsensitivelyAndKeepTheFirstSpelling() {
        let report = H.report([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: Paced-Breathing, area: coping-skills, statement: Breathe, progress: 2 }\n"),
            "b.md": H.note("2026-10-08", "goals:\n  - { id: paced-breathing, progress: 4 }\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals.count == 1)
        #expect(report.goals[0].id == "Paced-Breathing")
        #expect(report.goals[0].ratings.map(\.progress) == [2, 4])
    }

    @Test func goalAreaIsTheFirstGivenElseUnspecified() {
        let report = H.report([
            "a.md": H.note("2026-10-01", """
                goals:
                  - { id: no-area, statement: Somewhere }
                  - { id: later-area, statement: Later }
                  - { id: titled, area: Coping Skills, statement: Titled }
                """),
            "b.md": H.note("2026-10-08", """
                goals:
                  - { id: later-area, area: self-esteem }
                  - { id: titled, area: relationships }
                """),
        ], period: H.month("2026-10"))
        #expect(report.goals.map(\.area) == ["unspecified", "self-esteem", "coping-skills"])
        #expect(report.goals.map(\.areaTitle) == ["Unspecified area", "Self-esteem and self-compassion", "Coping skills"])
    }

    @Test func declaredCustomAreaTakesItsTitle() {
        let report = H.report([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: sleep, area: sleep-hygiene, statement: Sleep }\n"),
        ], period: H.month("2026-10"), options: H.options(areas: ["sleep-hygiene": "Sleep and rest"]))
        #expect(report.goals[0].area == "sleep-hygiene")
        #expect(report.goals[0].areaTitle == "Sleep and rest")
        #expect(report.areas.map(\.title) == ["Sleep and rest"])
        #expect(report.warnings.isEmpty)
    }

    @Test func undeclaredCustomAreaIsTitledFromItsTagAndWarned() {
        let report = H.report([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: sleep, area: sleep-hygiene, statement: Sleep }\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].areaTitle == "Sleep hygiene")
        #expect(report.warnings == ["a.md:5: warning: custom goal area 'sleep-hygiene' is not declared in headway.yml"])
    }
}
