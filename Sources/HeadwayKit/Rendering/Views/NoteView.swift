/// The view of `note.md`, the scaffold `headway new` writes: values for YAML are double-quoted
/// scalars (`yaml…`), values for comments and headings are on one line.
final class NoteView: TemplateView {
    let scaffold: NoteScaffold

    init(_ scaffold: NoteScaffold) {
        self.scaffold = scaffold
    }

    static let fields = ViewFields<NoteView>("note", [
        .value("isSession") { $0.scaffold.kind == .session },
        .value("isPlan") { $0.scaffold.kind == .plan },
        .value("isReview") { $0.scaffold.kind == .review },
        .value("client") { NoteView.yaml($0.scaffold.client) },
        .value("clientName") { $0.scaffold.clientName.map(NoteView.yaml) },
        .value("date") { $0.scaffold.date.description },
        .value("session") { $0.scaffold.session },
        .value("clinician") { $0.scaffold.clinician.map(NoteView.yaml) },
        .list("goals", of: NoteGoalView.self) { $0.scaffold.goals.map(NoteGoalView.init) },
        .value("hasGoals") { !$0.scaffold.goals.isEmpty },
        .value("hasMeasures") { $0.scaffold.measures.contains(where: \.isDue) },
        .texts("measures") { $0.scaffold.measures.filter(\.isDue).map { NoteView.yaml($0.instrument) } },
        .list("laterMeasures", of: NoteMeasureView.self) { $0.scaffold.measures.filter { !$0.isDue }.map(NoteMeasureView.init) },
    ])

    /// `text` as a YAML double-quoted scalar.
    static func yaml(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: quoted += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// `text` on one line, for a comment or a heading.
    /// `paced-breathing` → `Paced breathing`: a body heading that names the goal (headings match goal ids
    /// ignoring case, spaces and punctuation), so what is written under it becomes the goal's excerpt.
    static func heading(ofGoal id: String) -> String {
        let words = id.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func line(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
