import Testing
@testable import HeadwayKit

/// An attended session without a measure the plan's `measure-every:` asks for is a warning at its date line.
@Suite("Measures the plan's schedule asks for")
struct ScheduledMeasureGapsTests {
    typealias H = AggregationHarness

    static func warnings(_ schedule: String?, _ notes: [String]) -> [String] {
        var texts: [String: String] = [:]
        if let schedule { texts["C-1/plan.md"] = "---\ntype: plan\nclient: C-1\nstart: 2026-03-01\nmeasure-every: \(schedule)\n---\n" }
        for (index, yaml) in notes.enumerated() {
            texts["C-1/\(index).md"] = H.note("2026-03-\(String(format: "%02d", 2 + index))", yaml)
        }
        return H.caseload(texts).diagnostics.filter { $0.severity == .warning }.map(\.formatted)
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

    @Test("without measure-every in the plan, nothing is asked for")
    func noSchedule() {
        #expect(Self.warnings(nil, ["measures: { PHQ-9: 12 }", "goals: []", "goals: []"]).isEmpty)
    }
}
