import Testing
@testable import HeadwayKit

/// The index's "Needs attention" counts, per measure, the sessions `check` warns about for a
/// `measure-every:` schedule among the last 10 attended sessions of the latest episode.
@Suite("Scheduled measure gaps in the index")
struct ScheduledMeasureGapsIndexTests {
    typealias H = AggregationHarness

    static let gad = "measures: { GAD-7: 9 }"
    static let phq = "measures: { PHQ-9: 12 }"
    static let both = "measures: { PHQ-9: 12, GAD-7: 9 }"
    static let plan = "---\ntype: plan\nclient: C-1\nstart: 2026-01-01\nmeasure-every: { GAD-7: 2 }\n---\n"

    /// GAD-7 every 2 sessions: scored at 0, 3, 6, 8, 11 and 12 of 13 weekly sessions, so due and missing at
    /// 2, 5 and 10 (at 1, 4, 7 and 9 it is not due yet); the last 10 are 3 to 12, which hold 5 and 10.
    static let thirteen = [gad, "", "", gad, "", "", gad, "", gad, "", "", gad, gad]

    /// Session notes of C-1 from 2026-01-05, a week apart, each with `yaml`.
    static func texts(_ notes: [String], from first: Int = 0) -> [String: String] {
        var texts: [String: String] = [:]
        for (index, yaml) in notes.enumerated() {
            let day = H.day("2026-01-05").adding(days: 7 * (first + index))
            texts["C-1/\(day).md"] = H.note("\(day)", yaml)
        }
        return texts
    }

    /// The caseload of `texts` with the clinic's schedule `clinic`: its reasons for C-1 and its warnings.
    static func read(_ texts: [String: String], clinic: MeasureSchedule? = nil) throws -> (reasons: [CaseloadIndex.Attention], warnings: [String]) {
        var configuration = Configuration()
        configuration.measureEvery = clinic
        let caseload = H.caseload(texts, configuration: configuration)
        #expect(caseload.diagnostics.filter { $0.severity == .error }.isEmpty)
        let reports = ClientReports(client: "C-1", caseload: caseload)
        let latest = reports.report(for: try #require(reports.dates.allSessions))
        let warnings = caseload.diagnostics.filter { $0.severity == .warning }.map(\.formatted)
        return (CaseloadAttention.reasons(for: "C-1", latest: latest, in: caseload), warnings)
    }

    @Test("the plan's measure-every: 2 of the last 10 attended sessions miss GAD-7; the third gap is older and only a warning")
    func planSchedule() throws {
        var texts = Self.texts(Self.thirteen)
        texts["C-1/plan.md"] = Self.plan
        let (reasons, warnings) = try Self.read(texts)
        #expect(warnings.map { String($0.prefix(18)) } == ["C-1/2026-01-19.md:", "C-1/2026-02-09.md:", "C-1/2026-03-16.md:"])
        #expect(reasons == [.missingScheduledMeasure(instrument: "GAD-7", missing: 2, sessions: 10)])
        #expect(reasons.map(\.words) == ["GAD-7 due by measure-every and missing at 2 of the last 10 attended sessions"])
        #expect(reasons.map(\.json) == [.object([("reason", .string("missing-scheduled-measure")), ("instrument", .string("GAD-7")),
                                                 ("missing", .number(2)), ("sessions", .number(10))])])
        #expect(try PartialIndex.AttentionRecord(reasons[0]).attention() == reasons[0])
    }

    @Test("headway.yml's measure-every, for a client without a plan, gives the same reason")
    func clinicSchedule() throws {
        let clinic = MeasureSchedule(intervals: [.init(instrument: "GAD-7", sessions: 2)])
        let (reasons, warnings) = try Self.read(Self.texts(Self.thirteen), clinic: clinic)
        #expect(warnings.count == 3)
        #expect(reasons == [.missingScheduledMeasure(instrument: "GAD-7", missing: 2, sessions: 10)])
    }

    @Test("one reason per measure, in the order of its first gap, over all the sessions of a short episode")
    func perMeasure() throws {
        // Every measure at every session: GAD-7 missing on 01-12, PHQ-9 on 01-19 and 01-26.
        let (reasons, warnings) = try Self.read(Self.texts([Self.both, Self.phq, Self.gad, Self.gad]), clinic: MeasureSchedule(every: 1))
        #expect(warnings.count == 3)
        #expect(reasons == [
            .missingScheduledMeasure(instrument: "GAD-7", missing: 1, sessions: 4),
            .missingScheduledMeasure(instrument: "PHQ-9", missing: 2, sessions: 4),
        ])
        #expect(reasons.map(\.words).last == "PHQ-9 due by measure-every and missing at 2 of the last 4 attended sessions")
    }

    @Test("no gap, or gaps only in an earlier episode or before the last 10 sessions: no reason")
    func noReason() throws {
        var scored = Self.texts(Array(repeating: Self.gad, count: 4))
        scored["C-1/plan.md"] = Self.plan
        #expect(try Self.read(scored) == ([], []))
        // Gaps at 2 only (0, 3 and every session after it scored): 13 sessions, the last 10 start at 3.
        var old = Self.texts([Self.gad, "", ""] + Array(repeating: Self.gad, count: 10))
        old["C-1/plan.md"] = Self.plan
        let (reasons, warnings) = try Self.read(old)
        #expect(warnings.count == 1)
        #expect(reasons.isEmpty)
        // headway.yml's GAD-7 every 2: a gap on 01-19 in episode 1, discharged on 01-20; episode 2 scored as due.
        var episodes = Self.texts([Self.gad, "", ""])
        episodes.merge(Self.texts([Self.gad, "", Self.gad], from: 4)) { first, _ in first }
        episodes["C-1/end.md"] = "---\ntype: discharge\nclient: C-1\ndate: 2026-01-20\nreason: completed\n---\n"
        let second = try Self.read(episodes, clinic: MeasureSchedule(intervals: [.init(instrument: "GAD-7", sessions: 2)]))
        #expect(second.warnings.filter { $0.contains("attended session without GAD-7") }.map { String($0.prefix(18)) } == ["C-1/2026-01-19.md:"])
        #expect(second.reasons.isEmpty)
    }
}
