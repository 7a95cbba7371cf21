/// One client's notes and plans in the order things happened, with every goal's sightings and
/// rewordings worked out once (plans before the notes of their start date).
struct ClientHistory {
    /// A note or a plan, in time order.
    enum Event {
        case plan(TreatmentPlan)
        case note(SessionNote)

        var date: Day {
            switch self {
            case .plan(let plan): return plan.start
            case .note(let note): return note.date
            }
        }
    }

    /// What one note or plan said about one goal.
    struct Sighting {
        var date: Day
        var event: Int
        var statement: String?
        var area: String?
        var progress: Double?
        var status: GoalStatus?
    }

    /// Everything seen of one goal.
    struct Track {
        /// The id as first written.
        var id: String
        var sightings: [Sighting] = []
    }

    let client: String
    let events: [Event]
    /// Goals by lower-cased id, and the keys in order of first appearance.
    private(set) var tracks: [String: Track] = [:]
    private(set) var order: [String] = []
    /// Every rewording, in time order.
    private(set) var revisions: [Revision] = []
    /// Warnings that need more than one file to see.
    private(set) var warnings: [Diagnostic] = []

    /// The history of `client`, from its own notes and plans, each in order.
    init(client: String, notes: [SessionNote], plans: [TreatmentPlan]) {
        self.client = client
        let planEvents = plans.map(Event.plan)
        let noteEvents = notes.map(Event.note)
        // Plans come before notes of the same day; both lists are already in order.
        events = (planEvents + noteEvents).enumerated().sorted { lhs, rhs in
            if lhs.element.date != rhs.element.date { return lhs.element.date < rhs.element.date }
            return lhs.offset < rhs.offset
        }.map(\.element)
        for (index, event) in events.enumerated() { record(event, index) }
    }

    /// The cross-file warnings of every client of a caseload.
    static func crossFileWarnings(_ caseload: Caseload) -> [Diagnostic] {
        caseload.clients.flatMap { ClientHistory(client: $0, notes: caseload.notes(of: $0), plans: caseload.plans(of: $0)).warnings }
    }

    private mutating func record(_ event: Event, _ index: Int) {
        switch event {
        case .plan(let plan):
            for goal in plan.goals {
                let sighting = Sighting(date: plan.start, event: index, statement: goal.statement, area: goal.area)
                see(goal.id, sighting, revised: nil, path: plan.path, line: goal.line)
            }
        case .note(let note):
            for goal in note.goals {
                let sighting = Sighting(date: note.date, event: index, statement: goal.statement, area: goal.area,
                                        progress: goal.progress, status: goal.status)
                see(goal.id, sighting, revised: goal.revised, path: note.path, line: goal.line)
            }
        }
    }

    private mutating func see(_ id: String, _ sighting: Sighting, revised: RevisionNote?, path: String, line: Int) {
        let key = id.lowercased()
        if tracks[key] == nil {
            tracks[key] = Track(id: id)
            order.append(key)
            if sighting.statement == nil {
                let hint = closeGoal(to: id).map { " (did you mean '\($0)'?)" } ?? ""
                warn(path, line, sighting.date, "goal '\(id)' is first seen without a statement\(hint): add 'statement' so reports can say what the goal is")
            }
        }
        let previous = tracks[key]!.sightings.last { $0.statement != nil }?.statement
        let goal = tracks[key]!.id
        if let revised {
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
        } else if let previous, let statement = sighting.statement, statement != previous {
            revisions.append(Revision(date: sighting.date, goal: goal, from: previous, to: statement, reason: nil, explicit: false))
        }
        tracks[key]!.sightings.append(sighting)
    }

    /// A goal the client already has whose id is close to `id`: the same ignoring case and punctuation,
    /// or within two edits.
    private func closeGoal(to id: String) -> String? {
        let others = order.dropLast().compactMap { tracks[$0]?.id }
        let key = GoalArea.matchKey(id)
        return others.first { GoalArea.matchKey($0) == key } ?? Suggestion.closest(to: id, among: others)
    }

    private mutating func warn(_ path: String, _ line: Int, _ date: Day, _ message: String) {
        warnings.append(Diagnostic(path: path, line: line, severity: .warning, message: message, client: client, date: date))
    }
}
