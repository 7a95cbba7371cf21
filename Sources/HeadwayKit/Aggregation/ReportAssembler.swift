/// Assembles one `ProgressReport` from a client's history and a period (docs/report-model.md).
struct ReportAssembler {
    let history: ClientHistory
    /// The history's index, for what the events before the period say.
    let index: HistoryIndex
    let period: Period
    let options: ReportOptions
    /// Indexes of the events dated up to `period.to`.
    let visible: Range<Int>
    /// The treatment episode of the report: the latest starting on or before `period.to`.
    let episode: Episode?
    /// The plan that applies: the latest starting on or before `period.to`, within the episode.
    let plan: TreatmentPlan?
    /// The goals seen up to `period.to`, in report order (the plan's in plan order, then the others in
    /// order of first appearance), each with its sightings up to then.
    let goals: [GoalTrack]
    /// The titles of areas, declared or not.
    let titles: AreaTitles

    init(history: ClientHistory, index: HistoryIndex, period: Period, options: ReportOptions) {
        self.history = history
        self.index = index
        self.period = period
        self.options = options
        titles = AreaTitles(declared: options.configuration.areas)
        let end = Self.end(of: period, in: history.events)
        visible = 0..<end
        var episode = history.episodes.last { $0.start <= period.to }
        if let end = episode?.end, end > period.to { episode?.discharge = nil }  // a later discharge is not yet known
        self.episode = episode.map { PairedOutcomes.adding(to: $0, events: history.events, configuration: options.configuration) }
        let latest = HistoryIndex.last(of: index.planPositions, before: end).flatMap { position -> TreatmentPlan? in
            if case .plan(let plan) = history.events[position] { return plan } else { return nil }
        }
        let plan = Episodes.plan(latest, in: episode)
        self.plan = plan
        // A goal of an earlier episode that this one never mentions is not this episode's goal, unless
        // the period holds some of its sightings (a period crossing the discharge): its ratings there stay.
        let seen = history.goals.compactMap { $0.seen(before: end) }.filter { track in
            episode.map { episode in track.sightings.contains { $0.date >= min(episode.start, period.from) } } ?? true
        }
        let planned = (plan?.goals ?? []).compactMap { goal in
            let key = GoalKey(goal.id)
            return seen.first { $0.key == key }
        }
        let plannedKeys = Set(planned.map(\.key))
        goals = planned + seen.filter { !plannedKeys.contains($0.key) }
    }

    func assemble(warnings: [Diagnostic]) -> ProgressReport {
        let notes = visibleNotes
        let printed = printed(warnings)
        let body = BodyLinks(linkInput)
        let ratings = goals.map(\.ratings)
        let progress = zip(goals, ratings).map { goal($0, rated: $1, body: body) }
        let review = plan.map { plan in
            planReview(of: plan, goals: progress, ratings: ratings.map { $0.filter { inEpisode($0.date) } }, notes: notes.filter { inEpisode($0.date) })
        }
        return ProgressReport(
            client: ClientInfo(id: history.client, name: options.redact ? nil : latest(\.clientName, \.clientName, among: index.namesClient)),
            clinician: options.redact ? nil : latest(\.clinician, \.clinician, among: index.namesClinician),
            period: period,
            sessions: sessions(notes),
            goals: progress,
            areas: areas(goals: progress, body: body),
            measures: MeasureAssembler(notes: notes, plan: plan, period: period, episodeStart: episode?.start,
                                       configuration: options.configuration).measures(),
            gas: index.gasScores(in: period),
            milestones: body.milestones,
            revisions: history.revisions.filter { inPeriod($0.date) },
            safetyFlags: SafetyFlags.flags(in: notes, period: period),
            itemAnswers: SafetyFlags.item9Answers(in: notes, period: period),
            planReview: review,
            warnings: printed.map(\.text),
            errors: printed.filter { $0.severity == .error }.map(\.text),
            episode: episode,
            episodeStarts: history.episodes.map(\.start).filter { $0 <= period.to })
    }

    /// The review of the applicable plan; `ratings` are those of `goals`, in order.
    private func planReview(of plan: TreatmentPlan, goals progress: [GoalProgress], ratings: [[Rating]], notes: ArraySlice<SessionNote>) -> PlanReview {
        let ratingsByGoal = Dictionary(zip(goals.map(\.key), ratings), uniquingKeysWith: { first, _ in first })
        return PlanReviewAssembler(plan: plan, period: period, configuration: options.configuration)
            .review(goals: progress, ratings: ratingsByGoal, notes: notes, noteGoals: noteGoalKeys(notes))
    }

    // MARK: Events

    /// What the links of the notes' bodies to goals and areas are made from.
    private var linkInput: BodyLinks.Input {
        BodyLinks.Input(events: history.events[visible], period: period,
                        goals: goals.map { BodyLinks.Goal(key: $0.key, id: $0.id, area: $0.area) }, areaTitles: titles, index: index)
    }

    /// The goals named in session notes (not plans) up to the period's end.
    private func noteGoalKeys(_ notes: ArraySlice<SessionNote>) -> Set<GoalKey> {
        Set(notes.flatMap { $0.goals.map { GoalKey($0.id) } })
    }

    /// The diagnostics as the report shows them: as printed, or, when redacted, naming each file by its
    /// note's date, since folder and file names often carry a client's name (the client's paths worked out once).
    private func printed(_ diagnostics: [Diagnostic]) -> [(severity: Diagnostic.Severity, text: String)] {
        let paths = options.redact ? history.paths : [:]
        return diagnostics.map { ($0.severity, options.redact ? RedactedDiagnostic.text($0, paths: paths) : $0.formatted) }
    }

