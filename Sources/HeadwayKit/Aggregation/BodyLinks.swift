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
    /// The areas of `areaOrder`, looked up rather than searched for (a note may name thousands).
    private var areasSeen: Set<String> = []

    private let goals: [GoalKey: Goal]
    private let goalNames: [String: GoalKey]  // match key → goal
    private let areaNames: [String: String]  // match key → area tag
    private let areaTitles: AreaTitles

    /// The links of the notes and plans of `input`.
    init(_ input: Input) {
        goals = Dictionary(input.goals.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        goalNames = Dictionary(input.goals.map { (GoalArea.matchKey($0.key.folded), $0.key) }, uniquingKeysWith: { first, _ in first })
        areaNames = Self.areaNames(input)
        areaTitles = input.areaTitles
        // The events before the period only add areas to `areaOrder`, each at its first mention.
        let start = Self.start(of: input.period, in: input.events)
        for (named, event) in input.index.mentions(before: start) {
            if let target = target(of: named) { mention(target, event: event, addressing: false) }
        }
        for index in start..<input.events.endIndex {
            switch input.events[index] {
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
        let seen = input.goals.map(\.area) + input.index.areas(before: input.events.endIndex) + input.areaTitles.declared.keys
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
            let named = block.tags.compactMap(target(tagged:)).filter { seen.insert($0).inserted }
            for target in named { mention(target, event: event, addressing: inPeriod) }
            guard inPeriod else { continue }
            let uncovered = named.filter { target in !block.sections.contains { sectionTargets[$0] == target } }
            addExcerpts(of: block.content, date: note.date, to: uncovered, named: named.count)
        }
        readMilestones(of: note, event: event, inPeriod: inPeriod)
    }

    /// A tagged passage's excerpts: under each of `targets` when it names at most `maximumRepeats` goals
    /// and areas (`named`, its sections' included); else in full under the first, and under each of the
    /// others a one-line pointer to it, so that a paragraph tagged with hundreds of areas is written once.
    private mutating func addExcerpts(of content: RenderedText, date: Day, to targets: [Target], named: Int) {
        guard named > Self.maximumRepeats, let first = targets.first else {
            for target in targets { addExcerpt(content, date: date, to: target) }
            return
        }
        addExcerpt(content, date: date, to: first)
        let pointer = Self.pointer(to: name(of: first), named: named)
        for target in targets.dropFirst() { addExcerpt(pointer, date: date, to: target) }
    }

    /// What a report calls a goal (its id) or an area (its title).
    private func name(of target: Target) -> String {
        switch target {
        case .goal(let key): return goals[key]?.id ?? key.folded
        case .area(let tag): return areaTitles.title(of: tag)
        }
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

    /// The position of the first event of `period` (events are in date order).
    private static func start(of period: Period, in events: ArraySlice<ClientHistory.Event>) -> Int {
        var low = events.startIndex, high = events.endIndex
        while low < high {
            let middle = (low + high) / 2
            if events[middle].date < period.from { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The goal or area an indexed mention names.
    private func target(of mention: HistoryIndex.Mention) -> Target? {
        switch mention {
        case .area(let tag): return .area(tag)
        case .goal(let key): return .goal(key)
        case .named(let key): return target(key: key)
        case .goalNamed(let key, let goal): return target(key: key) ?? .goal(goal)
        }
    }

    /// The goal or area a heading names: goal ids first, then area tags and titles.
    private func target(named title: String) -> Target? { target(key: GoalArea.matchKey(title)) }

    /// The goal or area a match key names.
    private func target(key: String) -> Target? {
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
        if areasSeen.insert(area).inserted { areaOrder.append(area) }
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
