extension Pipeline {
    /// Pass 1 of a run in waves: the folder listed, and whose each file is (`CaseloadSurvey`).
    func survey() throws(RunError) -> CaseloadSurvey {
        do {
            return try CaseloadSurvey(source: source, parser: frontMatterParser, monitor: monitor)
        } catch {
            throw cannotList(error)
        }
    }

    /// The caseload of `survey`'s files a wave at a time: each wave of a few report folders' files is
    /// parsed (front matter only), assembled into a caseload of its own, given to `each` and dropped, so
    /// that memory holds one wave's notes. A client's notes, plans, clashes, duplicates, history and
    /// diagnostics come from its files and those of the ids sharing its report folder, all in its wave,
    /// so what `each` gets of a client is what one caseload of the whole folder gives.
    ///
    /// With `selection`, only the report folders of the selected clients are parsed, and the summary
    /// counts only their notes, plans and clients; its diagnostics are every wave's, for the caller to scope.
    func inWaves(of survey: CaseloadSurvey, selecting selection: ClientSelection? = nil,
                 _ each: (Caseload) throws(RunError) -> Void) throws(RunError) -> CaseloadSummary {
        var clients: [String] = [], diagnostics = survey.unplaced
        var notes = 0, plans = 0
        let counted: (String) -> Bool = { selection?.includes($0) ?? true }
        for wave in survey.waves(of: filesPerWave, selecting: selection) {
            let caseload = Caseload.read(wave, from: source, parser: frontMatterParser, monitor: monitor)
            try each(caseload)
            clients += caseload.clients.filter(counted)
            diagnostics += caseload.diagnostics
            notes += caseload.notes.count { counted($0.client) }
            plans += caseload.plans.count { counted($0.client) }
        }
        var summary = CaseloadSummary(fileCount: survey.listing.paths.count, noteCount: notes, planCount: plans,
                                      clients: CandidateName.sorted(clients), diagnostics: diagnostics.sorted())
        summary.filesDigest = survey.digest
        return summary
    }
}
