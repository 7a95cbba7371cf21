extension Pipeline {
    /// The discharge summaries of `clients`: each over its episode `number` (nil: its latest finished
    /// one, one with a discharge note), from the episode's start to its discharge date. A client with no
    /// such episode is skipped, or, when it is the one client asked for (`single`), an error.
    func dischargeWork(_ clients: [String], episode number: Int?, single: Bool, _ caseload: Caseload) throws(RunError) -> [ClientWork] {
        var work: [ClientWork] = []
        for client in clients {
            let episodes = caseload.episodes(of: client)
            guard let episode = number.map({ number in episodes.first { $0.number == number } }) ?? episodes.last(where: { $0.end != nil }),
                  let end = episode.end else {
                if single { throw .nothingToReview(notesFolder: notesFolder, reason: Self.noFinishedEpisode(client, number, episodes)) }
                continue
            }
            work.append(ClientWork(client: client, period: .discharge(from: episode.start, to: end)))
        }
        return work
    }

    /// Why `client` has no discharge summary: no finished episode, or none numbered `number`.
    static func noFinishedEpisode(_ client: String, _ number: Int?, _ episodes: [Episode]) -> String {
        let finished = episodes.filter { $0.end != nil }.map { String($0.number) }
        guard let number else { return "client '\(client)' has no finished treatment episode (a discharge note, type: discharge, ends one)" }
        guard number >= 1, number <= episodes.count else {
            return "client '\(client)' has no episode \(number): " + (episodes.count == 1 ? "it has 1 episode" : "it has \(episodes.count) episodes")
        }
        let others = finished.isEmpty ? "it has no finished episode" : "finished: " + finished.joined(separator: ", ")
        return "client '\(client)' has not been discharged from episode \(number) (no discharge note ends it; \(others))"
    }
}

extension Period {
    /// A finished episode's discharge summary: its first day to its discharge date, the files named
    /// `discharge-<date>`.
    static func discharge(from start: Day, to end: Day) -> Period {
        Period(from: start, to: end, label: "\(start) to \(end)", slug: "discharge-\(end)")
    }
}
