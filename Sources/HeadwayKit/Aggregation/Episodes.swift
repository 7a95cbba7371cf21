/// A client's treatment episodes, worked out from the dates of its notes and plans and its discharge
/// notes (docs/note-format.md, section 9): a discharge ends the current episode on its date, and the
/// first note or plan dated after it starts the next one.
enum Episodes {
    /// The episodes of a client with notes and plans on `days` (in any order) and `discharges` (in
    /// order), and a warning for each discharge note that ends no episode.
    static func of(days: [Day], discharges: [DischargeNote]) -> (episodes: [Episode], warnings: [Diagnostic]) {
        let days = days.sorted()
        var episodes: [Episode] = []
        var warnings: [Diagnostic] = []
        var next = 0  // the first day not yet in an episode
        for discharge in discharges {
            guard next < days.count, days[next] <= discharge.date else {
                let since = episodes.last.map { " since the discharge of \($0.end!)" } ?? " on or before it"
                warnings.append(Diagnostic(
                    path: discharge.path, line: discharge.dateLine, severity: .warning,
                    message: "discharge note on \(discharge.date) ends no episode: client \(discharge.client) has no session note or plan\(since)",
                    client: discharge.client, date: discharge.date))
                continue
            }
            let start = days[next]
            while next < days.count, days[next] <= discharge.date { next += 1 }
            episodes.append(Episode(number: episodes.count + 1, start: start, discharge: discharge))
        }
        if next < days.count { episodes.append(Episode(number: episodes.count + 1, start: days[next])) }
        return (episodes, warnings)
    }

    /// `plan` (the latest starting on or before a day) if it belongs to `episode` (that day's), else nil:
    /// a plan of an earlier course of treatment no longer applies.
    static func plan(_ plan: TreatmentPlan?, in episode: Episode?) -> TreatmentPlan? {
        guard let plan, let episode else { return plan }
        return plan.start >= episode.start ? plan : nil
    }
}
