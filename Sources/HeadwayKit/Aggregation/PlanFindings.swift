/// What `headway check` says about treatment plans, as of each client's last note: goals that are not
/// SMART (no numeric target, no target date), plan goals never rated, and goals worked on in the notes
/// but missing from the plan. All are warnings at the plan file. (An overdue review is among the
/// caseload's own diagnostics, so reports show it too: `OverdueReview`.)
public enum PlanFindings {
    /// The findings for every client of `caseload` with a plan.
    public static func diagnostics(_ caseload: Caseload, options: ReportOptions = ReportOptions()) -> [Diagnostic] {
        caseload.clients.flatMap { client -> [Diagnostic] in
            guard let day = caseload.lastDay(of: client), let plan = caseload.applicablePlan(of: client, on: day) else { return [] }
            let period = Period.range(from: plan.start, to: day)
            guard let review = ClientReports(client: client, caseload: caseload, options: options).report(for: period).planReview else { return [] }
            return findings(review).map { finding in
                Diagnostic(path: plan.path, line: finding.line, severity: .warning, message: finding.message, client: client, date: plan.start)
            }
        }
    }

    private static func findings(_ review: PlanReview) -> [(line: Int?, message: String)] {
        var findings: [(line: Int?, message: String)] = []
        let neverRated = Set(review.neverRated.map(GoalKey.init))
        for goal in review.goals {
            if let gap = smartGap(goal) { findings.append((goal.line, "plan goal '\(goal.id)' \(gap)")) }
            if neverRated.contains(GoalKey(goal.id)) {
                findings.append((goal.line, "plan goal '\(goal.id)' has never been rated"))
            }
        }
        for id in review.unplanned {
            findings.append((nil, "goal '\(id)' is worked on in the notes but is not in the plan"))
        }
        return findings
    }

    /// What a plan goal lacks, in the words of the review's SMART gaps: `has no numeric target or target
    /// date`, `has no numeric target` or `has no target date`, with why it matters; nil for neither.
    private static func smartGap(_ goal: PlanGoalReview) -> String? {
        switch (goal.target == nil, goal.targetDate == nil) {
        case (true, true): return "has no numeric target or target date: progress against the plan cannot be judged (SMART: measurable, time-bound)"
        case (true, false): return "has no numeric target: progress against the plan cannot be judged (SMART: measurable)"
        case (false, true): return "has no target date (SMART: time-bound)"
        case (false, false): return nil
        }
    }
}
