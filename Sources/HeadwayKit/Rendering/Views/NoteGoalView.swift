/// One goal of a note scaffold: its id and latest statement (quoted for YAML, or on one line for a
/// comment or heading), its area, and its last rating, shown but never copied.
final class NoteGoalView: TemplateView {
    let goal: NoteScaffold.Goal

    init(_ goal: NoteScaffold.Goal) {
        self.goal = goal
    }

    static let fields = ViewFields<NoteGoalView>("note goal", [
        .value("id") { NoteView.yaml($0.goal.id) },
        .value("statement") { $0.goal.statement.map(NoteView.line) },
        .value("heading") { NoteView.line(NoteView.heading(ofGoal: $0.goal.id)) },
        .value("yamlStatement") { $0.goal.statement.map(NoteView.yaml) },
        .value("area") { NoteView.line($0.goal.area) },
        .value("lastRating") { DisplayFormat.number($0.goal.lastRating?.progress) },
        .value("lastRatingDate") { $0.goal.lastRating?.date.description },
    ])
}
