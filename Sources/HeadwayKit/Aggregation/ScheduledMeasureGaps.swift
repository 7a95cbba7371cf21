/// Attended sessions without a measure that the plan's `measure-every:` asks for (docs/note-format.md,
/// section 4): a warning at the note's `date` line. Only a plan with `measure-every:` asks, so clients
/// without a schedule are never warned; each episode starts afresh.
enum ScheduledMeasureGaps {
    /// One instrument's count since its last score.
    private struct Follow {
        let instrument: String
        /// Attended sessions since the last score in the episode; nil when not yet scored in it.
        var attendedSince: Int?
        var lastScored: Day?
    }

    /// The warnings of a client's `events` (in time order) split into `episodes`.
    static func warnings(client: String, events: [ClientHistory.Event], episodes: [Episode]) -> [Diagnostic] {
        episodes.flatMap { episode in
            warnings(client: client, events: events.filter { episode.contains($0.date) })
        }
    }

    private static func warnings(client: String, events: [ClientHistory.Event]) -> [Diagnostic] {
        var plan: TreatmentPlan?
        var follows: [Follow] = []
        var warnings: [Diagnostic] = []
        for event in events {
            switch event {
            case .plan(let latest): plan = latest
            case .note(let note):
                guard note.attendance == .attended else { continue }
                follow(note, plan: plan, &follows)
                guard let schedule = plan?.measureEvery else {
                    record(note, &follows)
                    continue
                }
                // Only what the plan's schedule covers: an instrument it names, or all with its single number.
                for item in follows where !note.hasScore(of: item.instrument) {
                    guard let every = schedule.sessions(for: item.instrument) else { continue }
                    guard item.attendedSince.map({ $0 >= every - 1 }) ?? true else { continue }
                    let since = item.lastScored.map { "last scored on \($0)" } ?? "not yet scored in this episode"
                    let interval = every == 1 ? "at every session" : "every \(every) sessions"
                    warnings.append(Diagnostic(
                        path: note.path, line: note.dateLine, severity: .warning,
                        message: "attended session without \(item.instrument), which the plan's 'measure-every' asks for \(interval) (\(since))",
                        client: client, date: note.date))
                }
                record(note, &follows)
            }
        }
        return warnings
    }

    /// Adds the instruments `note` scores and those `plan` names (measures, then schedule) not yet followed.
    private static func follow(_ note: SessionNote, plan: TreatmentPlan?, _ follows: inout [Follow]) {
        var names = plan?.measures.map(\.instrument) ?? []
        names += plan?.measureEvery?.intervals.map(\.instrument) ?? []
        names += note.measures.filter { $0.score != nil }.map(\.instrument)
        for name in names where !follows.contains(where: { GoalArea.matchKey($0.instrument) == GoalArea.matchKey(name) }) {
            follows.append(Follow(instrument: name))
        }
    }

    /// Counts `note` (attended) for every instrument: a score restarts the count.
    private static func record(_ note: SessionNote, _ follows: inout [Follow]) {
        for index in follows.indices {
            if note.hasScore(of: follows[index].instrument) {
                follows[index].attendedSince = 0
                follows[index].lastScored = note.date
            } else {
                follows[index].attendedSince = follows[index].attendedSince.map { $0 + 1 }
            }
        }
    }
}
