/// Links what the notes' bodies and milestone lists say to goals and areas: excerpts, milestones,
/// the sessions addressing each area, and the order in which areas first appear.
struct BodyLinks {
    /// What a heading, hashtag or milestone names.
    enum Target: Hashable {
        case goal(GoalKey)
        case area(String)  // tag
    }

    private(set) var goalExcerpts: [GoalKey: [Excerpt]] = [:]
    private(set) var areaExcerpts: [String: [Excerpt]] = [:]
    private(set) var milestones: [Milestone] = []
    private(set) var sessionsAddressing: [String: Set<Int>] = [:]
    private(set) var areaOrder: [String] = []

    private let goals: [GoalKey: Goal]
    private let goalNames: [String: GoalKey]  // match key → goal
    private let areaNames: [String: String]  // match key → area tag

    /// The links of the notes and plans of `input`.
    init(_ input: Input) {
        goals = Dictionary(input.goals.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        goalNames = Dictionary(input.goals.map { (GoalArea.matchKey($0.key.folded), $0.key) }, uniquingKeysWith: { first, _ in first })
        areaNames = Self.areaNames(input)
        for (index, event) in zip(input.events.indices, input.events) {
            switch event {
            case .plan(let plan):
                for goal in plan.goals { mention(.goal(GoalKey(goal.id)), event: index, addressing: false) }
            case .note(let note):
                read(note, event: index, inPeriod: input.period.contains(note.date))
            }
        }
    }

    /// The area tag that each match key of a tag or title names: the built-in areas, then the goals',
    /// the notes' and the declared ones in tag order, a later one taking a key from an earlier one.
    private static func areaNames(_ input: Input) -> [String: String] {
        let notes = input.events.compactMap { if case .note(let note) = $0 { return note } else { return nil } }
        let seen = input.goals.map(\.area) + notes.flatMap(\.areas) + input.areaTitles.declared.keys
        var areas: [String: String] = [:]
        for tag in GoalArea.builtIn.map(\.tag) + seen.sorted() {
            areas[GoalArea.matchKey(tag)] = tag
            areas[GoalArea.matchKey(input.areaTitles.title(of: tag))] = tag
        }
        return areas
    }

    private mutating func read(_ note: SessionNote, event: Int, inPeriod: Bool) {
        for tag in note.areas { mention(.area(tag), event: event, addressing: inPeriod) }
        for goal in note.goals { mention(.goal(GoalKey(goal.id)), event: event, addressing: inPeriod) }
        var sectionTargets: [Int: Target] = [:]
        for (index, section) in note.body.sections.enumerated() {
            guard let named = target(named: section.title) else { continue }
            sectionTargets[index] = named
            mention(named, event: event, addressing: inPeriod)
            if inPeriod { addExcerpt(section.content, date: note.date, to: named) }
        }
        for block in note.body.tagged {
            var seen = Set<Target>()
            for named in block.tags.compactMap(target(tagged:)) where seen.insert(named).inserted {
                mention(named, event: event, addressing: inPeriod)
                let covered = block.sections.contains { sectionTargets[$0] == named }
                if inPeriod, !covered { addExcerpt(block.content, date: note.date, to: named) }
            }
        }
        readMilestones(of: note, event: event, inPeriod: inPeriod)
    }

    /// A milestone names its goal (or area) by its `goal` key or its first hashtag, and addresses that
    /// goal's area like a hashtag does; a milestone is never also an excerpt.
    private mutating func readMilestones(of note: SessionNote, event: Int, inPeriod: Bool) {
        for entry in note.milestones {
            let named = entry.goal.map { target(tagged: $0) ?? .goal(GoalKey($0)) } ?? entry.tag.flatMap(target(tagged:))
            if let named { mention(named, event: event, addressing: inPeriod) }
            if inPeriod { milestones.append(milestone(entry.content, date: note.date, target: named, written: entry.goal, source: .frontMatter)) }
        }
        for entry in note.body.milestones {
            let named = entry.tag.flatMap(target(tagged:))
            if let named { mention(named, event: event, addressing: inPeriod) }
            if inPeriod { milestones.append(milestone(entry.content, date: note.date, target: named, written: nil, source: .body)) }
        }
    }

    /// The goal or area a heading names: goal ids first, then area tags and titles.
    private func target(named title: String) -> Target? {
        let key = GoalArea.matchKey(title)
        guard !key.isEmpty else { return nil }
        if let goal = goalNames[key] { return .goal(goal) }
        return areaNames[key].map(Target.area)
    }

    /// The goal or area a hashtag (or a milestone's `goal`) names.
    private func target(tagged tag: String) -> Target? { target(named: tag) }

    private mutating func mention(_ target: Target, event: Int, addressing: Bool) {
        let area: String
        switch target {
        case .goal(let key):
            guard let goal = goals[key] else { return }
            area = goal.area
        case .area(let tag):
            area = tag
        }
        if !areaOrder.contains(area) { areaOrder.append(area) }
        if addressing { sessionsAddressing[area, default: []].insert(event) }
    }

    private mutating func addExcerpt(_ content: RenderedText, date: Day, to target: Target) {
        guard !content.text.isEmpty || !content.html.isEmpty else { return }
        let excerpt = Excerpt(date: date, html: content.html, text: content.text)
        switch target {
        case .goal(let key): goalExcerpts[key, default: []].append(excerpt)
        case .area(let tag): areaExcerpts[tag, default: []].append(excerpt)
        }
    }

    private func milestone(_ content: RenderedText, date: Day, target: Target?, written: String?, source: MilestoneSource) -> Milestone {
        var goal: String?, area: String?
        switch target {
        case .goal(let key):
            goal = goals[key]?.id ?? written
            area = goals[key]?.area
        case .area(let tag):
            area = tag
        case nil:
            break
        }
        return Milestone(date: date, text: content.text, html: content.html, goal: goal, area: area, source: source)
    }
}
