import Yams

/// Decodes a session note's front matter from its node tree (docs/note-format.md, section 2).
struct SessionNoteDecoder {
    var reader: FieldReader
    let configuration: Configuration
    let readsBody: Bool
    /// The client and date once read, to attribute diagnostics even when the note is rejected.
    private(set) var client: String?
    private(set) var date: Day?

    static let keys = ["type", "client", "date", "session", "clinician", "client-name", "attendance", "cancelled-by",
                       "modality", "goals", "measures", "milestones", "draft"]
    static let goalKeys = ["id", "area", "statement", "progress", "gas", "weight", "status", "revised"]

    init(reader: FieldReader, configuration: Configuration, readsBody: Bool) {
        self.reader = reader
        self.configuration = configuration
        self.readsBody = readsBody
    }

    mutating func decode(_ root: Node, frontMatter: FrontMatter) -> SessionNote? {
        let pairs = reader.pairs(root, known: Self.keys, context: "a session note", ignoring: ObsidianProperties.isIgnored,
                                 unknown: NoteKeys.unknownKeyMessage)
        client = Header.client(root, &reader)
        date = Header.requiredDate(root, key: "date", &reader)
        var note = SessionNote(
            path: reader.path, client: client ?? "", date: date ?? Day(ordinal: 0), session: nil, clinician: nil,
            clientName: nil, attendance: .attended, modality: [], areas: [], goals: [], measures: [], milestones: [],
            body: NoteBody(), dateLine: root.value(forKey: "date").flatMap(reader.line))
        var goalsNode: Node?, measuresNode: Node?, milestonesNode: Node?, cancelledBy: Node?
        for (key, value) in pairs where !FieldReader.isNull(value) {
            switch key {
            case "session":
                note.session = reader.integer(value, key, in: 1...Int.max)
                note.sessionRejected = note.session == nil
            case "clinician": note.clinician = reader.string(value, key)
            case "client-name": note.clientName = reader.string(value, key)
            case "attendance": note.attendance = attendance(value)
            case "cancelled-by": cancelledBy = value
            case "modality": note.modality = reader.strings(value, key) ?? []
            case "goals": goalsNode = value
            case "measures": measuresNode = value
            case "milestones": milestonesNode = value
            default: break
            }
        }
        if let cancelledBy { note.cancelledBy = canceller(cancelledBy, attendance: note.attendance) }
        let attended = note.attendance == .attended
        var areas = AreaResolver(declaredAreas: configuration.areas)
        if let goalsNode { decodeGoals(goalsNode, into: &note, areas: &areas, attended: attended) }
        if let measuresNode {
            let measures = MeasureDecoder.decodeScores(measuresNode, configuration: configuration, reader: &reader)
            if attended { note.measures = measures } else {
                for measure in measures { reader.add(.warning(reader.path, measure.line, "\(measure.instrument) score in a \(note.attendance.rawValue) session is ignored")) }
            }
        }
        if let milestonesNode {
            let milestones = decodeMilestones(milestonesNode)
            if attended { note.milestones = milestones } else {
                for milestone in milestones { reader.add(.warning(reader.path, milestone.line, "milestone in a \(note.attendance.rawValue) session is ignored")) }
            }
        }
        areas.flush(into: &reader)
        guard !reader.fileRejected, client != nil, date != nil else { return nil }
        if attended, readsBody {
            note.body = BodyAnalyzer.analyze(frontMatter.body, firstLine: frontMatter.bodyFirstLine)
        }
        return note
    }

    /// `attendance`: a file error when it is not one of its values, since the note's meaning depends on it.
    private mutating func attendance(_ node: Node) -> Attendance {
        if case .scalar(let scalar) = node, let value = Attendance(rawValue: scalar.string) { return value }
        let allowed = Attendance.allCases.map(\.rawValue).joined(separator: ", ")
        reader.fileError(node, "'attendance' must be one of \(allowed), got \(FieldReader.describe(node))")
        return .attended
    }

    /// `cancelled-by`, read in a cancelled note only.
    private mutating func canceller(_ node: Node, attendance: Attendance) -> Canceller? {
        guard attendance == .cancelled else {
            reader.warning(node, "'cancelled-by' is read only in a cancelled note (this one is \(attendance.rawValue)): ignored")
            return nil
        }
        return reader.choice(node, "cancelled-by", as: Canceller.self)
    }

    // MARK: Goals

    private mutating func decodeGoals(_ node: Node, into note: inout SessionNote, areas: inout AreaResolver, attended: Bool) {
        guard case .sequence(let entries) = node else {
            reader.error(node, "'goals' must be a list of area tags or goal entries, not a \(FieldReader.shape(of: node))",
                         losing: "this note's goals are left out")
            return
        }
        var seen: [GoalKey: Int] = [:]
        var seenAreas = Set(note.areas)
        for entry in entries {
            switch entry {
            case .scalar:
                guard let tag = areas.resolve(entry, key: "goals", reader: &reader) else { continue }
                if attended, seenAreas.insert(tag).inserted { note.areas.append(tag) }
            case .mapping:
                guard let goal = decodeGoal(entry, areas: &areas) else { continue }
                let key = GoalKey(goal.id)
                if let first = seen[key] {
                    reader.error(entry, "goal '\(goal.id)' appears twice in this note (first on line \(first))",
                                 losing: "this second entry is left out")
                    continue
                }
                seen[key] = goal.line
                if attended {
                    note.goals.append(goal)
                } else if goal.progress != nil || goal.gas != nil {
                    reader.warning(entry, "rating of goal '\(goal.id)' in a \(note.attendance.rawValue) session is ignored")
                } else if goal.statement != nil || goal.status != nil || goal.revised != nil {
                    reader.warning(entry, "goal '\(goal.id)' in a \(note.attendance.rawValue) session is ignored: its statement, status and "
                                   + "revision are read only from an attended session")
                }
            default:
                reader.error(entry, "each entry of 'goals' must be an area tag or a goal mapping, not a \(FieldReader.shape(of: entry))",
                             losing: "this entry is left out")
            }
        }
    }

