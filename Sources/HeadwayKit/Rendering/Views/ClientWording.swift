/// The plain words of the client's version (README, "A client's version"): dates, progress and
/// questionnaire changes said as a person would say them, with no clinical terms.
enum ClientWording {
    /// `7 October`; `7 October 2026` with `year`.
    static func day(_ day: Day, year: Bool = false) -> String {
        "\(day.day) \(Period.monthNames[day.month - 1])" + (year ? " \(day.year)" : "")
    }

    /// `October 2026` for a calendar month, `all our sessions` for every session, else
    /// `1 September to 30 November 2026` (each year given when the two differ).
    static func period(_ period: Period) -> String {
        if period.slug == "all" { return "all our sessions" }
        if period.from == period.from.firstOfMonth, period.to == period.from.lastOfMonth { return period.label }
        let sameYear = period.from.year == period.to.year
        return "\(day(period.from, year: !sameYear)) to \(day(period.to, year: true))"
    }

    /// `1 session`, `3 sessions`.
    static func sessions(_ count: Int) -> String {
        DisplayFormat.count(count, "session")
    }

    /// How a goal's ratings moved: `going up`, `going down`, `about the same`; nil when not rated.
    static func progress(_ trend: Trend) -> String? {
        switch trend {
        case .improving: "going up"
        case .declining: "going down"
        case .steady: "about the same"
        case .noData: nil
        }
    }

    /// What a goal's status means for the client; nil for an active goal.
    static func status(of goal: GoalProgress) -> String? {
        switch goal.status {
        case .active: nil
        case .met: goal.metInPeriod ? "You reached this goal. Well done!" : "You have reached this goal."
        case .paused: "We put this goal on hold for now."
        case .discontinued: "We stopped working on this goal."
        }
    }

    /// The text without its `#tags` (which name goals and areas for the clinician's notes), also
    /// those alone in parentheses (`(#work-worry)`).
    static func withoutHashtags(_ text: String) -> String {
        text.replacing(/[ \t]*\(#[\p{L}\p{N}_-]+\)/, with: "").replacing(/(?:^|[ \t])#[\p{L}\p{N}_-]+/, with: "").trimmingSpaces
    }

    /// `getting better`, `about the same` or `getting harder`: the latest score against the first,
    /// read the way the instrument points; a change smaller than the instrument's reliable change is
    /// about the same. Nil without two scores or without the instrument's direction.
    static func questionnaire(_ measure: MeasureProgress, instrument: Instrument?) -> String? {
        guard let instrument, let first = measure.baseline ?? measure.start, let latest = measure.end else { return nil }
        let change = instrument.lowerIsBetter ? first - latest : latest - first
        if abs(change) < (instrument.reliableChange ?? 0.005) { return "about the same" }
        return change > 0 ? "getting better" : "getting harder"
    }
}

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
