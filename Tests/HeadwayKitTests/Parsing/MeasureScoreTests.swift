import Testing
@testable import HeadwayKit

/// Whole scores of an integer instrument are compared with its real bounds, whatever those bounds are:
/// the configuration only allows whole bounds within ±2^53, but the decoder must not trap or round without it.
@Suite struct MeasureScoreTests {
    private func diagnosed(_ score: String, minimum: Double, maximum: Double) -> (scores: [Double], printed: [String]) {
        var configuration = Configuration()
        configuration.instruments = [Instrument(name: "T", minimum: minimum, maximum: maximum, integerScores: true, bands: [],
                                                reliableChange: nil, caseness: nil, remission: nil, lowerIsBetter: false)]
        let text = "---\nclient: C-1\ndate: 2026-10-07\nmeasures:\n  T: \(score)\n---\n"
        let file = NoteParser(configuration: configuration).parse(path: "a.md", bytes: Array(text.utf8))
        guard case .note(let note) = file.content else { return ([], file.diagnostics.map(\.formatted)) }
        return (note.measures.compactMap(\.score), file.diagnostics.map(\.formatted))
    }

    @Test func boundsTooLargeForAnIntDoNotTrap() {
        #expect(diagnosed("5", minimum: 0, maximum: 1e20) == ([5], []))
        #expect(diagnosed("-5", minimum: -1e300, maximum: 0) == ([-5], []))
    }

    @Test func fractionalBoundsAreNotTruncated() {
        #expect(diagnosed("0", minimum: 0.9, maximum: 1.1).printed
            == ["a.md:5: error: 'T score' must be between 0.9 and 1.1, got 0: this score is left out"])
        #expect(diagnosed("1", minimum: 0.9, maximum: 1.1) == ([1], []))
        #expect(diagnosed("2", minimum: 0.9, maximum: 1.1).printed
            == ["a.md:5: error: 'T score' must be between 0.9 and 1.1, got 2: this score is left out"])
    }

    @Test func aWholeNumberNotExactAsADoubleIsOutOfRange() {
        #expect(diagnosed("9007199254740993", minimum: 0, maximum: 9_007_199_254_740_992).printed
            == ["a.md:5: error: 'T score' must be between 0 and 9007199254740992.0, got 9007199254740993: this score is left out"])
        #expect(diagnosed("9007199254740992", minimum: 0, maximum: 9_007_199_254_740_992) == ([9_007_199_254_740_992], []))
    }
}
