import Testing
@testable import HeadwayKit

/// Paired outcomes of a finished episode (docs/report-model.md, "Episode outcomes"), hand-computed at
/// and around each threshold: PHQ-9 caseness 10 and reliable change 6, GAD-7 caseness 8 and reliable change 4.
@Suite("Paired outcomes per finished episode")
struct PairedOutcomesTests {
    typealias H = AggregationHarness

    static let discharge = "---\ntype: discharge\nclient: C-1\ndate: 2026-03-31\nreason: completed\n---\n"

    /// An episode discharged on 2026-03-31 with one attended session per score pair in `scores`
    /// (PHQ-9, GAD-7; nil leaves the measure out of that note), weekly from 2026-03-02.
    static func texts(_ scores: [(Int?, Int?)], plan: String? = nil) -> [String: String] {
        var texts = ["C-1/end.md": discharge]
        for (index, (phq9, gad7)) in scores.enumerated() {
            let entries = [phq9.map { "PHQ-9: \($0)" }, gad7.map { "GAD-7: \($0)" }].compactMap { $0 }
            let yaml = entries.isEmpty ? "" : "measures: { \(entries.joined(separator: ", ")) }"
            texts["C-1/\(index).md"] = H.note("2026-03-\(String(format: "%02d", 2 + 7 * index))", yaml)
        }
        if let plan { texts["C-1/plan.md"] = "---\ntype: plan\nclient: C-1\nstart: 2026-03-01\n\(plan)\n---\n" }
        return texts
    }

    static func outcomes(_ scores: [(Int?, Int?)], plan: String? = nil, configuration: Configuration = Configuration(),
                         sourceLocation: SourceLocation = #_sourceLocation) throws -> EpisodeOutcomes {
        let report = H.report(texts(scores, plan: plan), period: H.month("2026-03"),
                              options: ReportOptions(configuration: configuration), sourceLocation: sourceLocation)
        return try #require(report.episode?.outcomes, sourceLocation: sourceLocation)
    }

