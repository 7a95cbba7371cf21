/// One goal in the client's version (README, "Client report variables": Client goal): known by its
/// statement, never its id, with progress in words.
final class ClientGoalView: TemplateView {
    let goal: GoalProgress
    let period: Period
    let markup: Markup

    init(_ goal: GoalProgress, period: Period, markup: Markup) {
        self.goal = goal
        self.period = period
        self.markup = markup
    }

    /// The goal's wording; for a goal never worded, what its area is about.
    var statement: String {
        markup.text(goal.statement ?? "A goal about \(goal.areaTitle.lowercased())")
    }

    /// `from 5.5 to 6.5 out of 10`: the first and last ratings of the period, as its ratings table
    /// shows them; `6 out of 10` for one rating, or the same first and last.
    var ratingsText: String? {
        guard let first = goal.ratings.first.flatMap({ DisplayFormat.number($0.progress) }),
              let last = goal.ratings.last.flatMap({ DisplayFormat.number($0.progress) }) else { return nil }
        return first == last ? "\(last) out of 10" : "from \(first) to \(last) out of 10"
    }

    /// The period's ratings in words, first against last, so that the words and `ratingsText` agree;
    /// with one rating, the goal's trend (that rating against the one before).
    var progress: String? {
        guard goal.ratings.count > 1, let first = goal.ratings.first?.progress, let last = goal.ratings.last?.progress else {
            return ClientWording.progress(goal.trend)
        }
        return ClientWording.progress(last > first ? .improving : last < first ? .declining : .steady)
    }

    static let fields = ViewFields<ClientGoalView>("client goal", [
        .value("statement") { $0.statement },
        .value("areaTitle") { $0.markup.text($0.goal.areaTitle) },
        .value("isMet") { $0.goal.status == .met },
        .value("statusText") { ClientWording.status(of: $0.goal) },
        .value("progress") { $0.progress },
        .value("ratingsText") { $0.ratingsText },
        .value("hasRatings") { !$0.goal.ratings.isEmpty },
        .list("ratings", of: ClientRatingView.self) { $0.goal.ratings.map(ClientRatingView.init) },
        .object("chart", ChartView.self) { view in
            // The chart names the goal by its statement: its title and description are read aloud.
            var named = view.goal
            named.id = view.goal.statement ?? view.goal.areaTitle
            return view.markup.htmlOnly { Charts.goal(named, period: view.period) }.map(ChartView.init)
        },
        .list("changes", of: ClientChangeView.self) { view in view.goal.revisions.map { ClientChangeView($0, markup: view.markup) } },
        .value("hasChanges") { !$0.goal.revisions.isEmpty },
    ])
}

/// One progress rating of a goal in the client's version: `date` (`7 October`), `progress`.
final class ClientRatingView: TemplateView {
    let rating: Rating

    init(_ rating: Rating) { self.rating = rating }

    static let fields = ViewFields<ClientRatingView>("client rating", [
        .value("date") { ClientWording.day($0.rating.date) },
        .value("progress") { DisplayFormat.number($0.rating.progress) ?? "" },
    ])
}
