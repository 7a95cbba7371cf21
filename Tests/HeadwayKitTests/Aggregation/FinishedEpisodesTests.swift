import Foundation
import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

/// The index's finished episodes, worked out by hand (docs/outcomes.md): which episodes count, the
/// shares and their denominators, the mean and median sessions to reliable improvement, the clinician
/// and modalities of an episode, and the small-group rule of the breakdowns.
@Suite("Finished episodes of the index")
struct FinishedEpisodesTests {
    static func session(_ client: String, _ date: String, clinician: String? = nil, modality: String? = nil, phq: Int? = nil, gad: Int? = nil,
                        attended: Bool = true) -> String {
        var yaml = attended ? "attendance: attended\n" : "attendance: cancelled\n"
        if let clinician { yaml += "clinician: \(clinician)\n" }
        if let modality { yaml += "modality: \(modality)\n" }
        if phq != nil || gad != nil { yaml += "measures:\n" }
        if let phq { yaml += "  PHQ-9: \(phq)\n" }
        if let gad { yaml += "  GAD-7: \(gad)\n" }
        return H.note(date, client: client, yaml)
    }

    static func discharge(_ client: String, _ date: String) -> String {
        "---\ntype: discharge\nclient: \(client)\ndate: \(date)\nreason: completed\n---\n"
    }

    /// A: two episodes (the first recovered on both measures at its third session, the second reliably
    /// deteriorated on PHQ-9 alone); B: discharged after one attended session; C: discharged in December
    /// 2025; D: two attended sessions without a score.
    static let texts: [String: String] = [
        "A/1.md": session("A", "2026-02-03", clinician: "R. Stone", modality: "CBT", phq: 15, gad: 10),
        "A/2.md": session("A", "2026-02-10", clinician: "R. Stone", modality: "CBT", phq: 12, gad: 9),
        "A/3.md": session("A", "2026-02-17", attended: false),
        "A/4.md": session("A", "2026-02-24", clinician: "M. Vale", modality: "CBT", phq: 8, gad: 6),
        "A/d1.md": discharge("A", "2026-03-10"),
        "A/5.md": session("A", "2026-04-07", clinician: "R. Stone", modality: "[CBT, mindfulness]", phq: 12),
        "A/6.md": session("A", "2026-04-14", clinician: "M. Vale", modality: "mindfulness", phq: 18),
        "A/d2.md": discharge("A", "2026-04-20"),
        "B/1.md": session("B", "2026-05-05", clinician: "R. Stone", phq: 20, gad: 15),
        "B/2.md": session("B", "2026-05-12", attended: false),
        "B/d.md": discharge("B", "2026-05-20"),
        "C/1.md": session("C", "2025-11-04", clinician: "M. Vale", phq: 11),
        "C/2.md": session("C", "2025-11-18", clinician: "M. Vale", phq: 4),
        "C/d.md": discharge("C", "2025-12-20"),
        "D/1.md": session("D", "2026-06-02"),
        "D/2.md": session("D", "2026-06-09"),
        "D/d.md": discharge("D", "2026-06-30"),
    ]

    static let year = Period.range(from: H.day("2026-01-01"), to: H.day("2026-12-31"))

    static func finished(in period: Period?, redact: Bool = false) -> [FinishedEpisode] {
        let caseload = H.caseload(texts)
        #expect(caseload.diagnostics.filter { $0.severity == .error }.isEmpty)
        return caseload.clients.flatMap { ClientReports(client: $0, caseload: caseload, options: H.options(redact: redact)).finishedEpisodes(dischargedIn: period) }
    }

    @Test("an episode with one attended session, or discharged outside the period, is not counted; a second episode is counted apart")
    func whichEpisodesCount() {
        let year = Self.finished(in: Self.year)
        #expect(year.map { "\($0.client) \($0.number) \($0.discharged)" } == ["A 1 2026-03-10", "A 2 2026-04-20", "D 1 2026-06-30"])
        #expect(Self.finished(in: nil).map(\.client) == ["A", "A", "C", "D"], "without a period, C's December 2025 discharge counts")
    }

