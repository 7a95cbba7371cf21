/// A rewording of a goal: `date`, `goal`, `from`, `to`, `reason`, `explicit`.
final class RevisionView: TemplateView {
    let revision: Revision
    let markup: Markup

    init(_ revision: Revision, markup: Markup) {
        self.revision = revision
        self.markup = markup
    }

    static let fields = ViewFields<RevisionView>("revision", [
        .value("date") { $0.revision.date.description },
        .value("goal") { $0.markup.text($0.revision.goal) },
        .value("from") { view in view.revision.from.map(view.markup.text) },
        .value("to") { view in view.revision.to.map(view.markup.text) },
        .value("reason") { view in view.revision.reason.map(view.markup.text) },
        .value("explicit") { $0.revision.explicit },
    ])
}

/// A celebrated achievement: `date`, `text`, `html`, `goal`, `area`, `source`, `fromBody`.
struct MilestoneView: TemplateView {
    let milestone: Milestone
    let markup: Markup

    init(_ milestone: Milestone, markup: Markup) {
        self.milestone = milestone
        self.markup = markup
    }

    static let fields = ViewFields<MilestoneView>("milestone", [
        .value("date") { $0.milestone.date.description },
        .value("text") { $0.markup.text($0.milestone.text) },
        .value("html") { $0.milestone.html },
        .value("goal") { view in view.milestone.goal.map(view.markup.text) },
        .value("area") { $0.milestone.area },
        .value("source") { $0.milestone.source.rawValue },
        .value("fromBody") { $0.milestone.source == .body },
    ])
}

/// A questionnaire answer that needs attention: `date`, `instrument`, `item` (`item 9`), `value`.
final class SafetyFlagView: TemplateView {
    let flag: SafetyFlag
    let markup: Markup

    init(_ flag: SafetyFlag, markup: Markup) {
        self.flag = flag
        self.markup = markup
    }

    static let fields = ViewFields<SafetyFlagView>("safety flag", [
        .value("date") { $0.flag.date.description },
        .value("instrument") { $0.markup.text($0.flag.instrument) },
        .value("item") { view in
            let item = view.flag.item
            return view.markup.text(item.hasPrefix("item") ? "item " + item.dropFirst(4) : item)
        },
        .value("value") { $0.flag.value },
    ])
}

/// One session's Goal Attainment Scaling T-score: `date`, `tScore` (one decimal), `goalsRated`, `goalsCounted`.
struct GASView: TemplateView {
    let score: GASScore

    init(_ score: GASScore) { self.score = score }

    static let fields = ViewFields<GASView>("gas", [
        .value("date") { $0.score.date.description },
        .value("tScore") { DisplayFormat.number(($0.score.tScore * 10).rounded() / 10) ?? "" },
        .value("goalsRated") { $0.score.goalsRated },
        .value("goalsCounted") { $0.score.goalsCounted },
    ])
}
