extension FHIRBundle {
    /// A Goal per goal of the report, in report order.
    var goalEntries: [JSONValue] {
        let planned = Dictionary((report.planReview?.goals ?? []).map { (GoalKey($0.id), $0) }, uniquingKeysWith: { first, _ in first })
        return report.goals.map { goalEntry($0, planned: planned[GoalKey($0.id)]) }
    }

    /// `lifecycleStatus` of a goal status.
    static func lifecycleStatus(_ status: GoalStatus) -> String {
        switch status {
        case .active: return "active"
        case .paused: return "on-hold"
        case .discontinued: return "cancelled"
        case .met: return "completed"
        }
    }

    /// `achievementStatus` (goal-achievement code and display): achieved for a met goal, else from the
    /// period's trend; nil without ratings to tell.
    static func achievement(_ goal: GoalProgress) -> (code: String, display: String)? {
        if goal.status == .met { return ("achieved", "Achieved") }
        switch goal.trend {
        case .improving: return ("improving", "Improving")
        case .declining: return ("worsening", "Worsening")
        case .steady: return ("no-change", "No Change")
        case .noData: return nil
        }
    }

    private func goalEntry(_ goal: GoalProgress, planned: PlanGoalReview?) -> JSONValue {
        var members: [(String, JSONValue)] = [("lifecycleStatus", .string(Self.lifecycleStatus(goal.status)))]
        if let achievement = Self.achievement(goal) {
            members.append(("achievementStatus", FHIRCodes.concept(FHIRCodes.goalAchievement, achievement.code, achievement.display)))
        }
        members.append(("category", .array([FHIRCodes.concept(FHIRCodes.goalArea, FHIRCodes.code(goal.area), goal.areaTitle)])))
        let description = goal.statement.flatMap(FHIRCodes.nonBlank) ?? planned?.statement.flatMap(FHIRCodes.nonBlank) ?? goal.id
        members.append(("description", .object([("text", .string(description))])))
        members.append(("subject", patient.reference))
        if let start = goal.firstSeen { members.append(("startDate", .string(start.description))) }
        if let target = planned.flatMap(target) { members.append(("target", .array([target]))) }
        if let date = goal.statusDate { members.append(("statusDate", .string(date.description))) }
        if !goal.revisions.isEmpty { members.append(("note", .array(goal.revisions.map(note)))) }
        return entry(self.goal(goal.id), "Goal", members)
    }

    /// The plan's target: progress on the 0–10 scale (`detailQuantity`, with its `measure`) and the
    /// target date (`dueDate`); nil when the plan gives neither.
    private func target(_ goal: PlanGoalReview) -> JSONValue? {
        guard goal.target != nil || goal.targetDate != nil else { return nil }
        var members: [(String, JSONValue)] = []
        if let value = goal.target {
            members.append(("measure", FHIRCodes.concept(FHIRCodes.headway, "goal-progress", "Goal progress rating (0-10)")))
            members.append(("detailQuantity", FHIRCodes.score(value)))
        }
        if let date = goal.targetDate { members.append(("dueDate", .string(date.description))) }
        return .object(members)
    }

    /// A revision as an Annotation: its date, and the wording before and after with the reason.
    private func note(_ revision: Revision) -> JSONValue {
        var text = "Goal reworded"
        if let from = revision.from { text += " from \u{201C}\(from)\u{201D}" }
        if let to = revision.to { text += " to \u{201C}\(to)\u{201D}" }
        if let reason = revision.reason { text += ". Reason: \(reason)" }
        return .object([("time", .string(revision.date.description)), ("text", .string(text))])
    }
}