    private mutating func decodeGoal(_ node: Node, areas: inout AreaResolver) -> GoalEntry? {
        let line = reader.line(node) ?? reader.firstLine
        var goal = GoalEntry(id: "", line: line)
        var hasID = false
        // The goal's id names it in the warning about an unknown key, looked up only when there is one.
        let unknown = { (key: String, hint: String) in
            GoalEntryKeys.unknownKeyMessage(key, hint: hint, goal: node.value(forKey: "id")?.scalar?.string)
        }
        for (key, value) in reader.pairs(node, known: Self.goalKeys, context: "a goal", unknown: unknown) where !FieldReader.isNull(value) {
            switch key {
            case "id":
                if let id = reader.string(value, key), !id.isEmpty { goal.id = id; hasID = true }
            case "area": goal.area = areas.resolve(value, key: "area", reader: &reader)
            case "statement": goal.statement = reader.string(value, key)
            case "progress": goal.progress = reader.number(value, key, in: 0...10)
            case "gas": goal.gas = reader.integer(value, key, in: -2...2)
            case "weight": goal.weight = reader.positiveWeight(value)
            case "status": goal.status = reader.choice(value, key, as: GoalStatus.self)
            case "revised": goal.revised = decodeRevision(value)
            default: break
            }
        }
        guard hasID else {
            reader.error(node, "goal entry without 'id' (use a list item with only the area tag to mark an area as worked on)",
                         losing: "this goal entry is left out")
            return nil
        }
        return goal
    }

    private mutating func decodeRevision(_ node: Node) -> RevisionNote? {
        let line = reader.line(node) ?? reader.firstLine
        switch node {
        case .scalar:
            return reader.string(node, "revised").map { RevisionNote(from: nil, reason: $0, line: line) }
        case .mapping:
            var revision = RevisionNote(from: nil, reason: nil, line: line)
            for (key, value) in reader.pairs(node, known: ["from", "reason"], context: "'revised'") where !FieldReader.isNull(value) {
                if key == "from" { revision.from = reader.string(value, "revised.from") } else { revision.reason = reader.string(value, "revised.reason") }
            }
            return revision
        default:
            reader.error(node, "'revised' must be a reason or a mapping with 'from' and 'reason', not a \(FieldReader.shape(of: node))",
                         losing: "'revised' is left out")
            return nil
        }
    }

    // MARK: Milestones

    private mutating func decodeMilestones(_ node: Node) -> [MilestoneEntry] {
        guard case .sequence(let entries) = node else {
            reader.error(node, "'milestones' must be a list, not a \(FieldReader.shape(of: node))", losing: "this note's milestones are left out")
            return []
        }
        var milestones: [MilestoneEntry] = []
        for entry in entries {
            let line = reader.line(entry) ?? reader.firstLine
            switch entry {
            case .scalar:
                if let text = reader.string(entry, "milestones"), !text.isEmpty { milestones.append(.init(markdown: text, goal: nil, line: line)) }
            case .mapping:
                var text = "", goal: String?
                for (key, value) in reader.pairs(entry, known: ["text", "goal"], context: "a milestone") where !FieldReader.isNull(value) {
                    if key == "text" { text = reader.string(value, "text") ?? "" } else { goal = reader.string(value, "goal") }
                }
                if text.isEmpty {
                    reader.error(entry, "milestone without 'text'", losing: "this milestone is left out")
                } else {
                    milestones.append(.init(markdown: text, goal: goal, line: line))
                }
            default:
                reader.error(entry, "each milestone must be text or a mapping with 'text' and 'goal', not a \(FieldReader.shape(of: entry))",
                             losing: "this milestone is left out")
            }
        }
        return milestones
    }
}

extension FieldReader {
    /// A GAS weight: a number greater than 0.
    mutating func positiveWeight(_ node: Node) -> Double? {
        guard let value = number(node, "weight") else { return nil }
        guard value > 0 else {
            error(node, "'weight' must be greater than 0, got \(FieldReader.format(value))", losing: ValueLoss.words(forKey: "weight"))
            return nil
        }
        return value
    }
}

extension MilestoneEntry {
    /// A milestone from front-matter Markdown, rendered by cmark.
    init(markdown: String, goal: String?, line: Int) {
        let body = BodyAnalyzer.inline(markdown)
        self.init(text: markdown, goal: goal, line: line, content: body.content, tag: body.tag)
    }
}
