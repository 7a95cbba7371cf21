extension CaseloadIndex {
    /// The index as `index.json`.
    var json: JSONValue {
        .object([("title", .string(title)), ("clients", .array(entries.map(\.json))), ("outcomes", outcomes.json(finished: finished))])
    }
}

extension CaseloadIndex.Entry {
    var json: JSONValue {
        .object([("client", .string(client)), ("name", .optional(name)), ("summary", .string(summary)), ("errors", .number(Double(errorCount))),
                 ("reviewDue", .optional(reviewDue?.description)), ("attention", .array(attention.map(\.json))),
                 ("reports", .array(reports.map(\.json)))])
    }
}

extension CaseloadIndex.Attention {
    /// `{"reason": "safety-flags", "dates": [...]}`, `{"reason": "errors", "count": 2}`,
    /// `{"reason": "review-overdue", "due": "2026-10-30"}`, `{"reason": "no-recent-measure", "sessions": 3}`,
    /// `{"reason": "unscored-episode-end", "discharged": "2026-12-15"}`, `{"reason": "missing-phq9", "missing": 4, "sessions": 10}`,
    /// `{"reason": "missing-scheduled-measure", "instrument": "GAD-7", "missing": 2, "sessions": 10}`.
    var json: JSONValue {
        switch self {
        case .safetyFlags(let dates):
            return .object([("reason", .string("safety-flags")), ("dates", .array(dates.map { .string($0.description) }))])
        case .errors(let count):
            return .object([("reason", .string("errors")), ("count", .number(Double(count)))])
        case .reviewOverdue(let due):
            return .object([("reason", .string("review-overdue")), ("due", .string(due.description))])
        case .noRecentMeasure(let sessions):
            return .object([("reason", .string("no-recent-measure")), ("sessions", .number(Double(sessions)))])
        case .unscoredEpisodeEnd(let discharged):
            return .object([("reason", .string("unscored-episode-end")), ("discharged", .string(discharged.description))])
        case .missingPHQ9(let missing, let sessions):
            return .object([("reason", .string("missing-phq9")), ("missing", .number(Double(missing))), ("sessions", .number(Double(sessions)))])
        case .missingScheduledMeasure(let instrument, let missing, let sessions):
            return .object([("reason", .string("missing-scheduled-measure")), ("instrument", .string(instrument)),
                            ("missing", .number(Double(missing))), ("sessions", .number(Double(sessions)))])
        }
    }
}

extension CaseloadIndex.ReportLink {
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("label", .string(label))]
        for format in OutputFormat.allCases {
            if let path = files[format] { members.append((format.fileExtension, .string(path))) }
        }
        return .object(members)
    }
}
