import Testing
@testable import HeadwayKit

/// Every interpretation rule of docs/report-model.md at its boundaries, computed by hand.
@Suite struct MeasureInterpretationTests {
    private func interpreted(_ instrument: Instrument, baseline: Double?, end: Double?) -> MeasureProgress {
        var measure = MeasureProgress(instrument: instrument.name, scores: [], baseline: baseline, start: nil, end: end,
                                      change: nil, changeFromBaseline: nil)
        MeasureInterpretation.interpret(&measure, with: instrument)
        return measure
    }

    @Test(arguments: [(4.0, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
                      (15, "moderately severe"), (19, "moderately severe"), (20, "severe"), (27, "severe"), (0, "minimal")])
    func phq9SeverityBands(score: Double, band: String) {
        #expect(interpreted(.phq9, baseline: 20, end: score).severity == band)
    }

    @Test(arguments: [(4.0, "minimal"), (9, "mild"), (10, "moderate"), (14, "moderate"), (15, "severe"), (21, "severe")])
    func gad7SeverityBands(score: Double, band: String) {
        #expect(interpreted(.gad7, baseline: 20, end: score).severity == band)
    }

    @Test func reliableChangeAtExactlyTheThreshold() {
        #expect(interpreted(.phq9, baseline: 19, end: 13).reliableChange == .improved)   // -6
        #expect(interpreted(.phq9, baseline: 19, end: 14).reliableChange == ReliableChange.none)  // -5
        #expect(interpreted(.phq9, baseline: 10, end: 16).reliableChange == .deteriorated)  // +6
        #expect(interpreted(.phq9, baseline: 10, end: 15).reliableChange == ReliableChange.none)  // +5
        #expect(interpreted(.gad7, baseline: 12, end: 8).reliableChange == .improved)  // -4
        #expect(interpreted(.gad7, baseline: 12, end: 9).reliableChange == ReliableChange.none)  // -3
        #expect(interpreted(.gad7, baseline: 8, end: 12).reliableChange == .deteriorated)  // +4
    }

    @Test func responseIsEndAtMostHalfOfBaseline() {
        #expect(interpreted(.phq9, baseline: 18, end: 9).response == true)   // exactly half
        #expect(interpreted(.phq9, baseline: 18, end: 10).response == false)
        #expect(interpreted(.phq9, baseline: 19, end: 9.5).response == true)
        #expect(interpreted(.phq9, baseline: 0, end: 0).response == nil)     // baseline 0
        #expect(interpreted(.phq9, baseline: nil, end: 4).response == nil)
    }

    @Test func remissionIsEndBelowFive() {
        #expect(interpreted(.phq9, baseline: 15, end: 4).remission == true)
        #expect(interpreted(.phq9, baseline: 15, end: 5).remission == false)
        #expect(interpreted(.gad7, baseline: 15, end: 4).remission == true)
        #expect(interpreted(.gad7, baseline: 15, end: 5).remission == false)
    }

    @Test func recoveryNeedsACaseAtBaseline() {
        #expect(interpreted(.phq9, baseline: 10, end: 9).recovered == true)   // 10 is caseness
        #expect(interpreted(.phq9, baseline: 10, end: 10).recovered == false)
        #expect(interpreted(.phq9, baseline: 9, end: 3).recovered == nil)     // not a case at the start
        #expect(interpreted(.gad7, baseline: 8, end: 7).recovered == true)
        #expect(interpreted(.gad7, baseline: 7, end: 2).recovered == nil)
    }

    @Test func aSingleScoreIsItsOwnBaseline() {
        let measure = interpreted(.phq9, baseline: 14, end: 14)
        #expect(measure.reliableChange == ReliableChange.none)
        #expect(measure.response == false)
        #expect(measure.recovered == false)
        #expect(measure.severity == "moderate")
    }

    @Test func noEndMeansNoInterpretation() {
        let measure = interpreted(.phq9, baseline: 14, end: nil)
        #expect(measure.severity == nil)
        #expect(measure.reliableChange == nil)
        #expect(measure.response == nil)
        #expect(measure.remission == nil)
        #expect(measure.recovered == nil)
    }

    @Test func plainInstrumentsAreNotInterpreted() {
        var measure = MeasureProgress(instrument: "Sleep diary", scores: [], baseline: 3, start: nil, end: 6, change: nil, changeFromBaseline: 3)
        MeasureInterpretation.interpret(&measure, with: nil)
        #expect(measure.severity == nil && measure.reliableChange == nil && measure.response == nil)
        #expect(measure.remission == nil && measure.recovered == nil)
    }

    /// The Outcome Rating Scale: 0–40, higher is better, clinical cutoff 25, reliable change 5.
    static let ors = Instrument(
        name: "ORS", minimum: 0, maximum: 40, integerScores: false,
        bands: [.init(lower: 0, upper: 24.9, label: "clinical"), .init(lower: 25, upper: 40, label: "non-clinical")],
        reliableChange: 5, caseness: 25, remission: nil, lowerIsBetter: false)

    @Test func higherIsBetterInstrumentsAreMirrored() {
        #expect(interpreted(Self.ors, baseline: 18, end: 23).reliableChange == .improved)   // +5
        #expect(interpreted(Self.ors, baseline: 18, end: 22.9).reliableChange == ReliableChange.none)
        #expect(interpreted(Self.ors, baseline: 30, end: 25).reliableChange == .deteriorated)
        #expect(interpreted(Self.ors, baseline: 18, end: 25).recovered == true)     // 18 < 25 is a case
        #expect(interpreted(Self.ors, baseline: 18, end: 24.9).recovered == false)
        #expect(interpreted(Self.ors, baseline: 25, end: 35).recovered == nil)      // not a case at the start
        #expect(interpreted(Self.ors, baseline: 20, end: 30).response == true)      // distance to 40 halved: 20 → 10
        #expect(interpreted(Self.ors, baseline: 20, end: 29).response == false)
        #expect(interpreted(Self.ors, baseline: 40, end: 40).response == nil)       // already the best score
        #expect(interpreted(Self.ors, baseline: 20, end: 24).severity == "clinical")
        #expect(interpreted(Self.ors, baseline: 20, end: 25).severity == "non-clinical")
        #expect(interpreted(Self.ors, baseline: 20, end: 30).remission == nil)
    }
}
