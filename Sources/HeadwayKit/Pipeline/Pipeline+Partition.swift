extension Pipeline {
    /// A part's outcome speaks only for its clients: it keeps the diagnostics of the clients it selects
    /// (those of files with no client, in shard 1 only, or in every list, so that each is printed at least
    /// once), and each listed id that no file has is an error at its line, with a did-you-mean.
    func scope(_ outcome: inout RunOutcome, to selection: ClientSelection) {
        let keepsUnowned: Bool
        switch selection {
        case .shard(let shard): keepsUnowned = shard.number == 1
        case .listed: keepsUnowned = true
        }
        let known = Set(outcome.summary.clients + outcome.summary.clientsNeedingAttention)
        outcome.summary.diagnostics = outcome.summary.diagnostics.filter { diagnostic in
            diagnostic.client.map(selection.includes) ?? keepsUnowned
        }
        guard case .listed(let list) = selection else { return }
        for item in list.items where !known.contains(item.client) {
            outcome.failures.append(.error(list.source, item.line, "no note or plan has client id '\(item.client)'"
                + "\(outcome.summary.didYouMean(client: item.client)): the other listed clients are processed"))
        }
    }

    /// Writes the partial index of a part of a batch: its index entries and outcomes, what the merge
    /// checks (fingerprint, templates, which clients of how many), and its error count so far.
    func writePartialIndex(_ partition: Partition, _ results: [ClientResult], _ caseload: CaseloadSummary, title: String,
                           _ request: ReportRequest, sink: some ReportSink, stages: Stages, _ outcome: inout RunOutcome) {
        var outcomes: [String: CaseloadOutcomes] = [:]
        var finished: [String: [FinishedEpisode]] = [:]
        var tables: [String: CSVRows] = [:]
        for result in results {
            if let latest = result.latest { outcomes[result.client] = CaseloadOutcomes(reports: [latest]) }
            finished[result.client] = result.finished
            if request.writesCSV { tables[result.client] = result.csv }
        }
        let known = Set(caseload.clients + caseload.clientsNeedingAttention)
        var shard: Shard?
        if case .shard(let chosen) = partition.selection { shard = chosen }
        let partial = PartialIndex(
            shard: shard?.number, shards: shard?.count, fingerprint: partition.fingerprint, templates: partition.templates, title: title,
            monthly: request.periodChoice == .byMonth, redacted: request.options.redact,
            clinicName: configuration.clinicName, clinicAddress: configuration.clinicAddress, formats: request.formats.map(\.rawValue),
            audience: request.audience.rawValue, caseloadClients: partition.selection.isShard ? nil : known.count, files: caseload.filesDigest ?? "",
            covers: CandidateName.sorted(known.filter(partition.selection.includes)), errors: outcome.errorCount, stopped: outcome.stopped != nil,
            clients: Self.entries(results, caseload, selection: partition.selection).map { entry in
                PartialIndex.ClientRecord(entry: PartialIndex.EntryRecord(entry), outcomes: outcomes[entry.client].map(PartialIndex.OutcomesRecord.init),
                                          finished: (finished[entry.client] ?? []).map(PartialIndex.EpisodeRecord.init),
                                          csv: tables[entry.client])
            })
        write(RenderedFile(path: partition.partialIndexPath(for: request.audience), contents: .bytes(partial.encoded())), to: sink, stages: stages,
              &outcome.files, &outcome.failures)
    }
}
