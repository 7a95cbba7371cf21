extension ProgressReport {
    /// The report as the JSON contract of docs/report-model.md.
    public var json: JSONValue {
        let keys: [(String, JSONValue)] = [
            ("schemaVersion", .number(Double(schemaVersion))),
            ("client", .object([("id", .string(client.id)), ("name", .optional(client.name))])),
            ("clinician", .optional(clinician)),
            ("period", .object([("from", .day(period.from)), ("to", .day(period.to)), ("label", .string(period.label))])),
            ("episode", episode?.json ?? .null),
            ("sessions", sessions.json),
            ("goals", .array(goals.map(\.json))),
            ("areas", .array(areas.map(\.json))),
            ("measures", .array(measures.map(\.json))),
            ("gas", .array(gas.map(\.json))),
            ("milestones", .array(milestones.map(\.json))),
            ("revisions", .array(revisions.map(\.json))),
            ("safetyFlags", .array(safetyFlags.map(\.json))),
            ("planReview", planReview?.json ?? .null),
            ("warnings", .array(warnings.map(JSONValue.string))),
            ("errors", .array(errors.map(JSONValue.string))),
        ]
        // Only a period crossing a discharge has parts; the key is left out otherwise (docs/report-model.md, "Episodes in the period").
        let parts: [(String, JSONValue)] = episodeParts.isEmpty ? [] : [("episodeParts", .array(episodeParts.map(\.json)))]
        return .object(keys + parts)
    }
}

extension JSONValue {
    static func day(_ day: Day) -> JSONValue { .string(day.description) }
}

extension SessionSummary {
    var json: JSONValue {
        .object([
            ("attended", .number(Double(attended))),
            ("cancelled", .number(Double(cancelled))),
            ("cancelledByClinician", .number(Double(cancelledByClinician))),
            ("noShow", .number(Double(noShow))),
            ("scheduled", .number(Double(scheduled))),
            ("attendanceRate", .optional(attendanceRate)),
            ("dates", .array(dates.map(JSONValue.day))),
            ("cumulativeAttended", .number(Double(cumulativeAttended))),
        ])
    }
}

extension GoalProgress {
    var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("area", .string(area)),
            ("areaTitle", .string(areaTitle)),
            ("statement", .optional(statement)),
            ("status", .string(status.rawValue)),
            ("baseline", .optional(baseline)),
            ("start", .optional(start)),
            ("end", .optional(end)),
            ("change", .optional(change)),
            ("trend", .string(trend.rawValue)),
            ("ratings", .array(ratings.map { .object([("date", .day($0.date)), ("progress", .number($0.progress))]) })),
            ("revisions", .array(revisions.map(\.json))),
            ("milestones", .array(milestones.map(\.json))),
            ("excerpts", .array(excerpts.map(\.json))),
            ("metInPeriod", .bool(metInPeriod)),
        ])
    }
}

extension AreaProgress {
    var json: JSONValue {
        .object([
            ("area", .string(area)),
            ("title", .string(title)),
            ("goals", .array(goals.map(JSONValue.string))),
            ("sessionsAddressed", .number(Double(sessionsAddressed))),
            ("excerpts", .array(excerpts.map(\.json))),
        ])
    }
}

extension Excerpt {
    var json: JSONValue {
        .object([("date", .day(date)), ("html", .string(html)), ("text", .string(text))])
    }
}

extension Revision {
    var json: JSONValue {
        .object([
            ("date", .day(date)), ("goal", .string(goal)), ("from", .optional(from)), ("to", .optional(to)),
            ("reason", .optional(reason)), ("explicit", .bool(explicit)),
        ])
    }
}

extension Milestone {
    var json: JSONValue {
        .object([
            ("date", .day(date)), ("text", .string(text)), ("html", .string(html)), ("goal", .optional(goal)),
            ("area", .optional(area)), ("source", .string(source.rawValue)),
        ])
    }
}

extension MeasureProgress {
    var json: JSONValue {
        .object([
            ("instrument", .string(instrument)),
            ("scores", .array(scores.map { .object([("date", .day($0.date)), ("score", .number($0.score))]) })),
            ("baseline", .optional(baseline)),
            ("start", .optional(start)),
            ("end", .optional(end)),
            ("change", .optional(change)),
            ("changeFromBaseline", .optional(changeFromBaseline)),
            ("severity", .optional(severity)),
            ("reliableChange", .optional(reliableChange?.rawValue)),
            ("response", .optional(response)),
            ("remission", .optional(remission)),
            ("recovered", .optional(recovered)),
        ])
    }
}

extension PlanReview {
    var json: JSONValue {
        .object([
            ("planStart", .day(planStart)),
            ("reviewDue", reviewDue.map(JSONValue.day) ?? .null),
            ("goals", .array(goals.map(\.json))),
            ("measures", .array(measures.map(\.json))),
            ("unplanned", .array(unplanned.map(JSONValue.string))),
        ])
    }
}

extension PlanGoalReview {
    var json: JSONValue {
        .object([
            ("id", .string(id)), ("statement", .optional(statement)), ("baseline", .optional(baseline)),
            ("current", .optional(current)), ("target", .optional(target)),
            ("targetDate", targetDate.map(JSONValue.day) ?? .null), ("status", .string(status.rawValue)),
            ("onTrack", .optional(onTrack)),
            ("smart", .object([
                ("measurable", .bool(smart.measurable)), ("timeBound", .bool(smart.timeBound)),
                ("missing", .array(smart.missing.map(JSONValue.string))),
            ])),
        ])
    }
}

extension PlanMeasureReview {
    var json: JSONValue {
        .object([
            ("instrument", .string(instrument)), ("baseline", .optional(baseline)), ("current", .optional(current)),
            ("target", .optional(target)), ("met", .optional(met)),
        ])
    }
}

extension GASScore {
    var json: JSONValue {
        .object([("date", .day(date)), ("tScore", .number(tScore)), ("goalsRated", .number(Double(goalsRated))), ("goalsCounted", .number(Double(goalsCounted)))])
    }
}

extension SafetyFlag {
    var json: JSONValue {
        .object([("date", .day(date)), ("instrument", .string(instrument)), ("item", .string(item)), ("value", .number(Double(value)))])
    }
}

extension EpisodePart {
    /// One part of a period crossing a discharge: its episode's keys, then the part's own figures.
    var json: JSONValue {
        .object(episode.jsonKeys + [
            ("from", .day(from)),
            ("to", .day(to)),
            ("sessions", sessions.json),
            ("measures", .array(measures.map(\.json))),
        ])
    }
}

extension Episode {
    var json: JSONValue { .object(jsonKeys) }

    /// The keys of `episode`, in order.
    var jsonKeys: [(String, JSONValue)] {
        [
            ("number", .number(Double(number))),
            ("start", .day(start)),
            ("end", end.map(JSONValue.day) ?? .null),
            ("dischargeReason", .optional(discharge?.reason?.rawValue)),
            ("outcomes", outcomes?.json ?? .null),
        ]
    }
}
