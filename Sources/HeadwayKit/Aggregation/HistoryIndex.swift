/// What every report of a client looks up in the events before its period, worked out once per client
/// (when its reports are made, bodies included), so that a report costs its own period and not the whole
/// history before it: `--by-month` over 10,000 notes of one client was quadratic.
struct HistoryIndex: Sendable {
    /// A goal or area named by an event, before it is resolved against a report's goals and areas.
    enum Mention: Hashable, Sendable {
        /// An area tag listed in a note's `goals`.
        case area(String)
        /// A goal listed by a note or a plan.
        case goal(GoalKey)
        /// A heading or a hashtag, by its match key: a goal id first, then an area tag or title.
        case named(String)
        /// A front-matter milestone's `goal`: a name as `named`, else that goal's id.
        case goalNamed(String, GoalKey)
    }

    /// Every mention, at its first occurrence only, in the order `BodyLinks` meets them, with its event.
    private(set) var firstMentions: [(mention: Mention, event: Int)] = []
    /// Every area tag listed in a note's `goals`, at its first occurrence, with its event.
    private(set) var noteAreas: [(tag: String, event: Int)] = []
    /// Positions of the plans in the events.
    private(set) var planPositions: [Int] = []
    /// The session notes in order, and the position of each in the events.
    private(set) var notes: [SessionNote] = []
    private(set) var notePositions: [Int] = []
    /// The GAS score of every session that rates a goal, in order: a session's score does not depend on
    /// the report's period (`GoalAttainment.scores`), so it is worked out once for every report.
    private(set) var gasScores: [GASScore] = []
    /// Positions of the events that give a client name and a clinician (`ReportAssembler.latest`).
    private(set) var namesClient: [Int] = []
    private(set) var namesClinician: [Int] = []

    /// The index of `events`, a client's history in order.
    init(_ events: [ClientHistory.Event]) {
        var seen = Set<Mention>()
        var first: [(mention: Mention, event: Int)] = []
        var areas = Set<String>()
        for (index, event) in events.enumerated() {
            switch event {
            case .plan(let plan):
                planPositions.append(index)
                if plan.clientName != nil { namesClient.append(index) }
                if plan.clinician != nil { namesClinician.append(index) }
                for goal in plan.goals {
                    let mention = Mention.goal(GoalKey(goal.id))
                    if seen.insert(mention).inserted { first.append((mention, index)) }
                }
            case .note(let note):
                notes.append(note)
                notePositions.append(index)
                if note.attendance == .attended, note.clientName != nil { namesClient.append(index) }
                if note.attendance == .attended, note.clinician != nil { namesClinician.append(index) }
                for tag in note.areas where areas.insert(tag).inserted { noteAreas.append((tag, index)) }
                Self.forEachMention(of: note) { mention in
                    if seen.insert(mention).inserted { first.append((mention, index)) }
                }
            }
        }
        firstMentions = first
        if let first = notes.first?.date, let last = notes.last?.date {
            let plans = planPositions.compactMap { position -> TreatmentPlan? in
                if case .plan(let plan) = events[position] { return plan } else { return nil }
            }
            gasScores = GoalAttainment.scores(notes[...], plans: plans, period: Period(from: first, to: last, label: "", slug: ""))
        }
    }

    /// The GAS scores of the sessions in `period`.
    func gasScores(in period: Period) -> [GASScore] {
        let start = Self.prefixCount(of: gasScores) { $0.date < period.from }
        let end = Self.prefixCount(of: gasScores) { $0.date <= period.to }
        return Array(gasScores[start..<max(start, end)])
    }

    /// An empty index.
    init() {}

    /// Calls `body` with what `BodyLinks.read` mentions for `note`, in its order (no array of them is made).
    private static func forEachMention(of note: SessionNote, _ body: (Mention) -> Void) {
        for tag in note.areas { body(.area(tag)) }
        for goal in note.goals { body(.goal(GoalKey(goal.id))) }
        for section in note.body.sections { body(.named(GoalArea.matchKey(section.title))) }
        for block in note.body.tagged {
            for tag in block.tags { body(.named(GoalArea.matchKey(tag))) }
        }
        for entry in note.milestones {
            if let goal = entry.goal { body(.goalNamed(GoalArea.matchKey(goal), GoalKey(goal))) }
            else if let tag = entry.tag { body(.named(GoalArea.matchKey(tag))) }
        }
        for entry in note.body.milestones {
            if let tag = entry.tag { body(.named(GoalArea.matchKey(tag))) }
        }
    }

    /// The first mentions made by the events before position `end`.
    func mentions(before end: Int) -> ArraySlice<(mention: Mention, event: Int)> {
        firstMentions[..<Self.count(of: firstMentions, before: end, event: \.event)]
    }

    /// The notes before position `end`, in order.
    func notes(before end: Int) -> ArraySlice<SessionNote> {
        notes[..<Self.count(of: notePositions, before: end, event: \.self)]
    }

    /// The area tags notes list before position `end`.
    func areas(before end: Int) -> [String] {
        noteAreas[..<Self.count(of: noteAreas, before: end, event: \.event)].map(\.tag)
    }

    /// The position of the last of `positions` (in order) before `end`.
    static func last(of positions: [Int], before end: Int) -> Int? {
        let count = count(of: positions, before: end, event: \.self)
        return count > 0 ? positions[count - 1] : nil
    }

    /// How many elements of `elements`, in order of `event`, come before position `end`.
    private static func count<Element>(of elements: [Element], before end: Int, event: (Element) -> Int) -> Int {
        prefixCount(of: elements) { event($0) < end }
    }

    /// The length of the prefix of `elements` whose elements all satisfy `isBefore`, which holds for a
    /// prefix and then never again (binary search).
    private static func prefixCount<Element>(of elements: [Element], while isBefore: (Element) -> Bool) -> Int {
        var low = 0, high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(elements[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
