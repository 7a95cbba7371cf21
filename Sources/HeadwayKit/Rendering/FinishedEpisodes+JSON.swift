extension FinishedEpisodes {
    /// The finished episodes as `index.json` gives them (`outcomes.finishedEpisodes`): no client is
    /// named, and a withheld row or month has no figure.
    var json: JSONValue {
        .object([
            ("total", total.json),
            ("months", .array(months.map { month in
                .object([("month", .string(month.period.slug)), ("label", .string(month.period.label)),
                         ("withheld", .optional(month.withheld?.code)), ("figures", month.withheld == nil ? month.figures.json : .null)])
            })),
            ("byClinician", byClinician.map { .array($0.map(\.json)) } ?? .null),
            ("byModality", .array(byModality.map(\.json))),
        ])
    }
}

extension EpisodeFigures {
    var json: JSONValue {
        .object([
            ("episodes", .number(Double(episodes))),
            ("bothMeasures", bothMeasures.json), ("oneMeasure", oneMeasure.json), ("noPairedMeasure", noPairedMeasure.json),
            ("caseAtStart", caseAtStart.json), ("recovered", recovered.json), ("reliableRecovery", reliableRecovery.json),
            ("reliableImprovement", reliableImprovement.json), ("reliableDeterioration", reliableDeterioration.json),
            ("sessionsToReliableImprovement", .object([
                ("episodes", .number(Double(sessionsToReliableImprovement.count))),
                ("mean", .optional(meanSessionsToReliableImprovement)), ("median", .optional(medianSessionsToReliableImprovement)),
            ])),
        ])
    }
}

extension EpisodeFigures.Figure {
    var json: JSONValue {
        .object([("count", .number(Double(count))), ("of", .number(Double(of))), ("share", .optional(share))])
    }
}

extension FinishedEpisodes.Group {
    /// `{"name": "A. Rivera", "withheld": null, "episodes": 7, "caseAtStart": 0.857…, …}`; a withheld row
    /// has `withheld` ("fewer-than-5" or "protects-small-group") and null for every figure.
    var json: JSONValue {
        func share(_ figure: EpisodeFigures.Figure) -> JSONValue { withheld == nil ? .optional(figure.share) : .null }
        return .object([
            ("name", .optional(name)),
            ("withheld", .optional(withheld?.code)),
            ("episodes", withheld == nil ? .number(Double(figures.episodes)) : .null),
            ("caseAtStart", share(figures.caseAtStart)), ("recovered", share(figures.recovered)),
            ("reliableRecovery", share(figures.reliableRecovery)), ("reliableImprovement", share(figures.reliableImprovement)),
            ("reliableDeterioration", share(figures.reliableDeterioration)),
        ])
    }
}

extension FinishedEpisodes.Withholding {
    /// `fewer-than-5`, `protects-small-group`.
    var code: String {
        switch self {
        case .fewerThanFive: return "fewer-than-\(FinishedEpisodes.smallestShown)"
        case .protectsSmallGroup: return "protects-small-group"
        }
    }
}
