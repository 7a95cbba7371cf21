/// An outcome questionnaire whose scores Headway validates and interprets.
public struct Instrument: Sendable, Hashable {
    /// A severity band of total scores, e.g. 10–14 "moderate".
    public struct Band: Sendable, Hashable {
        /// Creates a band.
        public init(lower: Double, upper: Double, label: String) {
            self.lower = lower
            self.upper = upper
            self.label = label
        }

        /// Lowest score in the band.
        public var lower: Double
        /// Highest score in the band.
        public var upper: Double
        /// The band's name, e.g. "moderate".
        public var label: String
    }

    /// The display name, e.g. "PHQ-9".
    public var name: String
    /// Lowest possible score.
    public var minimum: Double
    /// Highest possible score.
    public var maximum: Double
    /// Whether scores must be whole numbers.
    public var integerScores: Bool
    /// Severity bands, lowest first.
    public var bands: [Band]
    /// The change against baseline that counts as reliable.
    public var reliableChange: Double?
    /// Scores at or above this are a clinical case.
    public var caseness: Double?
    /// Remission: scores below this (lower-is-better) or above it (higher-is-better).
    public var remission: Double?
    /// True when a lower score is better (PHQ-9, GAD-7).
    public var lowerIsBetter: Bool

    /// Creates an instrument.
    public init(name: String, minimum: Double, maximum: Double, integerScores: Bool, bands: [Band],
                reliableChange: Double?, caseness: Double?, remission: Double?, lowerIsBetter: Bool) {
        self.name = name
        self.minimum = minimum
        self.maximum = maximum
        self.integerScores = integerScores
        self.bands = bands
        self.reliableChange = reliableChange
        self.caseness = caseness
        self.remission = remission
        self.lowerIsBetter = lowerIsBetter
    }

    /// PHQ-9, the nine-item depression questionnaire (0–27).
    public static let phq9 = Instrument(
        name: "PHQ-9", minimum: 0, maximum: 27, integerScores: true,
        bands: [Band(lower: 0, upper: 4, label: "minimal"), Band(lower: 5, upper: 9, label: "mild"),
                Band(lower: 10, upper: 14, label: "moderate"), Band(lower: 15, upper: 19, label: "moderately severe"),
                Band(lower: 20, upper: 27, label: "severe")],
        reliableChange: 6, caseness: 10, remission: 5, lowerIsBetter: true)

    /// GAD-7, the seven-item anxiety questionnaire (0–21).
    public static let gad7 = Instrument(
        name: "GAD-7", minimum: 0, maximum: 21, integerScores: true,
        bands: [Band(lower: 0, upper: 4, label: "minimal"), Band(lower: 5, upper: 9, label: "mild"),
                Band(lower: 10, upper: 14, label: "moderate"), Band(lower: 15, upper: 21, label: "severe")],
        reliableChange: 4, caseness: 8, remission: 5, lowerIsBetter: true)

    /// The built-in instruments.
    public static let builtIn: [Instrument] = [phq9, gad7]

    /// The built-in instrument a written name refers to (`PHQ-9`, `phq9`, `Phq 9`), if any.
    public static func builtIn(named name: String) -> Instrument? {
        let key = GoalArea.matchKey(name)
        return builtIn.first { GoalArea.matchKey($0.name) == key }
    }

    /// The band `score` falls in; scores between two bands' bounds (e.g. 9.5 with integer bands)
    /// belong to the lower band.
    public func band(of score: Double) -> Band? {
        guard score >= minimum, score <= maximum else { return nil }
        return bands.last { $0.lower <= score }
    }

    /// Whether a score counts as a clinical case (at or above caseness for lower-is-better
    /// instruments, below the cutoff for higher-is-better ones); nil without a cutoff.
    public func isCase(_ score: Double) -> Bool? {
        guard let caseness else { return nil }
        return lowerIsBetter ? score >= caseness : score < caseness
    }

    /// How much better `score` is than `reference` (positive is better, whatever the direction).
    public func improvement(from reference: Double, to score: Double) -> Double {
        lowerIsBetter ? reference.difference(from: score) : score.difference(from: reference)
    }
}