    @Test("clinician: the one named on most attended sessions, a tie going to the latest; modalities in order of first appearance")
    func clinicianAndModalities() {
        let episodes = Self.finished(in: Self.year)
        #expect(episodes.map(\.clinician) == ["R. Stone", "M. Vale", nil])
        #expect(episodes.map(\.modalities) == [["CBT"], ["CBT", "mindfulness"], []])
        #expect(Self.finished(in: Self.year, redact: true).map(\.clinician) == [nil, nil, nil], "redacted: no clinician is kept")
    }

    @Test("the figures of 2026: each share's denominator, by hand")
    func figures() {
        let figures = EpisodeFigures(Self.finished(in: Self.year))
        typealias F = EpisodeFigures.Figure
        #expect(figures.episodes == 3)
        #expect(figures.bothMeasures == F(count: 1, of: 3) && figures.oneMeasure == F(count: 1, of: 3) && figures.noPairedMeasure == F(count: 1, of: 3))
        #expect(figures.caseAtStart == F(count: 2, of: 2), "D has no paired measure: not in the denominator")
        #expect(figures.recovered == F(count: 1, of: 2) && figures.reliableRecovery == F(count: 1, of: 2))
        #expect(figures.reliableImprovement == F(count: 1, of: 2) && figures.reliableDeterioration == F(count: 1, of: 2))
        #expect(figures.sessionsToReliableImprovement == [3], "A's first episode: the third attended session (the cancelled one is not counted)")
        #expect(figures.meanSessionsToReliableImprovement == 3 && figures.medianSessionsToReliableImprovement == 3)
    }

    @Test("a share with a denominator of 0 is null in JSON and — in the views; mean and median without an improved episode too")
    func emptyDenominator() {
        let figures = EpisodeFigures(Self.finished(in: Self.year).filter { $0.client == "D" })
        #expect(figures.caseAtStart.of == 0 && figures.caseAtStart.share == nil)
        #expect(figures.meanSessionsToReliableImprovement == nil && figures.medianSessionsToReliableImprovement == nil)
        #expect(figures.caseAtStart.json.serialized() == "{\n  \"count\": 0,\n  \"of\": 0,\n  \"share\": null\n}\n")
        let view = EpisodeFiguresView(figures)
        #expect((view.child(named: "caseAtStart") as? EpisodeFigureView)?.child(named: "share") as? String == "—")
        #expect(view.child(named: "meanSessions") as? String == "—")
    }

    static func episode(_ client: String, _ number: Int = 1, clinician: String? = nil, modalities: [String] = [], sessions: Int? = nil) -> FinishedEpisode {
        FinishedEpisode(client: client, number: number, discharged: H.day("2026-10-01"), clinician: clinician, modalities: modalities,
                        pairedMeasures: 2, caseAtStart: true, recovered: sessions != nil, reliableImprovement: sessions != nil,
                        reliableDeterioration: false, reliableRecovery: sessions != nil, sessionsToReliableImprovement: sessions)
    }

    @Test("median of an odd and of an even count; the mean")
    func medians() {
        let odd = EpisodeFigures([3, 5, 4].enumerated().map { Self.episode("C-\($0)", sessions: $1) })
        #expect(odd.medianSessionsToReliableImprovement == 4 && odd.meanSessionsToReliableImprovement == 4)
        let even = EpisodeFigures([8, 2, 5, 3].enumerated().map { Self.episode("C-\($0)", sessions: $1) } + [Self.episode("C-9")])
        #expect(even.medianSessionsToReliableImprovement == 4 && even.meanSessionsToReliableImprovement == 4.5)
        #expect(EpisodeFiguresView(even).child(named: "medianSessions") as? String == "4")
        #expect(EpisodeFiguresView(EpisodeFigures([7, 8].enumerated().map { Self.episode("C-\($0)", sessions: $1) })).child(named: "medianSessions") as? String == "7.5")
    }