    @Test("PHQ-9 16 → 10 (a change of exactly 6) and GAD-7 12 → 7: reliable improvement, not recovered (PHQ-9 10 is still a case)")
    func exactlySix() throws {
        let outcomes = try Self.outcomes([(16, 12), (13, 9), (10, 7)])
        #expect(outcomes.attendedSessions == 3)
        #expect(outcomes.measures == [
            EpisodeOutcomes.Pair(instrument: "PHQ-9", first: 16, last: 10, firstDate: H.day("2026-03-02"), lastDate: H.day("2026-03-16")),
            EpisodeOutcomes.Pair(instrument: "GAD-7", first: 12, last: 7, firstDate: H.day("2026-03-02"), lastDate: H.day("2026-03-16")),
        ])
        #expect(outcomes.caseAtStart == true)
        #expect(outcomes.recovered == false)  // PHQ-9 10 is still a case
        #expect(outcomes.reliableImprovement == true)  // PHQ-9 −6 and GAD-7 −5, both reliable
        #expect(outcomes.reliableDeterioration == false)
        #expect(outcomes.reliableRecovery == false)
        #expect(outcomes.sessionsToReliableImprovement == 3)  // at session 2 PHQ-9 and GAD-7 had each changed by 3 only
    }

    @Test("PHQ-9 15 → 9 (exactly 6) with GAD-7 below caseness throughout: reliable recovery")
    func reliableRecovery() throws {
        let outcomes = try Self.outcomes([(15, 6), (12, 5), (9, 4)])
        #expect(outcomes.caseAtStart == true)
        #expect(outcomes.recovered == true)
        #expect(outcomes.reliableImprovement == true)
        #expect(outcomes.reliableRecovery == true)
        #expect(outcomes.sessionsToReliableImprovement == 3)
        #expect(outcomes.basis == "PHQ-9 and GAD-7")
    }

    @Test("PHQ-9 15 → 10 (a change of 5) with GAD-7 unchanged: no reliable change either way")
    func changeOfFive() throws {
        let outcomes = try Self.outcomes([(15, 6), (10, 6)])
        #expect(outcomes.reliableImprovement == false)
        #expect(outcomes.reliableDeterioration == false)
        #expect(outcomes.recovered == false)
        #expect(outcomes.sessionsToReliableImprovement == nil)
    }

    @Test("GAD-7 exactly 8 at the start is a case; 7 is not")
    func gadCaseness() throws {
        let eight = try Self.outcomes([(4, 8), (3, 4)])
        #expect(eight.caseAtStart == true)
        #expect(eight.recovered == true)  // PHQ-9 3 and GAD-7 4 both below caseness
        #expect(eight.reliableImprovement == true)  // GAD-7 −4, exactly its reliable change
        #expect(eight.reliableRecovery == true)
        let seven = try Self.outcomes([(4, 7), (3, 3)])
        #expect(seven.caseAtStart == false)
        #expect(seven.recovered == false)  // not a case at the start: nothing to recover from
        #expect(seven.reliableImprovement == true)
        #expect(seven.reliableRecovery == false)
    }

    @Test("PHQ-9 exactly 10 at the start is a case; 9 with GAD-7 7 is not")
    func phqCaseness() throws {
        #expect(try Self.outcomes([(10, 2), (4, 2)]).caseAtStart == true)
        #expect(try Self.outcomes([(9, 7), (4, 2)]).caseAtStart == false)
    }

    @Test("PHQ-9 improves by 6 while GAD-7 deteriorates by 4: neither reliable improvement nor deterioration")
    func mixed() throws {
        let outcomes = try Self.outcomes([(18, 6), (12, 10)])
        #expect(outcomes.reliableImprovement == false)
        #expect(outcomes.reliableDeterioration == false)
        #expect(outcomes.reliableRecovery == false)
    }

    @Test("GAD-7 deteriorates by exactly 4 and PHQ-9 by 5: reliable deterioration")
    func deterioration() throws {
        let outcomes = try Self.outcomes([(8, 6), (13, 10)])
        #expect(outcomes.reliableDeterioration == true)
        #expect(outcomes.reliableImprovement == false)
        #expect(outcomes.caseAtStart == false)
    }

    @Test("with GAD-7 never scored, the definitions use PHQ-9 only, and say so")
    func oneMeasureMissing() throws {
        let outcomes = try Self.outcomes([(14, nil), (11, nil), (8, nil)])
        #expect(outcomes.measuresUsed == ["PHQ-9"])
        #expect(outcomes.basis == "PHQ-9 only")
        #expect(outcomes.caseAtStart == true)
        #expect(outcomes.recovered == true)
        #expect(outcomes.reliableImprovement == true)
        #expect(outcomes.sessionsToReliableImprovement == 3)
    }

    @Test("a measure scored once in the episode cannot pair: it counts as missing")
    func scoredOnce() throws {
        let outcomes = try Self.outcomes([(14, 15), (8, nil)])
        #expect(outcomes.measuresUsed == ["PHQ-9"])  // GAD-7 15 at the start alone is no pair
        #expect(outcomes.caseAtStart == true)
        // GAD-7 was a case at its only score: with no end score, recovery cannot be told (PHQ-9 alone does not say it).
        #expect(outcomes.recovered == nil)
        #expect(outcomes.reliableRecovery == nil)
    }

    @Test("PHQ-9 8 → 4 with GAD-7 12 only at the last session: it says nothing of the start, PHQ-9 alone decides: no case")
    func loneScoreAtTheEnd() throws {
        let outcomes = try Self.outcomes([(8, nil), (6, nil), (4, 12)])
        #expect(outcomes.basis == "PHQ-9 only")
        #expect(outcomes.caseAtStart == false)  // PHQ-9 8 is below 10; GAD-7 12 was taken on 2026-03-16, after PHQ-9's first score
        #expect(outcomes.recovered == false)  // not a case at the start, so not recovered (and not "not known")
        #expect(outcomes.reliableRecovery == false)
        #expect(outcomes.reliableImprovement == false)  // PHQ-9 −4, less than 6
    }

    @Test("PHQ-9 8 → 4 with GAD-7 12 only at the first session (the day of PHQ-9's first score): a case, recovery not known")
    func loneScoreAtTheStart() throws {
        let outcomes = try Self.outcomes([(8, 12), (6, nil), (4, nil)])
        #expect(outcomes.basis == "PHQ-9 only")
        #expect(outcomes.caseAtStart == true)  // GAD-7 12 ≥ 8 on 2026-03-02, with PHQ-9's first score
        #expect(outcomes.recovered == nil)  // GAD-7 has no end score
        #expect(outcomes.reliableRecovery == nil)
        #expect(outcomes.reliableImprovement == false)
    }

    @Test("no measure with two scores: the episode's outcomes have no figures")
    func noPair() throws {
        let outcomes = try Self.outcomes([(14, nil), (nil, nil)])
        #expect(outcomes.measures.isEmpty)
        #expect(outcomes.basis == "no paired measure")
        #expect(outcomes.caseAtStart == nil && outcomes.recovered == nil && outcomes.reliableImprovement == nil)
        #expect(outcomes.reliableDeterioration == nil && outcomes.reliableRecovery == nil)
    }
}

