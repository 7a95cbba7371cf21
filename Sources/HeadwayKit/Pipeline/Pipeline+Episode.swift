extension Pipeline {
    /// Refuses a report of `client`'s episode `number` (within `within`) when the client has no such
    /// episode, or when it has no day in `within`, listing the client's episodes.
    func checkEpisode(_ number: Int, within: Period?, of client: String, _ caseload: Caseload) throws(RunError) {
        guard let episode = try episode(number, of: client, required: true, caseload) else { return }
        if let within, episode.days(in: within) == nil {
            throw .nothingToReview(notesFolder: notesFolder, reason: "episode \(number) has no day in \(within.label) (\(within.from) to \(within.to)): "
                                   + Self.episodeList(client, caseload.episodes(of: client)))
        }
    }

    /// The day of `client`'s review: `date`, or the end of episode `number` (its discharge, or the
    /// client's last day while open), or the client's last day; nil (or, for the one client asked for,
    /// an error) when it has no such episode.
    func reviewDay(of client: String, on date: Day?, episode number: Int?, single: Bool, _ caseload: Caseload) throws(RunError) -> Day? {
        guard let number else { return date ?? caseload.lastDay(of: client) }
        return try episode(number, of: client, required: single, caseload)?.lastDay(clientLastDay: caseload.lastDay(of: client))
    }

    /// `client`'s episode `number`; nil when it has none, or when `required`, an error listing its episodes.
    private func episode(_ number: Int, of client: String, required: Bool, _ caseload: Caseload) throws(RunError) -> Episode? {
        let episodes = caseload.episodes(of: client)
        if let episode = episodes.first(where: { $0.number == number }) { return episode }
        if required { throw .nothingToReview(notesFolder: notesFolder, reason: "there is no episode \(number): \(Self.episodeList(client, episodes))") }
        return nil
    }

    /// `client 'C-1' has episodes 1 (2026-01-05 to 2026-03-30) and 2 (since 2026-04-02)`.
    static func episodeList(_ client: String, _ episodes: [Episode]) -> String {
        let each = episodes.map { episode in "\(episode.number) (\(episode.end.map { "\(episode.start) to \($0)" } ?? "since \(episode.start)"))" }
        switch each.count {
        case 0: return "client '\(client)' has no treatment episode"
        case 1: return "client '\(client)' has episode \(each[0])"
        default: return "client '\(client)' has episodes \(each.dropLast().joined(separator: ", ")) and \(each.last!)"
        }
    }
}
