extension Pipeline {
    /// `headway check`: stages 1 and 2 (whose diagnostics include measurement gaps and overdue reviews),
    /// and the plan findings of stage 3 (goals that are not SMART, plan goals never rated, unplanned
    /// goals), as warnings among the notes' diagnostics.
    /// Nothing is rendered or written.
    public func check() throws(RunError) -> Caseload {
        var caseload = try read()
        let findings = PlanFindings.diagnostics(caseload, options: ReportOptions(configuration: configuration))
        caseload.diagnostics = (caseload.diagnostics + findings).sorted()
        return caseload
    }
}