extension PairedOutcomesTests {
    @Test("a discharge with one attended session has no outcomes; nor has an open episode")
    func tooFewSessions() {
        var texts = Self.texts([(16, 12)])
        texts["C-1/x.md"] = H.note("2026-03-20", "attendance: no-show")
        let report = H.report(texts, period: H.month("2026-03"))
        #expect(report.episode?.discharge != nil)
        #expect(report.episode?.outcomes == nil)
        var open = Self.texts([(16, 12), (8, 4)])
        open["C-1/end.md"] = nil
        #expect(H.report(open, period: H.month("2026-03")).episode?.outcomes == nil)
    }

    @Test("a report ending before the discharge has no outcomes yet")
    func beforeTheDischarge() {
        let texts = Self.texts([(16, 12), (8, 4)])
        let report = H.report(texts, period: Period.range(from: H.day("2026-03-01"), to: H.day("2026-03-20")))
        #expect(report.episode?.outcomes == nil)
    }

    @Test("the second episode after a discharge pairs its own scores only, not episode 1's")
    func secondEpisode() throws {
        var texts = Self.texts([(20, 15), (14, 12)])
        texts["C-1/f.md"] = H.note("2026-05-04", "measures: { PHQ-9: 12, GAD-7: 9 }")
        texts["C-1/g.md"] = H.note("2026-05-11", "measures: { PHQ-9: 6, GAD-7: 5 }")
        texts["C-1/end2.md"] = "---\ntype: discharge\nclient: C-1\ndate: 2026-05-29\nreason: dropped-out\n---\n"
        let first = try #require(H.report(texts, period: H.month("2026-03")).episode?.outcomes)
        #expect(first.measures.map(\.first) == [20, 15] && first.measures.map(\.last) == [14, 12])
        #expect(first.reliableImprovement == true && first.recovered == false)
        let report = H.report(texts, period: H.month("2026-05"))
        #expect(report.episode?.number == 2)
        let second = try #require(report.episode?.outcomes)
        #expect(second.attendedSessions == 2)
        #expect(second.measures.map(\.first) == [12, 9] && second.measures.map(\.last) == [6, 5])
        #expect(second.reliableImprovement == true && second.recovered == true && second.reliableRecovery == true)
        #expect(second.sessionsToReliableImprovement == 2)
    }
}

