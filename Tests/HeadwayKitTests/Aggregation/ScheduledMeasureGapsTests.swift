import Testing
@testable import HeadwayKit

/// An attended session without a measure the plan's `measure-every:` asks for is a warning at its date line.
@Suite("Measures the plan's schedule asks for")
struct ScheduledMeasureGapsTests {
    typealias H = AggregationHarness

    static func warnings(_ schedule: String?, _ notes: [String], clinic: MeasureSchedule? = nil) -> [String] {
        var texts: [String: String] = [:]
        if let schedule { texts["C-1/plan.md"] = "---\ntype: plan\nclient: C-1\nstart: 2026-03-01\nmeasure-every: \(schedule)\n---\n" }
        for (index, yaml) in notes.enumerated() {
            texts["C-1/\(index).md"] = H.note("2026-03-\(String(format: "%02d", 2 + index))", yaml)
        }
        var configuration = Configuration()
        configuration.measureEvery = clinic
        return H.caseload(texts, configuration: configuration).diagnostics.filter { $0.severity == .warning }.map(\.formatted)
    }

    @Test("GAD-7 every 3 sessions: due again at the third session after a score, and a warning when it is missing")
    func everyThree() {
        let scored = "measures: { PHQ-9: 12, GAD-7: 9 }"
        let phq = "measures: { PHQ-9: 11 }"
        #expect(Self.warnings("{ PHQ-9: 1, GAD-7: 3 }", [scored, phq, phq, scored]).isEmpty)
        #expect(Self.warnings("{ PHQ-9: 1, GAD-7: 3 }", [scored, phq, phq, phq]) == [
            "C-1/3.md:3: warning: attended session without GAD-7, which the plan's 'measure-every' asks for every 3 sessions (last scored on 2026-03-02)",
        ])
    }

    @Test("PHQ-9 at every session; a cancelled session asks for nothing")
    func everySession() {
        let warnings = Self.warnings("1", ["measures: { PHQ-9: 12 }", "attendance: cancelled", "goals: []"])
        #expect(warnings == [
            "C-1/2.md:3: warning: attended session without PHQ-9, which the plan's 'measure-every' asks for at every session (last scored on 2026-03-02)",
        ])
    }

    @Test("headway.yml's measure-every applies to a client whose plan has none (or who has no plan), as for headway new")
    func clinicSchedule() {
        let clinic = MeasureSchedule(intervals: [.init(instrument: "GAD-7", sessions: 2)])
        let notes = ["measures: { GAD-7: 9 }", "goals: []", "goals: []"]
        let expected = "C-1/2.md:3: warning: attended session without GAD-7, which headway.yml's 'measure-every' asks for every 2 sessions (last scored on 2026-03-02)"
        #expect(Self.warnings(nil, notes, clinic: clinic) == [expected])
        let both = ["measures: { PHQ-9: 12, GAD-7: 9 }", "measures: { PHQ-9: 11 }", "measures: { PHQ-9: 10 }"]
        #expect(Self.warnings("{ PHQ-9: 4 }", both, clinic: clinic) == [expected])  // the plan names only PHQ-9: GAD-7 is the clinic's
        #expect(Self.warnings(nil, ["goals: []", "measures: { GAD-7: 9 }"], clinic: clinic) == [   // never scored: due at once
            "C-1/0.md:3: warning: attended session without GAD-7, which headway.yml's 'measure-every' asks for every 2 sessions (not yet scored in this episode)",
        ])
    }

    @Test("the plan's measure-every wins over headway.yml's: per instrument, and as a whole with its single number")
    func planWins() {
        let clinic = MeasureSchedule(every: 1)
        let notes = ["measures: { PHQ-9: 12, GAD-7: 9 }", "measures: { PHQ-9: 11 }", "measures: { PHQ-9: 10 }"]
        #expect(Self.warnings("{ GAD-7: 3 }", notes, clinic: clinic).isEmpty)
        #expect(Self.warnings("3", notes, clinic: clinic).isEmpty)
        #expect(Self.warnings(nil, notes, clinic: clinic) == [
            "C-1/1.md:3: warning: attended session without GAD-7, which headway.yml's 'measure-every' asks for at every session (last scored on 2026-03-02)",
            "C-1/2.md:3: warning: attended session without GAD-7, which headway.yml's 'measure-every' asks for at every session (last scored on 2026-03-02)",
        ])
        // headway new agrees: the plan's number for GAD-7, else the clinic's.
        #expect(MeasureSchedule.sessions(for: "GAD-7", plan: MeasureSchedule(intervals: [.init(instrument: "GAD-7", sessions: 3)]), clinic: clinic) == 3)
        #expect(MeasureSchedule.sessions(for: "PHQ-9", plan: MeasureSchedule(intervals: [.init(instrument: "GAD-7", sessions: 3)]), clinic: clinic) == 1)
    }

    @Test("without measure-every in the plan or headway.yml, no session is warned about: PHQ-9's gaps are one warning for the episode")
    func noSchedule() {
        #expect(Self.warnings(nil, ["measures: { PHQ-9: 12 }", "goals: []", "goals: []"]) == [
            "C-1/2.md:3: warning: 2 of 3 attended sessions of episode 1 have no PHQ-9 score (2026-03-03, 2026-03-04): add PHQ-9 to those sessions, "
                + "or set 'measure-every' in the plan or headway.yml to say how often it is taken",
        ])
    }
}
