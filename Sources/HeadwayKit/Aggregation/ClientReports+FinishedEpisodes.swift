extension ClientReports {
    /// The client's finished episodes (discharged, with two attended sessions or more) discharged in
    /// `period`, or whenever when it is nil, each with its paired outcomes, clinician and modalities
    /// (docs/outcomes.md); with `redact`, no clinician.
    public func finishedEpisodes(dischargedIn period: Period?) -> [FinishedEpisode] {
        history.episodes.compactMap { episode in
            guard let discharged = episode.end, period.map({ $0.contains(discharged) }) ?? true,
                  let outcomes = PairedOutcomes.outcomes(of: episode, events: history.events, configuration: options.configuration)
            else { return nil }
            let attended = history.notes.filter { episode.contains($0.date) && $0.attendance == .attended }
            return FinishedEpisode(client: client, number: episode.number, discharged: discharged,
                                   clinician: options.redact ? nil : Self.clinician(of: attended), modalities: Self.modalities(of: attended),
                                   outcomes: outcomes)
        }
    }

    /// Whether the client's last episode starting on or before `day` (nil: its last episode) was
    /// discharged on or before it.
    public func isDischarged(asOf day: Day?) -> Bool {
        guard let episode = history.episodes.last(where: { episode in day.map { episode.start <= $0 } ?? true }), let end = episode.end else { return false }
        return day.map { end <= $0 } ?? true
    }

    /// The clinician named on most of `sessions` (in order), ties going to the one named latest; nil when none names one.
    static func clinician(of sessions: [SessionNote]) -> String? {
        var counts: [String: Int] = [:]
        var latest: [String: Int] = [:]
        for (index, session) in sessions.enumerated() {
            guard let clinician = session.clinician else { continue }
            counts[clinician, default: 0] += 1
            latest[clinician] = index
        }
        return counts.keys.max { lhs, rhs in
            counts[lhs]! != counts[rhs]! ? counts[lhs]! < counts[rhs]! : latest[lhs]! < latest[rhs]!
        }
    }

    /// Every modality named in `sessions`, in order of first appearance.
    static func modalities(of sessions: [SessionNote]) -> [String] {
        var seen: Set<String> = []
        return sessions.flatMap(\.modality).filter { seen.insert($0).inserted }
    }
}
