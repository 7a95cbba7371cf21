/// PHQ-9 where no `measure-every:` says how often measures are taken (docs/note-format.md, section 4):
/// Headway is built for depression care, so without a schedule in the plan or in `headway.yml` PHQ-9 is
/// expected at every attended session (session-by-session measurement) of an episode that follows it:
/// one where it was scored, or whose plan names it in `measures:` (as `headway new` then asks for it).
/// Rather than a warning at every note, each episode with gaps gets one warning, at the date line of its
/// latest attended session without PHQ-9, counting and dating them. It is dated on the episode's latest
/// attended session counted, so a report shows it only once its period holds every session the count
/// covers. A warning, never an error.
enum UnscheduledPHQ9Gaps {
    /// The attended sessions of one episode that no schedule covers, and those of them without PHQ-9.
    struct Sessions {
        /// The attended sessions no `measure-every:` applied to, in order.
        var attended: [SessionNote] = []
        /// Those of them without a PHQ-9 score, in order.
        var missing: [SessionNote] = []
    }

    /// The warnings of a client's `events` (in time order) split into `episodes`; none when the clinic
    /// (`clinic`, headway.yml's `measure-every:`) has a schedule.
    static func warnings(client: String, events: [ClientHistory.Event], episodes: [Episode], clinic: MeasureSchedule?) -> [Diagnostic] {
        episodes.compactMap { episode in
            let sessions = sessions(events: events, episode: episode, clinic: clinic)
            guard let latest = sessions.missing.last, let counted = sessions.attended.last else { return nil }
            let count = sessions.missing.count
            let dates = sessions.missing.map(\.date.description).joined(separator: ", ")
            let which = count == 1 ? "that session" : "those sessions"
            return Diagnostic(
                path: latest.path, line: latest.dateLine, severity: .warning,
                message: "\(count) of \(sessions.attended.count) attended sessions of episode \(episode.number) \(count == 1 ? "has" : "have") "
                    + "no PHQ-9 score (\(dates)): add PHQ-9 to \(which), or set 'measure-every' in the plan or headway.yml to say how often it is taken",
                client: client, date: counted.date)
        }
    }

    /// The attended sessions of `episode` that neither the plan in force (its `measure-every:`) nor the
    /// clinic's schedule covers, and those of them without PHQ-9; none when the episode does not follow
    /// PHQ-9 (never scored in it, not in a plan's `measures:`).
    static func sessions(events: [ClientHistory.Event], episode: Episode, clinic: MeasureSchedule?) -> Sessions {
        var sessions = Sessions()
        guard clinic == nil else { return sessions }
        let phq9 = GoalArea.matchKey(Instrument.phq9.name)
        var schedule: MeasureSchedule?
        var followed = false
        for event in events where episode.contains(event.date) {
            switch event {
            case .plan(let plan):
                schedule = plan.measureEvery
                if plan.measures.contains(where: { GoalArea.matchKey($0.instrument) == phq9 }) { followed = true }
            case .note(let note):
                guard note.attendance == .attended else { continue }
                let scored = note.hasScore(of: Instrument.phq9.name)
                if scored { followed = true }
                guard schedule == nil else { continue }
                sessions.attended.append(note)
                if !scored { sessions.missing.append(note) }
            }
        }
        return followed ? sessions : Sessions()
    }
}
