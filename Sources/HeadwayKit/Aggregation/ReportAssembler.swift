/// Assembles one `ProgressReport` from a client's history and a period (REPORT-MODEL.md).
struct ReportAssembler {
    let history: ClientHistory
    let period: Period
    let options: ReportOptions
    /// Indexes of the events dated up to `period.to`.
    let visible: Range<Int>
    /// The plan that applies: the latest starting on or before `period.to`.
    let plan: TreatmentPlan?
    /// Goal keys in report order.
    let goalKeys: [String]
    /// The area of each goal key.
    let goalAreas: [String: String]

    init(history: ClientHistory, period: Period, options: ReportOptions) {
        self.history = history
        self.period = period
        self.options = options
        let end = history.events.firstIndex { $0.date > period.to } ?? history.events.count
        visible = 0..<end
        let plan = history.events[visible].reversed().lazy.compactMap { event -> TreatmentPlan? in
            if case .plan(let plan) = event { return plan } else { return nil }
        }.first
        self.plan = plan
        let seen = history.order.filter { history.tracks[$0]!.sightings.first!.event < end }
        let planned = (plan?.goals ?? []).map { $0.id.lowercased() }.filter(seen.contains)
        goalKeys = planned + seen.filter { !planned.contains($0) }
        var areas: [String: String] = [:]
        for key in goalKeys {
            let sightings = history.tracks[key]!.sightings.prefix { $0.event < end }
            areas[key] = sightings.lazy.compactMap(\.area).first ?? GoalArea.unspecified
        }
        goalAreas = areas
    }

    func assemble(warnings: [Diagnostic]) -> ProgressReport {
        let notes = visibleNotes
        let printed = printed(warnings)
        let body = BodyLinks(assembler: self)
        let ratings = ratingsUpToEnd()
        let goals = goalKeys.map { goal($0, rated: ratings[$0] ?? [], body: body) }
        let review = plan.map { plan in
            PlanReviewAssembler(plan: plan, period: period, configuration: options.configuration)
                .review(goals: goals, ratings: ratings, notes: notes, noteGoals: noteGoalKeys(notes))
        }
        return ProgressReport(
            client: ClientInfo(id: history.client, name: options.redact ? nil : latest(\.clientName, \.clientName)),
            clinician: options.redact ? nil : latest(\.clinician, \.clinician),
            period: period,
            sessions: sessions(notes),
            goals: goals,
            areas: areas(goals: goals, body: body),
            measures: MeasureAssembler(notes: notes, plan: plan, period: period, configuration: options.configuration).measures(),
            gas: GoalAttainment.scores(notes, plans: visiblePlans, period: period),
            milestones: body.milestones,
            revisions: history.revisions.filter { inPeriod($0.date) },
            safetyFlags: SafetyFlags.flags(in: notes, period: period),
            planReview: review,
            warnings: printed.map(\.text),
            errors: printed.filter { $0.severity == .error }.map(\.text))
    }

    // MARK: Events

    var visiblePlans: [TreatmentPlan] {
        history.events[visible].compactMap { if case .plan(let plan) = $0 { return plan } else { return nil } }
    }

    /// The goals named in session notes (not plans) up to the period's end.
    private func noteGoalKeys(_ notes: [SessionNote]) -> Set<GoalKey> {
        Set(notes.flatMap { $0.goals.map { GoalKey($0.id) } })
    }

    /// The diagnostics as the report shows them: as printed, or, when redacted, naming each file by its
    /// note's date, since folder and file names often carry a client's name (the client's paths worked out once).
    private func printed(_ diagnostics: [Diagnostic]) -> [(severity: Diagnostic.Severity, text: String)] {
        let paths = options.redact ? history.paths : [:]
        return diagnostics.map { ($0.severity, options.redact ? RedactedDiagnostic.text($0, paths: paths) : $0.formatted) }
    }

