extension SessionNote {
    /// The note's scores of `instrument` (its name matched ignoring case, spaces and punctuation); an
    /// item-9 answer without a total is no score.
    func scores(of instrument: String) -> [Double] {
        let key = GoalArea.matchKey(instrument)
        return measures.compactMap { GoalArea.matchKey($0.instrument) == key ? $0.score : nil }
    }

    /// Whether the note scores `instrument`.
    func hasScore(of instrument: String) -> Bool {
        !scores(of: instrument).isEmpty
    }
}
