import Testing
@testable import HeadwayKit

/// A finished episode whose last attended session lacks a score that was taken earlier in it: a warning
/// at that note's `date` line, dated on the discharge.
@Suite("Measurement gaps at the end of an episode")
struct MeasurementGapsTests {
    typealias H = AggregationHarness
    typealias P = PairedOutcomesTests

    static func warnings(_ texts: [String: String]) -> [String] {
        H.caseload(texts).diagnostics.filter { $0.severity == .warning }.map(\.formatted)
    }

    /// The episode's one warning about PHQ-9 missing at `count` of `total` sessions (no schedule), the last on `date`.
    static func unscheduled(_ path: String, _ count: Int, of total: Int, _ dates: String) -> String {
        "\(path): warning: \(count) of \(total) attended sessions of episode 1 \(count == 1 ? "has" : "have") no PHQ-9 score (\(dates)): "
            + "add PHQ-9 to \(count == 1 ? "that session" : "those sessions"), or set 'measure-every' in the plan or headway.yml to say how often it is taken"
    }

    @Test("a last session without the PHQ-9 scored before it is a warning at its date line")
    func missingPHQ9() {
        let texts = P.texts([(16, 12), (12, 9), (nil, 7)])
        #expect(Self.warnings(texts) == [
            Self.unscheduled("C-1/2.md:3", 1, of: 3, "2026-03-16"),
            "C-1/2.md:3: warning: the last attended session of episode 1 (discharged on 2026-03-31) has no PHQ-9 score: "
                + "the episode's paired outcomes end at an earlier score, not at the end of treatment",
        ])
    }

    @Test("both measures missing are named together")
    func bothMissing() {
        let warnings = Self.warnings(P.texts([(16, 12), (12, 9), (nil, nil)]))
        #expect(warnings.count == 2)
        #expect(warnings.first == Self.unscheduled("C-1/2.md:3", 1, of: 3, "2026-03-16"))
        #expect(warnings.last?.contains("has no PHQ-9 or GAD-7 score") == true)
    }

    @Test("a measure never scored in the episode, an open episode or a single attended session is no gap")
    func noGap() {
        #expect(Self.warnings(P.texts([(16, nil), (12, nil)])).isEmpty)  // GAD-7 never taken: not asked for
        var open = P.texts([(16, 12), (nil, nil)])
        open["C-1/end.md"] = nil
        #expect(Self.warnings(open) == [Self.unscheduled("C-1/1.md:3", 1, of: 2, "2026-03-09")])  // PHQ-9 missing, but no end gap
        var single = P.texts([(16, 12)])
        single["C-1/x.md"] = H.note("2026-03-20", "attendance: no-show")
        #expect(Self.warnings(single).isEmpty)
    }

    @Test("a non-attended last note does not count: the last attended one is checked")
    func lastAttended() {
        var texts = P.texts([(16, 12), (10, 7)])
        texts["C-1/x.md"] = H.note("2026-03-27", "attendance: no-show")
        #expect(Self.warnings(texts).isEmpty)
    }

    @Test("the warning is in reports from the discharge on, not before it")
    func dated() {
        let texts = P.texts([(16, 12), (12, 9), (nil, 7)])
        let before = H.report(texts, period: Period.range(from: H.day("2026-03-01"), to: H.day("2026-03-20")))
        #expect(before.warnings == [Self.unscheduled("C-1/2.md:3", 1, of: 3, "2026-03-16")])
        let after = H.report(texts, period: H.month("2026-03"))
        #expect(after.warnings.count == 2)
    }
}

extension MeasurementGapsTests {
    static func attention(_ texts: [String: String]) throws -> [CaseloadIndex.Attention] {
        let caseload = H.caseload(texts)
        let reports = ClientReports(client: "C-1", caseload: caseload)
        return CaseloadAttention.reasons(for: "C-1", latest: reports.report(for: try #require(reports.dates.allSessions)), in: caseload)
    }

    @Test("the index lists a client whose latest episode ended unscored, and not once a new episode starts")
    func indexReason() throws {
        var texts = P.texts([(16, 12), (12, 9), (nil, 7)])
        let reasons = try Self.attention(texts)
        #expect(reasons == [.unscoredEpisodeEnd(H.day("2026-03-31")), .missingPHQ9(missing: 1, sessions: 3)])
        #expect(reasons.map(\.words) == ["last session before the discharge of 2026-03-31 not scored", "PHQ-9 missing at 1 of the last 3 attended sessions"])
        #expect(reasons.first?.json == .object([("reason", .string("unscored-episode-end")), ("discharged", .string("2026-03-31"))]))
        let record = PartialIndex.AttentionRecord(reasons[0])
        #expect(try record.attention() == reasons[0])
        texts["C-1/new.md"] = H.note("2026-05-04", "measures: { PHQ-9: 8 }")
        #expect(try Self.attention(texts).isEmpty)
        #expect(try Self.attention(P.texts([(16, 12), (12, 9), (10, 7)])).isEmpty)
    }
}
