import Testing
@testable import HeadwayKit

/// Without any `measure-every:` (plan or headway.yml), PHQ-9 is expected at every attended session, and an
/// episode's missing ones are one warning at the latest of them, counting and dating them.
@Suite("PHQ-9 without a schedule")
struct UnscheduledPHQ9GapsTests {
    typealias H = AggregationHarness

    /// Session notes of C-1 from 2026-01-05, a week apart, each with `yaml`.
    static func texts(_ notes: [String], from first: Int = 0) -> [String: String] {
        var texts: [String: String] = [:]
        for (index, yaml) in notes.enumerated() {
            let day = Day(iso: "2026-01-05")!.adding(days: 7 * (first + index))
            texts["C-1/\(day).md"] = H.note("\(day)", yaml)
        }
        return texts
    }

    static func warnings(_ texts: [String: String], configuration: Configuration = Configuration()) -> [String] {
        H.caseload(texts, configuration: configuration).diagnostics.filter { $0.severity == .warning }.map(\.formatted)
    }

    static let scored = "measures: { PHQ-9: 12 }"
    static let other = "measures: { GAD-7: 9 }"
    static let both = "measures: { PHQ-9: 12, GAD-7: 9 }"
    static let discharge = "---\ntype: discharge\nclient: C-1\ndate: 2026-02-01\nreason: completed\n---\n"

    @Test("PHQ-9 at every attended session: no warning (a cancelled session needs none)")
    func everySession() {
        #expect(Self.warnings(Self.texts([Self.scored, "attendance: cancelled", Self.scored])).isEmpty)
    }

    @Test("PHQ-9 at some sessions: one warning at the latest without it, with the count and the dates")
    func someSessions() {
        let texts = Self.texts([Self.scored, Self.other, Self.scored, "", "attendance: no-show", Self.scored, Self.other])
        #expect(Self.warnings(texts) == [
            "C-1/2026-02-16.md:3: warning: 3 of 6 attended sessions of episode 1 have no PHQ-9 score (2026-01-12, 2026-01-26, 2026-02-16): "
                + "add PHQ-9 to those sessions, or set 'measure-every' in the plan or headway.yml to say how often it is taken",
        ])
    }

    @Test("PHQ-9 never scored in the episode is not followed (headway new does not ask for it), unless the plan's measures name it")
    func neverScored() {
        var texts = Self.texts([Self.other, ""])
        #expect(Self.warnings(texts).isEmpty)
        texts["C-1/plan.md"] = "---\ntype: plan\nclient: C-1\nstart: 2026-01-01\nmeasures:\n  PHQ-9: { baseline: 15, target: 5 }\n---\n"
        #expect(Self.warnings(texts) == [
            "C-1/2026-01-12.md:3: warning: 2 of 2 attended sessions of episode 1 have no PHQ-9 score (2026-01-05, 2026-01-12): "
                + "add PHQ-9 to those sessions, or set 'measure-every' in the plan or headway.yml to say how often it is taken",
        ])
    }

    @Test("two episodes are counted apart, each warned at its own latest gap")
    func twoEpisodes() {
        var texts = Self.texts([Self.scored, "", Self.scored, Self.scored])  // to 2026-01-26, discharged 02-01
        texts.merge(Self.texts([Self.other, Self.scored, Self.other], from: 6)) { first, _ in first }  // from 2026-02-16
        texts["C-1/end.md"] = Self.discharge
        #expect(Self.warnings(texts) == [
            "C-1/2026-01-12.md:3: warning: 1 of 4 attended sessions of episode 1 has no PHQ-9 score (2026-01-12): "
                + "add PHQ-9 to that session, or set 'measure-every' in the plan or headway.yml to say how often it is taken",
            "C-1/2026-03-02.md:3: warning: 2 of 3 attended sessions of episode 2 have no PHQ-9 score (2026-02-16, 2026-03-02): "
                + "add PHQ-9 to those sessions, or set 'measure-every' in the plan or headway.yml to say how often it is taken",
        ])
    }

    @Test("a plan's measure-every, or headway.yml's, replaces the expectation: only the sessions no schedule covers count")
    func scheduleReplacesIt() {
        var texts = Self.texts([Self.other, Self.other, Self.both, Self.other])
        texts["C-1/plan.md"] = "---\ntype: plan\nclient: C-1\nstart: 2026-01-19\nmeasure-every: { GAD-7: 1 }\n---\n"
        #expect(Self.warnings(texts) == [   // the two sessions before the plan
            "C-1/2026-01-12.md:3: warning: 2 of 2 attended sessions of episode 1 have no PHQ-9 score (2026-01-05, 2026-01-12): "
                + "add PHQ-9 to those sessions, or set 'measure-every' in the plan or headway.yml to say how often it is taken",
        ])
        var clinic = Configuration()
        clinic.measureEvery = MeasureSchedule(intervals: [.init(instrument: "GAD-7", sessions: 1)])
        #expect(Self.warnings(Self.texts([Self.both, Self.other]), configuration: clinic).isEmpty)
    }

    @Test("the warning is at the latest gap, in a report whose period holds every session it counts, not in one ending before")
    func dated() {
        let texts = Self.texts([Self.scored, Self.other, Self.scored, Self.other, Self.scored])  // gaps on 01-12 and 01-26; last on 02-02
        #expect(H.report(texts, period: H.month("2026-01")).warnings.isEmpty)  // February's session is counted: not yet shown
        let february = H.report(texts, period: H.month("2026-02"))
        #expect(february.warnings.count == 1)
        #expect(february.warnings.first?.hasPrefix("C-1/2026-01-26.md:3: warning: 2 of 5 attended sessions of episode 1 have no PHQ-9 score") == true)
    }

    @Test("the index lists PHQ-9 missing at recent sessions of the latest episode: at most the last 10")
    func indexReason() throws {
        let notes = [Self.other, Self.other] + Array(repeating: Self.scored, count: 7) + [Self.other, Self.other, Self.scored]
        let caseload = H.caseload(Self.texts(notes))
        let reports = ClientReports(client: "C-1", caseload: caseload)
        let reasons = CaseloadAttention.reasons(for: "C-1", latest: reports.report(for: try #require(reports.dates.allSessions)), in: caseload)
        #expect(reasons == [.missingPHQ9(missing: 2, sessions: 10)])  // 2 of the last 10 of 12
        #expect(reasons.map(\.words) == ["PHQ-9 missing at 2 of the last 10 attended sessions"])
        #expect(reasons.map(\.json) == [.object([("reason", .string("missing-phq9")), ("missing", .number(2)), ("sessions", .number(10))])])
        #expect(try PartialIndex.AttentionRecord(reasons[0]).attention() == reasons[0])
        let scoredOnly = H.caseload(Self.texts([Self.scored, Self.scored]))
        let latest = ClientReports(client: "C-1", caseload: scoredOnly).report(for: H.month("2026-01"))
        #expect(CaseloadAttention.reasons(for: "C-1", latest: latest, in: scoredOnly).isEmpty)
    }
}