    static func group(_ name: String, _ count: Int) -> [FinishedEpisode] {
        (0..<count).map { episode("\(name)-\($0)", clinician: name, modalities: [name], sessions: 4) }
    }

    @Test("a group of 4 episodes is shown as fewer than 5, one of 5 is shown; rows by name, not recorded last")
    func fewerThanFive() {
        let finished = FinishedEpisodes(Self.group("Ash", 5) + Self.group("Birch", 4) + Self.group("Cedar", 3) + [Self.episode("Z")])
        let rows = finished.byClinician ?? []
        #expect(rows.map(\.name) == ["Ash", "Birch", "Cedar", nil])
        #expect(rows.map(\.withheld) == [nil, .fewerThanFive, .fewerThanFive, .fewerThanFive])
        let cells = rows.map { row in BreakdownRowView(row, markup: Markup(format: .markdown)) }
        #expect(cells.map { $0.child(named: "episodes") as? String } == ["5", "fewer than 5", "fewer than 5", "fewer than 5"])
        #expect(cells.map { $0.child(named: "recovered") as? String } == ["100%", "fewer than 5", "fewer than 5", "fewer than 5"])
        #expect(cells[3].child(named: "name") as? String == "not recorded")
        #expect(rows[1].json.serialized().contains("\"episodes\": null"), "no count of a withheld row in JSON")
    }

    @Test("one small group alone: the smallest other is withheld too, so that the total does not give the small one away")
    func protectsTheOnlySmallGroup() {
        let finished = FinishedEpisodes(Self.group("Ash", 7) + Self.group("Birch", 5) + Self.group("Cedar", 4))
        #expect(finished.byClinician?.map(\.withheld) == [nil, .protectsSmallGroup, .fewerThanFive])
        #expect(BreakdownRowView(finished.byClinician![1], markup: Markup(format: .html)).child(named: "recovered") as? String == "withheld")
        #expect(FinishedEpisodes(Self.group("Ash", 7) + Self.group("Birch", 5)).byClinician?.map(\.withheld) == [nil, nil])
    }

    @Test("an episode counts under each modality it names; redacted, there is no clinician breakdown")
    func modalitiesAndRedaction() {
        let both = (0..<5).map { Self.episode("M-\($0)", modalities: ["CBT", "mindfulness"]) }
        let finished = FinishedEpisodes(both + Self.group("CBT", 5), redacted: true)
        #expect(finished.byModality.map(\.name) == ["CBT", "mindfulness"])
        #expect(finished.byModality.map(\.figures.episodes) == [10, 5])
        #expect(finished.byClinician == nil)
        #expect(finished.json.serialized().contains("\"byClinician\": null"))
    }

    @Test("by month: one figure set per month of discharge, in order")
    func months() {
        let finished = FinishedEpisodes(Self.finished(in: nil), monthly: true)
        #expect(finished.months.map(\.period.label) == ["December 2025", "March 2026", "April 2026", "June 2026"])
        #expect(finished.months.map(\.figures.episodes) == [1, 1, 1, 1])
        #expect(FinishedEpisodes(Self.finished(in: nil)).months.isEmpty, "not by month: no month figures")
    }

    @Test("two small groups: docs/examples/outcomes' R. Stone (5) is withheld too, else the total less R. Stone gives M. Vale's 2 and the unrecorded 1")
    func twoSmallGroups() {
        let finished = FinishedEpisodes(Self.group("R. Stone", 5) + Self.group("M. Vale", 2) + [Self.episode("E-9")])
        #expect(finished.byClinician?.map(\.name) == ["M. Vale", "R. Stone", nil])
        #expect(finished.byClinician?.map(\.withheld) == [.fewerThanFive, .protectsSmallGroup, .fewerThanFive])
        let apart = FinishedEpisodes(Self.group("R. Stone", 5) + Self.group("M. Vale", 3) + Self.group("A. Lee", 2))
        #expect(apart.byClinician?.map(\.withheld) == [.fewerThanFive, .fewerThanFive, nil], "the two small rows hold 5: R. Stone is shown")
    }

