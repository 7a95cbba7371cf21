extension CaseloadOutcomes {
    /// The outcomes as they appear in `index.json`, with the `finished` episodes last.
    func json(finished: FinishedEpisodes) -> JSONValue {
        .object([
            ("instruments", .array(instruments.map(\.json))),
            ("meanGasTScore", .optional(meanGAS)),
            ("gas", .array(gasScores.map { .object([("client", .string($0.client)), ("tScore", .number($0.tScore))]) })),
            ("safetyFlags", .array(flagged.map { .object([("client", .string($0.client)), ("flags", .array($0.flags.map(\.json)))]) })),
            ("finishedEpisodes", finished.json),
        ])
    }
}

extension CaseloadOutcomes.InstrumentOutcome {
    var json: JSONValue {
        func figure(_ clients: [String], of total: Int) -> JSONValue {
            .object([
                ("count", .number(Double(clients.count))), ("of", .number(Double(total))),
                ("share", total == 0 ? .null : .number(Double(clients.count) / Double(total))),
                ("clients", .array(clients.map(JSONValue.string))),
            ])
        }
        return .object([
            ("instrument", .string(instrument)),
            ("clients", .array(clients.map(JSONValue.string))),
            ("reliablyImproved", figure(improved, of: clients.count)),
            ("reliablyDeteriorated", figure(deteriorated, of: clients.count)),
            ("recovered", figure(recovered, of: recoveryEligible)),
            ("responded", figure(responded, of: responseEligible)),
            ("remitted", figure(remitted, of: remissionEligible)),
        ])
    }
}
