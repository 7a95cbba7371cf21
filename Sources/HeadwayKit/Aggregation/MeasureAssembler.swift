/// Outcome-measure series of one report: scores in the period, baseline, start, end and change,
/// interpreted with the instrument's rules.
struct MeasureAssembler {
    let notes: ArraySlice<SessionNote>
    let plan: TreatmentPlan?
    let period: Period
    /// The first day of the report's treatment episode: earlier scores give no baseline or start.
    let episodeStart: Day?
    let configuration: Configuration

    func measures() -> [MeasureProgress] {
        var order = (plan?.measures ?? []).map(\.instrument)
        var all: [String: [Score]] = [:]
        for index in notes.indices where !notes[index].measures.isEmpty {  // read in place, not copied, for every report
            for entry in notes[index].measures {
                guard let score = entry.score else { continue }  // an item-9 answer alone is a safety flag, not a score
                if !order.contains(entry.instrument) { order.append(entry.instrument) }
                all[entry.instrument, default: []].append(Score(date: notes[index].date, score: score, item9: entry.item9))
            }
        }
        // An instrument of an earlier episode only, neither scored in this one nor in its plan, is not this episode's.
        let planned = Set((plan?.measures ?? []).map(\.instrument))
        return order.filter { instrument in
            planned.contains(instrument) || (all[instrument] ?? []).contains { score in episodeStart.map { score.date >= $0 } ?? true }
        }.map { measure($0, scores: all[$0] ?? []) }
    }

    private func measure(_ instrument: String, scores everScored: [Score]) -> MeasureProgress {
        let scores = everScored.filter { period.contains($0.date) }
        let inEpisode = everScored.filter { score in episodeStart.map { score.date >= $0 } ?? true }
        let start = (inEpisode.last { $0.date < period.from } ?? inEpisode.first { period.contains($0.date) })?.score
        let end = scores.last?.score
        let baseline = plan?.measures.first { $0.instrument == instrument }?.baseline ?? inEpisode.first?.score
        var measure = MeasureProgress(
            instrument: instrument, scores: scores, baseline: baseline,
            start: start, end: end,
            change: start.flatMap { start in end.map { $0.difference(from: start) } },
            changeFromBaseline: baseline.flatMap { baseline in end.map { $0.difference(from: baseline) } },
            earlierScores: everScored.filter { $0.date < period.from })
        MeasureInterpretation.interpret(&measure, with: configuration.instrument(named: instrument))
        return measure
    }
}