    @Test("overlapping modalities: K-1…5 [CBT, DBT], K-6…8 CBT, K-9 EMDR; withholding DBT is not enough (the total less CBT gives K-9)")
    func overlappingModalities() {
        let episodes = (1...9).map { number in
            Self.episode("K-\(number)", modalities: number <= 5 ? ["CBT", "DBT"] : number <= 8 ? ["CBT"] : ["EMDR"])
        }
        let rows = FinishedEpisodes(episodes).byModality
        #expect(rows.map(\.name) == ["CBT", "DBT", "EMDR"])
        #expect(rows.map(\.figures.episodes) == [8, 5, 1])
        #expect(rows.map(\.withheld) == [.protectsSmallGroup, .protectsSmallGroup, .fewerThanFive])
        let more = episodes + (10...13).map { Self.episode("K-\($0)", modalities: ["EMDR"]) }
        #expect(FinishedEpisodes(more).byModality.map(\.withheld) == [nil, nil, nil], "EMDR of 5 is shown")
    }

    @Test("by month: a month of fewer than 5 is withheld, and the smallest other month too while the withheld months hold 1 to 4")
    func smallMonths() {
        func month(_ day: String, _ count: Int) -> [FinishedEpisode] {
            (0..<count).map { index in
                var episode = Self.episode("\(day)-\(index)", sessions: 3)
                episode.discharged = H.day(day)
                return episode
            }
        }
        let finished = FinishedEpisodes(month("2026-01-15", 6) + month("2026-02-15", 1) + month("2026-03-15", 7), monthly: true)
        #expect(finished.months.map(\.withheld) == [.protectsSmallGroup, .fewerThanFive, nil])
        let view = MonthFiguresView(finished.months[1], markup: Markup(format: .markdown))
        #expect(view.child(named: "withheld") as? String == "fewer than 5")
        #expect(view.child(named: "episodes") as? Int == 0, "a withheld month's view holds no figure of its episodes")
        let json = finished.json.serialized()
        #expect(json.contains("\"withheld\": \"fewer-than-5\",\n") && json.contains("\"figures\": null"))
        let shown = FinishedEpisodes(month("2026-01-15", 6) + month("2026-02-15", 2) + month("2026-03-15", 3), monthly: true)
        #expect(shown.months.map(\.withheld) == [nil, .fewerThanFive, .fewerThanFive], "the two small months hold 5")
    }

    @Test("modalities differing only in case or punctuation are one row, spelt as first seen")
    func modalityCase() {
        let episodes = (0..<5).map { Self.episode("C-\($0)", modalities: [["cbt"], ["CBT"], ["C.B.T."], ["Cbt", "CBT"], ["CBT"]][$0]) }
        let rows = FinishedEpisodes(episodes).byModality
        #expect(rows.map(\.name) == ["cbt"])
        #expect(rows.map(\.figures.episodes) == [5])
        #expect(rows[0].withheld == nil)
    }

    @Test("the view fixture's months and rows are shown, fewer than 5 and withheld, so that every view field is filled")
    func viewFixture() {
        let finished = ViewFixtures.finished()
        #expect(finished.months.map(\.withheld) == [.fewerThanFive, .protectsSmallGroup, nil])
        #expect(finished.byClinician?.map(\.withheld) == [nil, .fewerThanFive, .fewerThanFive, .fewerThanFive])
        #expect(finished.byModality.map(\.withheld) == [nil, .protectsSmallGroup, .fewerThanFive])
    }
}
