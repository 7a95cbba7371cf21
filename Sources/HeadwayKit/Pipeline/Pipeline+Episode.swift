extension Pipeline {
    /// Refuses a report of `client`'s episode `number` (within `within`) when the client has no such
    /// episode, or when it has no day in `within`, listing the client's episodes.
    func checkEpisode(_ number: Int, within: Period?, of client: String, _ caseload: Caseload) throws(RunError) {
        let episodes = caseload.episodes(of: client)
        guard let episode = episodes.first(where: { $0.number == number }) else {
            throw .nothingToReview(notesFolder: notesFolder, reason: "there is no episode \(number): \(Self.episodeList(client, episodes))")
        }
        if let within, Period.episode(episode, lastDay: caseload.lastDay(of: client) ?? episode.start, within: within) == nil {
            throw .nothingToReview(notesFolder: notesFolder,
                                   reason: "episode \(number) has no day in \(within.label) (\(within.from) to \(within.to)): \(Self.episodeList(client, episodes))")
        }
    }

    /// The day of `client`'s review: `date`, or the end of episode `number` (its discharge, or the
    /// client's last day while open), or the client's last day; nil (or, for the one client asked for,
    /// an error) when it has no such episode.
    func reviewDay(of client: String, on date: Day?, episode number: Int?, single: Bool, _ caseload: Caseload) throws(RunError) -> Day? {
        guard let number else { return date ?? caseload.lastDay(of: client) }
        let episodes = caseload.episodes(of: client)
        guard let episode = episodes.first(where: { $0.number == number }) else {
            if single { throw .nothingToReview(notesFolder: notesFolder, reason: "there is no episode \(number): \(Self.episodeList(client, episodes))") }
            return nil
        }
        return episode.end ?? max(caseload.lastDay(of: client) ?? episode.start, episode.start)
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
