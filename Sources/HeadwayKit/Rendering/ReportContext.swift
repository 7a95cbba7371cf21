/// The values a report template sees (documented in README.md, "Template variables").
///
/// Built as dictionaries, and as view classes (`GoalView`, `ExcerptView`) for the parts a report has many
/// of, rather than read from the model by reflection: explicit, and fast to render.
/// Free text is escaped for Markdown here; for HTML, Mustache's `{{…}}` escapes it.
struct ReportContext {
    let format: OutputFormat
    /// The clinic's settings (header details, instruments).
    let configuration: Configuration

    func make(_ report: ProgressReport) -> [String: Any] {
        let goals = report.goals.map { GoalView($0, period: report.period, context: self) }
        var context: [String: Any] = [
            "client": compact(["id": text(report.client.id), "name": report.client.name.map(text)]),
            "period": ["from": report.period.from.description, "to": report.period.to.description,
                       "label": report.period.label, "slug": report.period.slug],
            "sessions": sessions(report.sessions),
            "goals": goals,
            "areas": report.areas.map { area($0, goals: goals) },
            "measures": report.measures.map { measure($0, period: report.period) },
            "gas": report.gas.map { ["date": $0.date.description, "tScore": DisplayFormat.number(($0.tScore * 10).rounded() / 10) ?? "", "goalsRated": $0.goalsRated, "goalsCounted": $0.goalsCounted] },
            "milestones": report.milestones.map(milestone),
            "revisions": report.revisions.map(revision),
            "safetyFlags": report.safetyFlags.map(safetyFlag),
            "warnings": report.warnings.map(text),
            "errors": report.errors.map(text),
            "errorCount": report.errors.count,
            "errorCountText": report.errors.count == 1 ? "1 error" : "\(report.errors.count) errors",
        ]
        context["clinician"] = report.clinician.map(text)
        context["clinic"] = clinic()
        context["gasChart"] = chart(Charts.gas(report.gas, period: report.period))
        context["planReview"] = report.planReview.map { PlanReviewContext(text: text).make($0, report: report) }
        for key in ["goals", "areas", "measures", "gas", "milestones", "revisions", "safetyFlags", "warnings", "errors"] {
            context["has" + key.prefix(1).uppercased() + key.dropFirst()] = !((context[key] as? [Any])?.isEmpty ?? true)
        }
        return context
    }

    /// Note text as the format needs it.
    func text(_ value: String) -> String {
        format == .markdown ? MarkdownEscaping.escape(value) : value
    }

    /// The clinic's name and address lines, when configured.
    private func clinic() -> [String: Any]? {
        guard configuration.clinicName != nil || !configuration.clinicAddress.isEmpty else { return nil }
        return compact(["name": configuration.clinicName.map(text), "address": configuration.clinicAddress.map(text)])
    }

    private func safetyFlag(_ flag: SafetyFlag) -> [String: Any] {
        let item = flag.item.hasPrefix("item") ? "item " + flag.item.dropFirst(4) : flag.item
        return ["date": flag.date.description, "instrument": text(flag.instrument), "item": text(item), "value": flag.value]
    }

    private func sessions(_ sessions: SessionSummary) -> [String: Any] {
        compact([
            "attended": sessions.attended, "cancelled": sessions.cancelled,
            "cancelledByClinician": sessions.cancelledByClinician > 0 ? sessions.cancelledByClinician : nil, "noShow": sessions.noShow,
            "scheduled": sessions.scheduled, "attendanceRate": DisplayFormat.percent(sessions.attendanceRate),
            "dates": sessions.dates.map(\.description), "cumulativeAttended": sessions.cumulativeAttended,
        ])
    }

    static let trendSymbols: [Trend: String] = [.improving: "↑", .declining: "↓", .steady: "→", .noData: "·"]

    private func area(_ area: AreaProgress, goals: [GoalView]) -> [String: Any] {
        let members = goals.filter { $0.goal.area == area.area }
        return [
            "area": area.area, "title": text(area.title), "sessionsAddressed": area.sessionsAddressed,
            "goals": members, "hasGoals": !members.isEmpty,
            "isActive": !members.isEmpty || !area.excerpts.isEmpty || area.sessionsAddressed > 0,
            "excerpts": area.excerpts.map { ExcerptView($0, context: self) }, "hasExcerpts": !area.excerpts.isEmpty,
        ]
    }

    func revision(_ revision: Revision) -> [String: Any] {
        compact([
            "date": revision.date.description, "goal": text(revision.goal),
            "from": revision.from.map(text), "to": revision.to.map(text), "reason": revision.reason.map(text),
            "explicit": revision.explicit,
        ])
    }

    func milestone(_ milestone: Milestone) -> [String: Any] {
        compact([
            "date": milestone.date.description, "text": text(milestone.text), "html": milestone.html,
            "goal": milestone.goal.map(text), "area": milestone.area, "source": milestone.source.rawValue,
            "fromBody": milestone.source == .body,
        ])
    }

    private func measure(_ measure: MeasureProgress, period: Period) -> [String: Any] {
        compact([
            "chart": chart(Charts.measure(measure, instrument: configuration.instrument(named: measure.instrument), period: period)),
            "instrument": text(measure.instrument), "trendText": DisplayFormat.trend(of: measure).map(text),
            "scores": measure.scores.map { ["date": $0.date.description, "score": DisplayFormat.number($0.score) ?? ""] },
            "hasScores": !measure.scores.isEmpty,
            "scoresText": measure.scores.compactMap { DisplayFormat.number($0.score) }.joined(separator: " → "),
            "baseline": DisplayFormat.number(measure.baseline), "start": DisplayFormat.number(measure.start),
            "end": DisplayFormat.number(measure.end), "change": DisplayFormat.signed(measure.change),
            "changeFromBaseline": DisplayFormat.signed(measure.changeFromBaseline),
            "severity": measure.severity, "reliableChange": measure.reliableChange?.rawValue,
            "response": measure.response.map { $0 ? "yes" : "no" },
            "remission": measure.remission.map { $0 ? "yes" : "no" },
            "recovered": measure.recovered.map { $0 ? "yes" : "no" },
        ])
    }

    /// An inline SVG chart (HTML only: Markdown reports carry text trends instead).
    func chart(_ make: @autoclosure () -> Chart?) -> [String: Any]? {
        guard format == .html, let chart = make() else { return nil }
        return ["svg": chart.svg, "title": chart.title]
    }

    /// Drops absent values, so that `{{#key}}` sections skip them.
    private func compact(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { $0 }
    }
}
