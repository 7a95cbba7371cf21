extension CaseloadOutcomes {
    /// Aggregates the latest report of each client.
    public init(reports: [ProgressReport]) {
        for report in reports {
            let client = report.client.id
            for measure in report.measures where measure.baseline != nil && measure.end != nil {
                add(measure, client: client)
            }
            if let latest = report.gas.last { gasScores.append((client, latest.tScore)) }
            if !report.safetyFlags.isEmpty { flagged.append(FlaggedClient(client: client, flags: report.safetyFlags)) }
        }
    }

    private mutating func add(_ measure: MeasureProgress, client: String) {
        let index = instruments.firstIndex { $0.instrument == measure.instrument } ?? {
            instruments.append(InstrumentOutcome(instrument: measure.instrument))
            return instruments.count - 1
        }()
        var outcome = instruments[index]
        outcome.clients.append(client)
        if measure.reliableChange == .improved { outcome.improved.append(client) }
        if measure.reliableChange == .deteriorated { outcome.deteriorated.append(client) }
        if let recovered = measure.recovered {
            outcome.recoveryEligible += 1
            if recovered { outcome.recovered.append(client) }
        }
        if let responded = measure.response {
            outcome.responseEligible += 1
            if responded { outcome.responded.append(client) }
        }
        if let remitted = measure.remission {
            outcome.remissionEligible += 1
            if remitted { outcome.remitted.append(client) }
        }
        instruments[index] = outcome
    }
}
