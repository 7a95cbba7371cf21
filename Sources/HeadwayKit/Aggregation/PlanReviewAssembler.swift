/// Reviews the applicable treatment plan at the end of a report's period.
struct PlanReviewAssembler {
    let plan: TreatmentPlan
    let period: Period
    let configuration: Configuration

    /// The review, from the report's goals (as of the period's end) and every score up to it.
    /// `ratings` are each goal's ratings up to the period's end, by goal.
    /// `noteGoals` are the goals named in session notes up to the period's end: those missing from the
    /// plan are unplanned (a goal that only an older plan lists is not).
    func review(goals: [GoalProgress], ratings: [GoalKey: [Rating]], notes: ArraySlice<SessionNote>, noteGoals: Set<GoalKey>) -> PlanReview {
        let planned = Set(plan.goals.map { GoalKey($0.id) })
        let progress = Dictionary(goals.map { (GoalKey($0.id), $0) }, uniquingKeysWith: { first, _ in first })
        let reviews = plan.goals.map { goal in
            let key = GoalKey(goal.id)
            return review(goal, progress: progress[key], ratings: ratings[key] ?? [])
        }
        let revised = goals.filter { planned.contains(GoalKey($0.id)) }.flatMap(\.revisions).filter { $0.date >= plan.start }
        return PlanReview(
            planStart: plan.start,
            reviewDue: Self.reviewDue(start: plan.start, every: plan.reviewEvery, onOrAfter: period.to),
            goals: reviews,
            measures: plan.measures.map { measure($0, notes: notes) },
            unplanned: goals.map(\.id).filter { noteGoals.contains(GoalKey($0)) && !planned.contains(GoalKey($0)) },
            revisionsSincePlan: revised.count)
    }

    /// The first `start + n × every` days (n ≥ 1) on or after `day`; nil after 9999-12-31 (a four-digit
    /// year), which `Day` cannot write.
    static func reviewDue(start: Day, every: Int, onOrAfter day: Day) -> Day? {
        let elapsed = day.ordinal - start.ordinal
        let periods = max(1, (elapsed + every - 1) / every)
        let due = start.adding(days: periods * every)
        return due.year <= 9999 ? due : nil
    }

    /// Progress expected on `day` on the straight line from `baseline` at `start` to `target` at
    /// `targetDate`; the target itself from the target date on.
    static func expected(baseline: Double, target: Double, start: Day, targetDate: Day, on day: Day) -> Double {
        let span = Double(targetDate.ordinal - start.ordinal)
        guard span > 0, day < targetDate else { return target }
        let elapsed = Double(max(0, day.ordinal - start.ordinal))
        return baseline + (target - baseline) * elapsed / span
    }

    private func review(_ goal: PlanGoal, progress: GoalProgress?, ratings: [Rating]) -> PlanGoalReview {
        let statement = progress?.statement ?? goal.statement
        let current = ratings.last?.progress
        let baseline = goal.baseline ?? ratings.first?.progress
        let status = progress?.status ?? .active
        var expected: Double?
        if let baseline, let target = goal.target, let targetDate = goal.targetDate {
            expected = Self.expected(baseline: baseline, target: target, start: plan.start, targetDate: targetDate, on: period.to)
        }
        let onTrack: Bool? = status == .met ? true : (goal.target == nil || goal.targetDate == nil) ? nil
            : current.flatMap { current in expected.map { current >= $0 - 1e-9 } }
        let measurable = goal.target != nil || (statement ?? "").contains { $0.isNumber }
        return PlanGoalReview(
            id: goal.id, statement: statement, baseline: baseline, current: current, target: goal.target,
            targetDate: goal.targetDate, status: status, onTrack: onTrack,
            smart: SmartCheck(measurable: measurable, timeBound: goal.targetDate != nil), expected: expected,
            line: goal.line, objectives: goal.objectives, interventions: goal.interventions)
    }

    private func measure(_ measure: PlanMeasure, notes: ArraySlice<SessionNote>) -> PlanMeasureReview {
        let scores = notes.filter { $0.date <= period.to }.flatMap(\.measures).filter { $0.instrument == measure.instrument }
            .compactMap(\.score)
        let current = scores.last
        var met: Bool?
        if let current, let target = measure.target, let instrument = configuration.instrument(named: measure.instrument) {
            met = instrument.lowerIsBetter ? current <= target : current >= target
        }
        return PlanMeasureReview(instrument: measure.instrument, baseline: measure.baseline ?? scores.first, current: current,
                                 target: measure.target, met: met)
    }
}
