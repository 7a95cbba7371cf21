extension FHIRBundle {
    /// The CarePlan of the applicable plan, when one applies: completed once the episode is discharged
    /// by the period's end, else active; its goals and, per goal, an activity for each objective and
    /// intervention.
    var carePlanEntry: JSONValue? {
        guard let review = report.planReview else { return nil }
        let discharged = report.episode?.end.flatMap { $0 <= report.period.to ? $0 : nil }
        let reported = Set(report.goals.map { GoalKey($0.id) })
        let goals = review.goals.filter { reported.contains(GoalKey($0.id)) }
        var period: [(String, JSONValue)] = [("start", .string(review.planStart.description))]
        if let discharged { period.append(("end", .string(discharged.description))) }
        var members: [(String, JSONValue)] = [
            ("status", .string(discharged == nil ? "active" : "completed")),
            ("intent", .string("plan")),
            ("title", .string("Treatment plan of \(review.planStart)")),
            ("subject", patient.reference),
            ("period", .object(period)),
        ]
        if !goals.isEmpty { members.append(("goal", .array(goals.map { goal($0.id).reference }))) }
        let activities = goals.flatMap(activities)
        if !activities.isEmpty { members.append(("activity", .array(activities))) }
        return entry(identity("CarePlan", [review.planStart.description]), "CarePlan", members)
    }

    /// `activity.detail.status` of a plan goal's activities: completed for a met goal, on-hold when
    /// paused, cancelled when discontinued; for an active goal, in-progress once rated, not-started before.
    static func activityStatus(_ goal: PlanGoalReview) -> String {
        switch goal.status {
        case .met: return "completed"
        case .paused: return "on-hold"
        case .discontinued: return "cancelled"
        case .active: return goal.current == nil ? "not-started" : "in-progress"
        }
    }

    private func activities(_ goal: PlanGoalReview) -> [JSONValue] {
        let described = goal.objectives.map { "Objective: \($0)" } + goal.interventions.map { "Intervention: \($0)" }
        return described.map { description in
            .object([("detail", .object([
                ("status", .string(Self.activityStatus(goal))),
                ("description", .string(description)),
                ("goal", .array([self.goal(goal.id).reference])),
            ]))])
        }
    }
}
