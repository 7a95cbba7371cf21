/// A milestone in the client's version: `date` (`7 October`), `text` (without `#tags`), `goal` (the
/// statement of its goal, absent when it names none).
final class ClientMilestoneView: TemplateView {
    let milestone: Milestone
    /// The statement of the milestone's goal, ready for the format.
    let goal: String?
    let markup: Markup

    init(_ milestone: Milestone, goal: String?, markup: Markup) {
        self.milestone = milestone
        self.goal = goal
        self.markup = markup
    }

    static let fields = ViewFields<ClientMilestoneView>("client milestone", [
        .value("date") { ClientWording.day($0.milestone.date) },
        .value("text") { $0.markup.text(ClientWording.withoutHashtags($0.milestone.text)) },
        .value("goal") { $0.goal },
    ])
}

/// A reworded goal as a change agreed together: `date` (`7 October`), `to` (the new wording), `from`
/// (the earlier wording, absent when not known).
final class ClientChangeView: TemplateView {
    let revision: Revision
    let markup: Markup

    init(_ revision: Revision, markup: Markup) {
        self.revision = revision
        self.markup = markup
    }

    static let fields = ViewFields<ClientChangeView>("client change", [
        .value("date") { ClientWording.day($0.revision.date) },
        .value("to") { view in view.revision.to.map(view.markup.text) },
        .value("from") { view in view.revision.from.map(view.markup.text) },
    ])
}

/// A questionnaire in the client's version: `instrument`, `progress` (`getting better`, `about the
/// same`, `getting harder`; absent for an instrument Headway does not know), `scoreText`
/// (`Your first score was 19, and your latest is 10.`), `betterText` (`A lower score is better.`).
final class ClientMeasureView: TemplateView {
    let measure: MeasureProgress
    let instrument: Instrument?
    let markup: Markup

    init(_ measure: MeasureProgress, instrument: Instrument?, markup: Markup) {
        self.measure = measure
        self.instrument = instrument
        self.markup = markup
    }

    var scoreText: String {
        let latest = DisplayFormat.number(measure.end) ?? ""
        guard let first = DisplayFormat.number(measure.baseline ?? measure.start), first != latest else {
            return "Your score was \(latest)."
        }
        return "Your first score was \(first), and your latest is \(latest)."
    }

    static let fields = ViewFields<ClientMeasureView>("client measure", [
        .value("instrument") { $0.markup.text($0.measure.instrument) },
        .value("progress") { ClientWording.questionnaire($0.measure, instrument: $0.instrument) },
        .value("scoreText") { $0.scoreText },
        .value("betterText") { view in view.instrument.map { $0.lowerIsBetter ? "A lower score is better." : "A higher score is better." } },
    ])
}