    var visibleNotes: [SessionNote] {
        history.events[visible].compactMap { if case .note(let note) = $0 { return note } else { return nil } }
    }

    func inPeriod(_ day: Day) -> Bool { period.contains(day) }

    /// The latest non-nil value of a note or plan field up to `period.to`; a cancelled or no-show note
    /// counts for attendance only, so it sets neither name.
    private func latest(_ noteField: KeyPath<SessionNote, String?>, _ planField: KeyPath<TreatmentPlan, String?>) -> String? {
        for event in history.events[visible].reversed() {
            switch event {
            case .note(let note): if note.attendance == .attended, let value = note[keyPath: noteField] { return value }
            case .plan(let plan): if let value = plan[keyPath: planField] { return value }
            }
        }
        return nil
    }

    /// Every rating of every goal up to `period.to`, by goal key.
    private func ratingsUpToEnd() -> [String: [Rating]] {
        goalKeys.reduce(into: [:]) { result, key in
            result[key] = history.tracks[key]!.sightings.filter { $0.event < visible.upperBound }.compactMap { sighting in
                sighting.progress.map { Rating(date: sighting.date, progress: $0) }
            }
        }
    }

    // MARK: Sessions

    private func sessions(_ notes: [SessionNote]) -> SessionSummary {
        var summary = SessionSummary()
        for note in notes {
            if note.attendance == .attended { summary.cumulativeAttended += 1 }
            guard inPeriod(note.date) else { continue }
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
    private func goal(_ key: String, rated: [Rating], body: BodyLinks) -> GoalProgress {
        let track = history.tracks[key]!
        let sightings = track.sightings.filter { $0.event < visible.upperBound }
        let ratings = rated.filter { inPeriod($0.date) }
        let before = rated.last { $0.date < period.from }
        let start = before?.progress ?? ratings.first?.progress
        let end = ratings.last?.progress
        let change = start.flatMap { start in end.map { $0.difference(from: start) } }
        let planBaseline = plan?.goals.first { $0.id.lowercased() == key }?.baseline
        let area = goalAreas[key]!
        return GoalProgress(
            id: track.id, area: area, areaTitle: title(of: area),
            statement: sightings.last { $0.statement != nil }?.statement,
            status: sightings.last { $0.status != nil }?.status ?? .active,
            baseline: planBaseline ?? rated.first?.progress,
            start: start, end: end, change: change,
            trend: Self.trend(change, rated: !ratings.isEmpty),
            ratings: ratings,
            revisions: history.revisions.filter { $0.goal.lowercased() == key && inPeriod($0.date) },
            milestones: body.milestones.filter { $0.goal?.lowercased() == key },
            excerpts: options.redact ? [] : body.goalExcerpts[key] ?? [],
            metInPeriod: becameMet(sightings))
    }

    static func trend(_ change: Double?, rated: Bool) -> Trend {
        guard rated, let change else { return .noData }
        if change >= 1 { return .improving }
        if change <= -1 { return .declining }
        return .steady
    }

    /// Whether a note in the period changed the status to met.
    private func becameMet(_ sightings: [ClientHistory.Sighting]) -> Bool {
        var status = GoalStatus.active
        for sighting in sightings {
            guard let next = sighting.status else { continue }
            if next == .met, status != .met, inPeriod(sighting.date) { return true }
            status = next
        }
        return false
    }

    func title(of area: String) -> String {
        options.configuration.areas[area] ?? GoalArea.title(for: area)
    }

    // MARK: Areas

    private func areas(goals: [GoalProgress], body: BodyLinks) -> [AreaProgress] {
        body.areaOrder.map { tag in
            AreaProgress(
                area: tag, title: title(of: tag),
                goals: goals.filter { $0.area == tag }.map(\.id),
                sessionsAddressed: body.sessionsAddressing[tag]?.count ?? 0,
                excerpts: options.redact ? [] : body.areaExcerpts[tag] ?? [])
        }
    }
}
