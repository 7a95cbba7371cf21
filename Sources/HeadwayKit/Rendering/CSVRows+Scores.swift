extension CSVRows {
    /// One row of `scores.csv` before its cells: a score, or an item 9 answer whose total is missing or
    /// was rejected (`score` nil).
    struct ScoreRow {
        var date: Day
        var instrument: String
        var score: Double?
        var item9: Int?
    }

    /// The `scores.csv` rows of `report`, measure by measure in report order, each measure's scores
    /// followed by the item 9 answers of that instrument given without a score; then such answers of an
    /// instrument with no score at all, in note order. Every item 9 answer of the period is in a row,
    /// as it is in the JSON's `safetyFlags` and the FHIR bundle.
    static func scoreRows(_ report: ProgressReport) -> [ScoreRow] {
        var unscored = unscoredAnswers(report)
        var rows: [ScoreRow] = []
        for measure in report.measures {
            rows += measure.scores.map { ScoreRow(date: $0.date, instrument: measure.instrument, score: $0.score, item9: $0.item9) }
            rows += unscored.filter { $0.instrument == measure.instrument }
            unscored.removeAll { $0.instrument == measure.instrument }
        }
        return rows + unscored
    }

    /// The item 9 answers of the period that no score carries, in note order: each score's answer
    /// accounts for one answer of its date, instrument and value.
    private static func unscoredAnswers(_ report: ProgressReport) -> [ScoreRow] {
        struct Key: Hashable {
            var date: Day, instrument: String, value: Int
        }
        var carried: [Key: Int] = [:]
        for measure in report.measures {
            for score in measure.scores {
                if let value = score.item9 { carried[Key(date: score.date, instrument: measure.instrument, value: value), default: 0] += 1 }
            }
        }
        return report.itemAnswers.compactMap { answer in
            let key = Key(date: answer.date, instrument: answer.instrument, value: answer.value)
            if let count = carried[key], count > 0 {
                carried[key] = count - 1
                return nil
            }
            return ScoreRow(date: answer.date, instrument: answer.instrument, score: nil, item9: answer.value)
        }
    }
}
