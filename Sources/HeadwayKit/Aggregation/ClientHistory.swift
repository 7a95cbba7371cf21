/// One client's notes and plans in the order things happened, with every goal's sightings and
/// rewordings worked out once (plans before the notes of their start date). A caseload builds the
/// history of each of its clients once (`histories(of:)`), and every report of the client reads it.
struct ClientHistory: Sendable {
    /// A note or a plan, in time order.
    enum Event: Sendable {
        case plan(TreatmentPlan)
        case note(SessionNote)

        var date: Day {
            switch self {
            case .plan(let plan): return plan.start
            case .note(let note): return note.date
            }
        }
    }

    let client: String
    private(set) var events: [Event]
    /// Every goal, in order of first appearance.
    private(set) var goals: [GoalTrack] = []
    /// The position of each goal in `goals`; `see` alone adds to both.
    private var goalIndex: [GoalKey: Int] = [:]
    /// Every rewording, in time order.
    private(set) var revisions: [Revision] = []
    /// Warnings that need more than one file to see.
    private(set) var warnings: [Diagnostic] = []
    /// The client's treatment episodes, in order (none for a client without notes or plans).
    private(set) var episodes: [Episode] = []
    /// The clinic's `measure-every:` (headway.yml), which applies where the plan has none.
    private(set) var clinicSchedule: MeasureSchedule?

    /// The history of a client without notes or plans.
    init(client: String) {
        self.client = client
        events = []
    }

    /// The history of `client`, from its own notes, plans and discharge notes, each in order, measured
    /// as the clinic's schedule `clinic` asks where a plan does not say.
    private init(client: String, notes: [SessionNote], plans: [TreatmentPlan], discharges: [DischargeNote], clinic: MeasureSchedule?) {
        self.client = client
        clinicSchedule = clinic
        let planEvents = plans.map(Event.plan)
        let noteEvents = notes.map(Event.note)
        // Plans come before notes of the same day; both lists are already in order.
        events = (planEvents + noteEvents).enumerated().sorted { lhs, rhs in
            if lhs.element.date != rhs.element.date { return lhs.element.date < rhs.element.date }
            return lhs.offset < rhs.offset
        }.map(\.element)
        for (index, event) in events.enumerated() { record(event, index) }
        for index in goals.indices { goals[index].trim() }
        let episodes = Episodes.of(days: events.map(\.date), discharges: discharges)
        self.episodes = episodes.episodes
        warnings += episodes.warnings
        warnings += MeasurementGaps.warnings(client: client, events: events, episodes: episodes.episodes)
        warnings += ScheduledMeasureGaps.warnings(client: client, events: events, episodes: episodes.episodes, clinic: clinic)
        warnings += UnscheduledPHQ9Gaps.warnings(client: client, events: events, episodes: episodes.episodes, clinic: clinic)
    }

    /// The history of every client of `caseload`, by client id, with the clinic's schedule `clinic`: the
    /// only place histories are built.
    static func histories(of caseload: Caseload, clinic: MeasureSchedule?) -> [String: ClientHistory] {
        Dictionary(caseload.clients.map { client in
            (client, ClientHistory(client: client, notes: caseload.notes(of: client), plans: caseload.plans(of: client),
                                   discharges: caseload.discharges(of: client), clinic: clinic))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The history with the bodies of `notes`: the client's notes read again with their bodies after the
    /// caseload was read without them, matched by path. Only bodies change (goals, revisions and warnings
    /// come from the front matter), so nothing is worked out again; a note not in `notes` keeps its body.
    func withBodies(of notes: [SessionNote]) -> ClientHistory {
        var history = self
        let read = Dictionary(notes.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, event) in events.enumerated() {
            guard case .note(var note) = event, let read = read[note.path] else { continue }
            guard read.body != note.body else { continue }  // the same body: no copy
            note.body = read.body
            history.events[index] = .note(note)
        }
        return history
    }

    private mutating func record(_ event: Event, _ index: Int) {
        switch event {
        case .plan(let plan):
            for goal in plan.goals {
                let sighting = GoalTrack.Sighting(date: plan.start, event: index, statement: goal.statement, area: goal.area)
                see(goal.id, sighting, revised: nil, path: plan.path, line: goal.line)
            }
        case .note(let note):
            for goal in note.goals {
                let sighting = GoalTrack.Sighting(date: note.date, event: index, statement: goal.statement, area: goal.area,
                                                  progress: goal.progress, status: goal.status, gas: goal.gas)
                see(goal.id, sighting, revised: goal.revised, path: note.path, line: goal.line)
            }
        }
    }

    private mutating func see(_ id: String, _ sighting: GoalTrack.Sighting, revised: RevisionNote?, path: String, line: Int) {
        let known = goalIndex[GoalKey(id)]
        if known == nil, sighting.statement == nil {
            let hint = closeGoal(to: id).map { " (did you mean '\($0)'?)" } ?? ""
            warn(path, line, sighting.date, "goal '\(id)' is first seen without a statement\(hint): add 'statement' so reports can say what the goal is")
        }
        let goal = known.map { goals[$0].id } ?? id
        let previous = known.flatMap { goals[$0].statement }
        if let revised {
            recordRevision(revised, of: goal, previous: previous, sighting, path: path)
        } else if let previous, let statement = sighting.statement, statement != previous {
            revisions.append(Revision(date: sighting.date, goal: goal, from: previous, to: statement, reason: nil, explicit: false))
        }
        if let known {
            goals[known].append(sighting)
        } else {
            goalIndex[GoalKey(id)] = goals.count
            goals.append(GoalTrack(id: id, first: sighting))
        }
    }

    /// A sighting marked `revised`: a revision when it says what the goal was or rewords it, else a warning.
    private mutating func recordRevision(_ revised: RevisionNote, of goal: String, previous: String?, _ sighting: GoalTrack.Sighting,
                                         path: String) {
        if let from = revised.from, let previous, from != previous {
            warn(path, revised.line, sighting.date, "'revised.from' of goal '\(goal)' differs from its last statement \"\(previous)\"")
        }
        let changed = sighting.statement.map { $0 != previous && previous != nil } ?? false
        if revised.from != nil || changed {
            revisions.append(Revision(date: sighting.date, goal: goal, from: revised.from ?? previous,
                                      to: sighting.statement ?? previous, reason: revised.reason, explicit: true))
        } else {
            warn(path, revised.line, sighting.date, "goal '\(goal)' is marked revised, but the statement is unchanged: no revision is recorded "
                 + "(write the new 'statement', or 'from' with the earlier wording)")
        }
    }

    /// A goal the client already has whose id is close to `id`: the same ignoring case and punctuation,
    /// or within two edits.
    private func closeGoal(to id: String) -> String? {
        let others = goals.map(\.id)
        let key = GoalArea.matchKey(id)
        return others.first { GoalArea.matchKey($0) == key } ?? Suggestion.closest(to: id, among: others)
    }

    private mutating func warn(_ path: String, _ line: Int, _ date: Day, _ message: String) {
        warnings.append(Diagnostic(path: path, line: line, severity: .warning, message: message, client: client, date: date))
    }
}