    /// The notes up to the period's end, read in place from the index (not copied, report after report).
    private var visibleNotes: ArraySlice<SessionNote> {
        index.notes(before: visible.upperBound)
    }

    private func inPeriod(_ day: Day) -> Bool { period.contains(day) }

    /// Whether `day` is in the report's episode or after its start: what came before belongs to an
    /// earlier course of treatment and gives no baseline, start or attended count.
    private func inEpisode(_ day: Day) -> Bool { episode.map { day >= $0.start } ?? true }

    /// `inEpisode` for a goal's baseline and start: a goal of an earlier episode that the period shows (it
    /// crosses the discharge) counts within that episode, from its start to its discharge.
    private func goalEpisode(of track: GoalTrack) -> (Day) -> Bool {
        guard let episode, let last = track.sightings.last?.date, last < episode.start,
              let earlier = history.episodes.last(where: { $0.start <= last }) else { return inEpisode }
        return { earlier.contains($0) }
    }

    /// The position after the last event dated up to `period.to` (events are in date order).
    private static func end(of period: Period, in events: [ClientHistory.Event]) -> Int {
        var low = 0, high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].date <= period.to { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The latest non-nil value of a note or plan field up to `period.to` (`positions`: the events that
    /// give one, from the index); a cancelled or no-show note counts for attendance only, so it sets neither name.
    private func latest(_ noteField: KeyPath<SessionNote, String?>, _ planField: KeyPath<TreatmentPlan, String?>,
                        among positions: [Int]) -> String? {
        guard let position = HistoryIndex.last(of: positions, before: visible.upperBound) else { return nil }
        switch history.events[position] {
        case .note(let note): return note[keyPath: noteField]
        case .plan(let plan): return plan[keyPath: planField]
        }
    }

    // MARK: Sessions

    private func sessions(_ notes: ArraySlice<SessionNote>) -> SessionSummary {
        var summary = SessionSummary()
        for index in notes.indices {  // by index: each note is read in place, not copied, for every report
            if notes[index].attendance == .attended, inEpisode(notes[index].date) { summary.cumulativeAttended += 1 }
            guard inPeriod(notes[index].date) else { continue }
            let note = notes[index]
            summary.dates.append(note.date)
            switch note.attendance {
            case .attended: summary.attended += 1
            case .cancelled:
                summary.cancelled += 1
                if note.cancelledBy == .clinician { summary.cancelledByClinician += 1 }
            case .noShow: summary.noShow += 1
            }
        }
        return summary
    }

    // MARK: Goals

    /// One goal as of `period.to`; `rated` holds every rating up to then.
    private func goal(_ track: GoalTrack, rated: [Rating], body: BodyLinks) -> GoalProgress {
        let ratings = rated.filter { inPeriod($0.date) }
        let inEpisode = goalEpisode(of: track)
        let before = rated.last { $0.date < period.from && inEpisode($0.date) }
        let start = before?.progress ?? ratings.first { inEpisode($0.date) }?.progress
        let end = ratings.last?.progress
        let change = start.flatMap { start in end.map { $0.difference(from: start) } }
        let planBaseline = plan?.goals.first { GoalKey($0.id) == track.key }?.baseline
        let area = track.area
        return GoalProgress(
            id: track.id, area: area, areaTitle: titles.title(of: area),
            statement: track.statement,
            status: track.sightings.last { $0.status != nil }?.status ?? .active,
            baseline: planBaseline ?? rated.first { inEpisode($0.date) }?.progress,
            start: start, end: end, change: change,
            trend: Self.trend(change, rated: !ratings.isEmpty),
            ratings: ratings,
            revisions: history.revisions.filter { GoalKey($0.goal) == track.key && inPeriod($0.date) },
            milestones: body.milestones.filter { $0.goal.map(GoalKey.init) == track.key },
            excerpts: options.redact ? [] : body.goalExcerpts[track.key] ?? [],
            metInPeriod: becameMet(track.sightings), startsBeforePeriod: before != nil,
            firstSeen: track.sightings.first?.date, statusDate: Self.statusDate(track.sightings))
    }

    /// The date of the sighting that set the current status (the first of a run of the same status), or
    /// of the first sighting when none set one.
    static func statusDate(_ sightings: [GoalTrack.Sighting]) -> Day? {
        var status = GoalStatus.active
        var since = sightings.first?.date
        for sighting in sightings {
            guard let next = sighting.status, next != status else { continue }
            status = next
            since = sighting.date
        }
        return since
    }

    static func trend(_ change: Double?, rated: Bool) -> Trend {
        guard rated, let change else { return .noData }
        if change >= 1 { return .improving }
        if change <= -1 { return .declining }
        return .steady
    }

    /// Whether a note in the period changed the status to met.
    private func becameMet(_ sightings: [GoalTrack.Sighting]) -> Bool {
        var status = GoalStatus.active
        for sighting in sightings {
            guard let next = sighting.status else { continue }
            if next == .met, status != .met, inPeriod(sighting.date) { return true }
            status = next
        }
        return false
    }

    // MARK: Areas

    private func areas(goals: [GoalProgress], body: BodyLinks) -> [AreaProgress] {
        let goalsByArea = Dictionary(grouping: goals.map { (area: $0.area, id: $0.id) }, by: \.area)
        return body.areaOrder.map { tag in
            AreaProgress(
                area: tag, title: titles.title(of: tag),
                goals: goalsByArea[tag]?.map(\.id) ?? [],
                sessionsAddressed: body.sessionsAddressing[tag]?.count ?? 0,
                excerpts: options.redact ? [] : body.areaExcerpts[tag] ?? [])
        }
    }
}
