/// The parts of a report's period in each treatment episode, when the period crosses a discharge
/// (docs/report-model.md, "Episodes in the period"): each part is reported on its own, so its
/// attendance and its measures' start and end stay within its episode.
extension ClientReports {
    /// One part per episode that `period` meets, in order, when it meets two or more; else none.
    func episodeParts(of period: Period) -> [EpisodePart] {
        let met = history.episodes.compactMap { episode in episode.days(in: period).map { (episode, $0) } }
        guard met.count > 1 else { return [] }
        return met.map { episode, days in
            let (from, to) = (days.lowerBound, days.upperBound)
            let part = ReportAssembler(history: history, index: index, period: .range(from: from, to: to), options: options).assemble(warnings: [])
            return EpisodePart(episode: part.episode ?? episode, from: from, to: to, sessions: part.sessions,
                               measures: part.measures.filter { !$0.scores.isEmpty })
        }
    }
}
