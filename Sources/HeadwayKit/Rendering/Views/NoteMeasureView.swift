/// A measure of a note scaffold that is not due in the new note (`measure-every:`), shown as a comment
/// so that the clinician sees when it falls due.
final class NoteMeasureView: TemplateView {
    let measure: NoteScaffold.Measure

    init(_ measure: NoteScaffold.Measure) {
        self.measure = measure
    }

    static let fields = ViewFields<NoteMeasureView>("note measure", [
        .value("instrument") { NoteView.line($0.measure.instrument) },
        .value("schedule") { NoteMeasureView.schedule(of: $0.measure) },
    ])

    /// `every 4 sessions, last on 2026-10-28: due in 2 sessions`.
    static func schedule(of measure: NoteScaffold.Measure) -> String {
        let last = measure.lastScored.map { ", last on \($0)" } ?? ""
        return "every \(DisplayFormat.count(measure.sessions, "session"))\(last): due in \(DisplayFormat.count(measure.dueIn, "session"))"
    }
}
