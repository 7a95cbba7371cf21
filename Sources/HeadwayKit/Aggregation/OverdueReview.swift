/// A plan review that fell due and was not held: the index's "Needs attention" reason and, through the
/// caseload's diagnostics, a warning of `check` and of the reports (docs/note-format.md, section 4).
enum OverdueReview {
    /// The latest review date of the client's current plan (start + n × review-every, n ≥ 1) that fell
    /// before its last session note, when no review note is dated on or after it, with that plan.
    static func due(of client: String, in caseload: Caseload) -> (plan: TreatmentPlan, due: Day)? {
        guard let last = caseload.lastNoteDay(of: client), let plan = caseload.applicablePlan(of: client, on: last), plan.reviewEvery > 0 else { return nil }
        let periods = (last.ordinal - plan.start.ordinal - 1) / plan.reviewEvery  // due dates strictly before `last`
        guard periods >= 1 else { return nil }
        let due = plan.start.adding(days: periods * plan.reviewEvery)
        let reviewed = caseload.reviews(of: client).contains { $0.date >= due }
        return reviewed ? nil : (plan, due)
    }

    /// The warning of an overdue review at the plan's `review-every` line (else its `start` line), dated
    /// on the day after the due date (the first day it is overdue), so that a report ending on or before
    /// the due date does not show it.
    static func warning(of client: String, in caseload: Caseload) -> Diagnostic? {
        guard let (plan, due) = due(of: client, in: caseload) else { return nil }
        return Diagnostic(
            path: plan.path, line: plan.reviewEveryLine ?? plan.startLine, severity: .warning,
            message: "the plan's review was due on \(due) (every \(plan.reviewEvery) days from \(plan.start)) and no review note is dated on or after it",
            client: client, date: due.adding(days: 1))
    }
}
