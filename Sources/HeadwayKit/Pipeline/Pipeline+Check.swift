extension Pipeline {
    /// `headway check`: stages 1 and 2 (whose diagnostics include measurement gaps and overdue reviews),
    /// and the plan findings of stage 3 (goals that are not SMART, plan goals never rated, unplanned
    /// goals), as warnings among the notes' diagnostics. Nothing is rendered or written. The folder is
    /// read in waves, as a batch reads it, so that memory holds a wave's notes, not the folder's.
    public func check() throws(RunError) -> CaseloadSummary {
        let options = ReportOptions(configuration: configuration)
        var findings: [Diagnostic] = []
        var summary = try inWaves(of: try survey()) { caseload in
            findings += PlanFindings.diagnostics(caseload, options: options)
        }
        summary.diagnostics = (summary.diagnostics + findings).sorted()
        return summary
    }
}
