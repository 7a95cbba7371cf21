extension CaseloadOutcomes {
    /// The outcomes of `parts` taken in order, each that of some clients' latest reports: the same as
    /// `init(reports:)` over all those reports in the same order (instruments in order of first
    /// appearance, clients in the order given, eligible counts summed).
    init(merging parts: [CaseloadOutcomes]) {
        var positions: [String: Int] = [:]
        for part in parts {
            for outcome in part.instruments {
                guard let index = positions[outcome.instrument] else {
                    positions[outcome.instrument] = instruments.count
                    instruments.append(outcome)
                    continue
                }
                instruments[index].add(outcome)
            }
            gasScores += part.gasScores
            flagged += part.flagged
        }
    }
}

private extension CaseloadOutcomes.InstrumentOutcome {
    mutating func add(_ other: Self) {
        clients += other.clients
        improved += other.improved
        deteriorated += other.deteriorated
        recovered += other.recovered
        recoveryEligible += other.recoveryEligible
        responded += other.responded
        responseEligible += other.responseEligible
        remitted += other.remitted
        remissionEligible += other.remissionEligible
    }
}
