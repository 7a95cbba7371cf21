import Yams

/// Decodes a treatment plan's front matter (docs/note-format.md, section 4). The Markdown below it is the
/// clinician's own: no report reads it, so it is not analysed.
struct PlanDecoder {
    var reader: FieldReader
    let configuration: Configuration
    private(set) var client: String?
    private(set) var date: Day?

    static let keys = ["type", "client", "start", "review-every", "clinician", "client-name", "goals", "measures", "measure-every", "anxiety-measure", "draft"]
    static let goalKeys = ["id", "area", "statement", "baseline", "target", "target-date", "weight", "objectives", "interventions"]

    init(reader: FieldReader, configuration: Configuration) {
        self.reader = reader
        self.configuration = configuration
    }

    mutating func decode(_ root: Node) -> TreatmentPlan? {
        let pairs = reader.pairs(root, known: Self.keys, context: "a plan", ignoring: ObsidianProperties.isIgnored)
        client = Header.client(root, &reader)
        date = Header.requiredDate(root, key: "start", &reader)
        var plan = TreatmentPlan(path: reader.path, client: client ?? "", start: date ?? Day(ordinal: 0), reviewEvery: 90,
                                 clinician: nil, clientName: nil, goals: [], measures: [],
                                 startLine: root.value(forKey: "start").flatMap(reader.line))
        var areas = AreaResolver(declaredAreas: configuration.areas)
        for (key, value) in pairs where !FieldReader.isNull(value) {
            switch key {
            case "review-every":
                plan.reviewEvery = reader.integer(value, key, in: 1...3650) ?? 90
                plan.reviewEveryLine = reader.line(value)
            case "clinician": plan.clinician = reader.string(value, key)
            case "client-name": plan.clientName = reader.string(value, key)
            case "goals": plan.goals = decodeGoals(value, areas: &areas)
            case "measures": plan.measures = MeasureDecoder.decodeTargets(value, configuration: configuration, reader: &reader)
            case "measure-every": plan.measureEvery = MeasureScheduleDecoder.decode(value, configuration: configuration, reader: &reader)
            case "anxiety-measure": plan.anxietyMeasure = AnxietyMeasureDecoder.decode(value, configuration: configuration, reader: &reader)
            default: break
            }
        }
        areas.flush(into: &reader)
        guard !reader.fileRejected, client != nil, date != nil else { return nil }
        return plan
    }

    private mutating func decodeGoals(_ node: Node, areas: inout AreaResolver) -> [PlanGoal] {
        guard case .sequence(let entries) = node else {
            reader.error(node, "a plan's 'goals' must be a list of goal mappings, not a \(FieldReader.shape(of: node))",
                         losing: "this plan's goals are left out")
            return []
        }
        var goals: [PlanGoal] = []
        for entry in entries {
            guard case .mapping = entry else {
                reader.error(entry, "each goal of a plan must be a mapping with at least 'id', not a \(FieldReader.shape(of: entry))",
                             losing: "this entry is left out")
                continue
            }
            var goal = PlanGoal(id: "", objectives: [], interventions: [], line: reader.line(entry) ?? reader.firstLine)
            for (key, value) in reader.pairs(entry, known: Self.goalKeys, context: "a plan goal") where !FieldReader.isNull(value) {
                switch key {
                case "id": goal.id = reader.string(value, key) ?? ""
                case "area": goal.area = areas.resolve(value, key: key, reader: &reader)
                case "statement": goal.statement = reader.string(value, key)
                case "baseline": goal.baseline = reader.number(value, key, in: 0...10)
                case "target": goal.target = reader.number(value, key, in: 0...10)
                case "target-date": goal.targetDate = reader.date(value, key)
                case "weight": goal.weight = reader.positiveWeight(value)
                case "objectives": goal.objectives = reader.strings(value, key) ?? []
                case "interventions": goal.interventions = reader.strings(value, key) ?? []
                default: break
                }
            }
            if goal.id.isEmpty {
                reader.error(entry, "goal entry without 'id'", losing: "this goal entry is left out")
            } else if let first = goals.first(where: { GoalKey($0.id) == GoalKey(goal.id) }) {
                reader.error(entry, "goal '\(goal.id)' appears twice in this plan (first on line \(first.line))",
                             losing: "this second entry is left out")
            } else {
                goals.append(goal)
            }
        }
        return goals
    }
}
