extension PartialIndex {
    /// One client's `CaseloadOutcomes` (from its latest report), field for field; scores as Swift writes
    /// a `Double` (the shortest text that reads back as the same number).
    public struct OutcomesRecord: Codable, Sendable, Equatable {
        var instruments: [InstrumentRecord]
        var gas: [GASRecord]
        var flagged: [FlaggedRecord]
    }

    /// A `CaseloadOutcomes.InstrumentOutcome`.
    public struct InstrumentRecord: Codable, Sendable, Equatable {
        var instrument: String
        var clients, improved, deteriorated, recovered, responded, remitted: [String]
        var recoveryEligible, responseEligible, remissionEligible: Int
    }

    /// A client's latest GAS T-score.
    public struct GASRecord: Codable, Sendable, Equatable {
        var client: String
        var tScore: String
    }

    /// A `CaseloadOutcomes.FlaggedClient`.
    public struct FlaggedRecord: Codable, Sendable, Equatable {
        var client: String
        var flags: [FlagRecord]
    }

    /// A `SafetyFlag`.
    public struct FlagRecord: Codable, Sendable, Equatable {
        var date: String
        var instrument: String
        var item: String
        var value: Int
    }
}

extension PartialIndex.OutcomesRecord {
    init(_ outcomes: CaseloadOutcomes) {
        instruments = outcomes.instruments.map { outcome in
            PartialIndex.InstrumentRecord(
                instrument: outcome.instrument, clients: outcome.clients, improved: outcome.improved, deteriorated: outcome.deteriorated,
                recovered: outcome.recovered, responded: outcome.responded, remitted: outcome.remitted,
                recoveryEligible: outcome.recoveryEligible, responseEligible: outcome.responseEligible, remissionEligible: outcome.remissionEligible)
        }
        gas = outcomes.gasScores.map { PartialIndex.GASRecord(client: $0.client, tScore: "\($0.tScore)") }
        flagged = outcomes.flagged.map { flagged in
            PartialIndex.FlaggedRecord(client: flagged.client, flags: flagged.flags.map {
                PartialIndex.FlagRecord(date: $0.date.description, instrument: $0.instrument, item: $0.item, value: $0.value)
            })
        }
    }

    /// The outcomes written; throws when a value is not one they can hold.
    func outcomes() throws(ReadError) -> CaseloadOutcomes {
        var outcomes = CaseloadOutcomes()
        outcomes.instruments = instruments.map { record in
            CaseloadOutcomes.InstrumentOutcome(
                instrument: record.instrument, clients: record.clients, improved: record.improved, deteriorated: record.deteriorated,
                recovered: record.recovered, recoveryEligible: record.recoveryEligible, responded: record.responded,
                responseEligible: record.responseEligible, remitted: record.remitted, remissionEligible: record.remissionEligible)
        }
        for score in gas {
            guard let tScore = Double(score.tScore) else { throw ReadError(reason: "'\(score.tScore)' is not a GAS T-score") }
            outcomes.gasScores.append((score.client, tScore))
        }
        for client in flagged {
            var flags: [SafetyFlag] = []
            for flag in client.flags {
                flags.append(SafetyFlag(date: try PartialIndex.day(flag.date), instrument: flag.instrument, item: flag.item, value: flag.value))
            }
            outcomes.flagged.append(CaseloadOutcomes.FlaggedClient(client: client.client, flags: flags))
        }
        return outcomes
    }
}