extension PairedOutcomesTests {
    /// HADS-A as a declared instrument: caseness 11, reliable change 5.
    static var hads: Configuration {
        var configuration = Configuration()
        configuration.instruments = [
            Instrument(name: "HADS-A", minimum: 0, maximum: 21, integerScores: true, bands: [], reliableChange: 5, caseness: 11,
                       remission: nil, lowerIsBetter: true),
            Instrument(name: "SUDS", minimum: 0, maximum: 100, integerScores: true, bands: [], reliableChange: nil, caseness: nil,
                       remission: nil, lowerIsBetter: true),
        ]
        return configuration
    }

    @Test("a declared anxiety measure replaces GAD-7: its own caseness and reliable change apply")
    func declaredAnxietyMeasure() throws {
        var texts = Self.texts([(6, 9), (5, 3)], plan: "anxiety-measure: hads a")
        texts["C-1/0.md"] = H.note("2026-03-02", "measures: { PHQ-9: 6, GAD-7: 9, HADS-A: 11 }")
        texts["C-1/1.md"] = H.note("2026-03-09", "measures: { PHQ-9: 5, GAD-7: 3, HADS-A: 7 }")
        let report = H.report(texts, period: H.month("2026-03"), options: ReportOptions(configuration: Self.hads))
        let outcomes = try #require(report.episode?.outcomes)
        #expect(outcomes.anxietyMeasure == "HADS-A")
        #expect(outcomes.measuresUsed == ["PHQ-9", "HADS-A"])  // GAD-7, though scored, is not the anxiety measure
        #expect(outcomes.caseAtStart == true)  // HADS-A 11 is at its caseness; GAD-7 9 does not count
        #expect(outcomes.recovered == true)
        #expect(outcomes.reliableImprovement == false)  // HADS-A −4 is below its reliable change of 5
        #expect(outcomes.reliableRecovery == false)
    }

    @Test("an anxiety measure that is unknown, PHQ-9, or lacks caseness or reliable change is an error at its line; GAD-7 is used",
          arguments: ["Beck", "phq9", "SUDS"])
    func badAnxietyMeasure(_ name: String) throws {
        let texts = Self.texts([(16, 12), (8, 4)], plan: "anxiety-measure: \(name)")
        let caseload = H.caseload(texts, configuration: Self.hads)
        let errors = caseload.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.path == "C-1/plan.md" && errors.first?.line == 5, "\(errors.map(\.formatted))")
        #expect(errors.first?.formatted.contains("'anxiety-measure' is left out (GAD-7 is used)") == true, "\(errors.map(\.formatted))")
        let report = H.report(texts, period: H.month("2026-03"), options: ReportOptions(configuration: Self.hads), allowErrors: true)
        #expect(report.episode?.outcomes?.measuresUsed == ["PHQ-9", "GAD-7"])
    }
}

extension PairedOutcomesTests {
    @Test("episode.outcomes in the JSON: the worked example of docs/report-model.md")
    func json() throws {
        let outcomes = try Self.outcomes([(16, 12), (14, 10), (9, 8), (9, 6)])
        #expect(outcomes.json.serialized() == """
            {
              "attendedSessions": 4,
              "anxietyMeasure": "GAD-7",
              "measures": [
                {
                  "instrument": "PHQ-9",
                  "first": 16,
                  "last": 9,
                  "firstDate": "2026-03-02",
                  "lastDate": "2026-03-23"
                },
                {
                  "instrument": "GAD-7",
                  "first": 12,
                  "last": 6,
                  "firstDate": "2026-03-02",
                  "lastDate": "2026-03-23"
                }
              ],
              "measuresUsed": [
                "PHQ-9",
                "GAD-7"
              ],
              "basis": "PHQ-9 and GAD-7",
              "caseAtStart": true,
              "recovered": true,
              "reliableImprovement": true,
              "reliableDeterioration": false,
              "reliableRecovery": true,
              "sessionsToReliableImprovement": 3
            }

            """)
    }
}
