extension BodyLinks {
    /// What the links are made from.
    struct Input {
        /// The events up to the report's period's end, at their positions in the client's history.
        var events: ArraySlice<ClientHistory.Event>
        /// The report's period: only its notes address areas and give excerpts and milestones.
        var period: Period
        /// The report's goals, in report order.
        var goals: [Goal]
        /// The titles of areas, which headings and hashtags may name.
        var areaTitles: AreaTitles
        /// The client's history indexed: what the events before the period mention.
        var index: HistoryIndex
    }

    /// A goal of the report, as links need it.
    struct Goal {
        var key: GoalKey
        /// The id as first written.
        var id: String
        /// The goal's area as of the period's end.
        var area: String
    }
}
