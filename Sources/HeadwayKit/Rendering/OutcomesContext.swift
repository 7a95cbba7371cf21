/// The caseload-outcomes part of the index templates' values: every figure with the clients behind
/// it, each linked to that client's latest report.
struct OutcomesContext {
    let format: OutputFormat
    /// Each client's latest report.
    let latest: [String: CaseloadIndex.ReportLink]

    func make(_ outcomes: CaseloadOutcomes) -> [String: Any] {
        var context: [String: Any] = [
            "instruments": outcomes.instruments.map(instrument),
            "hasInstruments": !outcomes.instruments.isEmpty,
            "gasClients": clients(outcomes.gasScores.map(\.client)),
            "hasGas": !outcomes.gasScores.isEmpty,
            "flagged": outcomes.flagged.map { flagged -> [String: Any] in
                var values = link(flagged.client)
                values["dates"] = flagged.flags.map(\.date.description).joined(separator: ", ")
                return values
            },
            "hasFlagged": !outcomes.flagged.isEmpty,
        ]
        context["meanGAS"] = outcomes.meanGAS.map { DisplayFormat.number(($0 * 10).rounded() / 10) ?? "" }
        return context
    }

    private func instrument(_ outcome: CaseloadOutcomes.InstrumentOutcome) -> [String: Any] {
        let total = outcome.clients.count
        return [
            "instrument": escape(outcome.instrument),
            "clients": clients(outcome.clients), "count": total,
            "improved": figure(outcome.improved, of: total),
            "deteriorated": figure(outcome.deteriorated, of: total),
            "recovered": figure(outcome.recovered, of: outcome.recoveryEligible),
            "responded": figure(outcome.responded, of: outcome.responseEligible),
            "remitted": figure(outcome.remitted, of: outcome.remissionEligible),
        ]
    }

    /// `count`, `of`, `share` ("40%", absent when `of` is 0) and the clients behind the figure.
    private func figure(_ clients: [String], of total: Int) -> [String: Any] {
        var values: [String: Any] = ["count": clients.count, "of": total, "clients": self.clients(clients)]
        if total > 0 { values["share"] = DisplayFormat.percent(Double(clients.count) / Double(total)) }
        return values
    }

    private func clients(_ ids: [String]) -> [[String: Any]] { ids.map(link) }

    /// A client id with the paths of its latest report (`md`, `html`, `json`).
    private func link(_ client: String) -> [String: Any] {
        var values: [String: Any] = ["client": escape(client)]
        for (format, path) in latest[client]?.files ?? [:] { values[format.fileExtension] = path }
        return values
    }

    private func escape(_ text: String) -> String {
        format == .markdown ? MarkdownEscaping.escape(text) : text
    }
}
