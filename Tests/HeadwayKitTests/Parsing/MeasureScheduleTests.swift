import Testing
@testable import HeadwayKit

/// `measure-every:` in a plan and in `headway.yml`: its two shapes, its errors, and which one applies.
@Suite("measure-every")
struct MeasureScheduleTests {
    private func plan(_ schedule: String) -> ParsedFile {
        let text = "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\nmeasure-every: \(schedule)\n---\n"
        return NoteParser().parse(path: "C-1/plan.md", bytes: Array(text.utf8))
    }

    @Test("one number is every instrument's interval; a mapping sets each, in known instruments' own spelling")
    func shapes() throws {
        #expect(try #require(plan("3").decodedPlan).measureEvery == MeasureSchedule(every: 3))
        let parsed = plan("{ phq9: 1, GAD-7: 4, WSAS: 2 }")
        #expect(parsed.messages == [])
        let schedule = try #require(parsed.decodedPlan?.measureEvery)
        #expect(schedule.intervals.map { $0.instrument } == ["PHQ-9", "GAD-7", "WSAS"])
        #expect(schedule.sessions(for: "gad-7") == 4)
        #expect(schedule.sessions(for: "Other") == nil)
    }

    @Test("a bad value drops only that value, with its line; the plan is kept")
    func errors() throws {
        let zero = plan("0")
        #expect(zero.messages == ["C-1/plan.md:5: error: 'measure-every' must be between 1 and 52, got 0: this value is left out"])
        #expect(try #require(zero.decodedPlan).measureEvery == nil)
        let entry = plan("{ PHQ-9: 2, GAD-7: often }")
        #expect(entry.messages.count == 1)
        #expect(entry.messages.first?.hasPrefix("C-1/plan.md:5: error: 'measure-every.GAD-7' must be a whole number") == true)
        #expect(try #require(entry.decodedPlan).measureEvery?.intervals == [.init(instrument: "PHQ-9", sessions: 2)])
        let list = plan("[PHQ-9]")
        #expect(list.messages.first?.contains("'measure-every' must be a number of sessions or a mapping") == true)
        #expect(list.decodedPlan != nil)
    }

    @Test("in headway.yml it may name a declared instrument; a bad value makes the configuration unusable")
    func configuration() throws {
        let text = "instruments:\n  ORS: { range: [0, 40], direction: higher-is-better }\nmeasure-every: { ors: 2 }\n"
        let configuration = try ConfigurationParser.parse(text, path: "headway.yml").get()
        #expect(configuration.measureEvery?.intervals == [.init(instrument: "ORS", sessions: 2)])
        guard case .failure(let list) = ConfigurationParser.parse("measure-every: 60\n", path: "headway.yml") else {
            Issue.record("an interval over 52 sessions was accepted")
            return
        }
        #expect(list.diagnostics.map(\.formatted) == ["headway.yml:1: error: 'measure-every' must be between 1 and 52, got 60"])
    }

    @Test("the plan's interval for an instrument wins, then the plan's number, then the clinic's, then every session")
    func precedence() {
        let plan = MeasureSchedule(every: 3, intervals: [.init(instrument: "GAD-7", sessions: 4)])
        let clinic = MeasureSchedule(every: 6, intervals: [.init(instrument: "WSAS", sessions: 5)])
        #expect(MeasureSchedule.sessions(for: "GAD-7", plan: plan, clinic: clinic) == 4)
        #expect(MeasureSchedule.sessions(for: "WSAS", plan: plan, clinic: clinic) == 3)
        #expect(MeasureSchedule.sessions(for: "WSAS", plan: nil, clinic: clinic) == 5)
        #expect(MeasureSchedule.sessions(for: "PHQ-9", plan: nil, clinic: clinic) == 6)
        #expect(MeasureSchedule.sessions(for: "PHQ-9", plan: nil, clinic: nil) == 1)
    }
}

private extension ParsedFile {
    var decodedPlan: TreatmentPlan? {
        if case .plan(let plan) = content { return plan }
        return nil
    }

    var messages: [String] { diagnostics.sorted().map(\.formatted) }
}
