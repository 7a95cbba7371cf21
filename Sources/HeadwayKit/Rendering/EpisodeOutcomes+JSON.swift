extension EpisodeOutcomes {
    /// `episode.outcomes` of the JSON contract (docs/report-model.md, "Episode outcomes").
    var json: JSONValue {
        .object([
            ("attendedSessions", .number(Double(attendedSessions))),
            ("anxietyMeasure", .string(anxietyMeasure)),
            ("measures", .array(measures.map(\.json))),
            ("measuresUsed", .array(measuresUsed.map(JSONValue.string))),
            ("basis", .string(basis)),
            ("caseAtStart", .optional(caseAtStart)),
            ("recovered", .optional(recovered)),
            ("reliableImprovement", .optional(reliableImprovement)),
            ("reliableDeterioration", .optional(reliableDeterioration)),
            ("reliableRecovery", .optional(reliableRecovery)),
            ("sessionsToReliableImprovement", .optional(sessionsToReliableImprovement.map(Double.init))),
        ])
    }
}

extension EpisodeOutcomes.Pair {
    var json: JSONValue {
        .object([
            ("instrument", .string(instrument)),
            ("first", .number(first)),
            ("last", .number(last)),
            ("firstDate", .day(firstDate)),
            ("lastDate", .day(lastDate)),
        ])
    }
}
