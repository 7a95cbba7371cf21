/// Attended sessions without a measure that a `measure-every:` schedule asks for (docs/note-format.md,
/// section 4): a warning at the note's `date` line. The plan's schedule applies, else the clinic's
/// (headway.yml), per instrument as for `headway new` (`MeasureSchedule.scheduled`); a measure neither
/// covers is not asked for here (PHQ-9 without any schedule: `UnscheduledPHQ9Gaps`). Each episode starts afresh.
/// The index's "Needs attention" counts the same gaps (`CaseloadAttention`).
enum ScheduledMeasureGaps {
    /// One attended session without a measure its schedule asks for.
    struct Gap: Sendable {
        /// The session.
        let note: SessionNote
        /// The instrument missing, as first named in the episode (its plan, its schedules, then its scores).
        let instrument: String
        /// Every how many attended sessions the schedule asks for it.
        let every: Int
        /// Whether the schedule is the plan's (else headway.yml's).
        let byPlan: Bool
        /// The instrument's last score in the episode before the session, nil when not yet scored in it.
        let lastScored: Day?
    }

    /// One instrument's count since its last score.
    private struct Follow {
        let instrument: String
        /// Attended sessions since the last score in the episode; nil when not yet scored in it.
        var attendedSince: Int?
        var lastScored: Day?
    }

    /// The warnings of a client's `events` (in time order) split into `episodes`, with the clinic's schedule `clinic`.
    static func warnings(client: String, events: [ClientHistory.Event], episodes: [Episode], clinic: MeasureSchedule?) -> [Diagnostic] {
        episodes.flatMap { episode in
            gaps(events: events, episode: episode, clinic: clinic).map { warning($0, client: client) }
        }
    }

    /// The gaps of `episode` in a client's `events` (in time order), in time order (a session's in the
    /// order its instruments are followed), with the clinic's schedule `clinic`.
    static func gaps(events: [ClientHistory.Event], episode: Episode, clinic: MeasureSchedule?) -> [Gap] {
        var plan: TreatmentPlan?
        var follows: [Follow] = []
        var gaps: [Gap] = []
        for event in events where episode.contains(event.date) {
            switch event {
            case .plan(let latest): plan = latest
            case .note(let note):
                guard note.attendance == .attended else { continue }
                follow(note, plan: plan, clinic: clinic, &follows)
                // Only what a schedule covers: an instrument it names, or all with its single number.
                for item in follows where !note.hasScore(of: item.instrument) {
                    guard let (every, byPlan) = MeasureSchedule.scheduled(item.instrument, plan: plan?.measureEvery, clinic: clinic) else { continue }
                    guard item.attendedSince.map({ $0 >= every - 1 }) ?? true else { continue }
                    gaps.append(Gap(note: note, instrument: item.instrument, every: every, byPlan: byPlan, lastScored: item.lastScored))
                }
                record(note, &follows)
            }
        }
        return gaps
    }

    /// The warning at `gap`'s note.
    private static func warning(_ gap: Gap, client: String) -> Diagnostic {
        let since = gap.lastScored.map { "last scored on \($0)" } ?? "not yet scored in this episode"
        let interval = gap.every == 1 ? "at every session" : "every \(gap.every) sessions"
        let source = gap.byPlan ? "the plan's" : "headway.yml's"
        return Diagnostic(
            path: gap.note.path, line: gap.note.dateLine, severity: .warning,
            message: "attended session without \(gap.instrument), which \(source) 'measure-every' asks for \(interval) (\(since))",
            client: client, date: gap.note.date)
    }

    /// Adds the instruments `note` scores and those `plan` names (measures, then schedule) and `clinic`
    /// names not yet followed.
    private static func follow(_ note: SessionNote, plan: TreatmentPlan?, clinic: MeasureSchedule?, _ follows: inout [Follow]) {
        var names = plan?.measures.map(\.instrument) ?? []
        names += plan?.measureEvery?.intervals.map(\.instrument) ?? []
        names += clinic?.intervals.map(\.instrument) ?? []
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
