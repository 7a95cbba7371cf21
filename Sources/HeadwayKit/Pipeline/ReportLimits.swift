/// Bounds on what one report may hold, so that one client's notes cannot take a whole batch down:
/// a report over a bound is an error for its files, and every other report and the index are still
/// written (README "Robustness").
public struct ReportLimits: Sendable, Equatable {
    /// The most narrative one report may hold, in bytes: the HTML and text of its goals' and areas'
    /// excerpts and of its milestones. A report is rendered in each format from it, so a run's memory
    /// grows with it; 256 MiB is about 50,000 typical notes' narrative in one report.
    public var narrativeBytes: Int

    /// Limits of `narrativeBytes` (256 MiB by default).
    public init(narrativeBytes: Int = 268_435_456) {
        self.narrativeBytes = narrativeBytes
    }

    /// Why `report` is not made, or nil when it is within the limits.
    func refusal(of report: ProgressReport) -> String? {
        let size = report.narrativeBytes
        guard size > narrativeBytes else { return nil }
        return "this report would hold \(size) bytes of narrative; the limit is \(narrativeBytes): it is not written "
            + "(a report of a shorter period holds less, e.g. with --by-month)"
    }
}

extension ProgressReport {
    /// The bytes of narrative the report holds: excerpts and milestones, HTML and text, wherever they are shown.
    var narrativeBytes: Int {
        let excerpts = goals.flatMap(\.excerpts) + areas.flatMap(\.excerpts)
        let milestones = milestones + goals.flatMap(\.milestones)
        return excerpts.reduce(0) { $0 + $1.html.utf8.count + $1.text.utf8.count }
            + milestones.reduce(0) { $0 + $1.html.utf8.count + $1.text.utf8.count }
    }
}
