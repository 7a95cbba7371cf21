extension Period {
    /// The days of treatment episode `episode` (its first day to its discharge, or to `lastDay`, the
    /// client's last note, while it is open), or with `within` the part of that period in the episode (an
    /// open episode runs on to the period's end); nil when they have no day in common.
    /// Labelled `Episode 2` (`October 2026, episode 2`), named `episode-2` (`2026-10-episode-2`).
    static func episode(_ episode: Episode, lastDay: Day, within: Period?) -> Period? {
        let number = episode.number
        guard let within else {
            return Period(from: episode.start, to: episode.lastDay(clientLastDay: lastDay), label: episodeLabel(number, within: nil),
                          slug: episodeSlug(number, within: nil))
        }
        guard let days = episode.days(in: within) else { return nil }
        return Period(from: days.lowerBound, to: days.upperBound, label: episodeLabel(number, within: within), slug: episodeSlug(number, within: within))
    }

    /// The label of episode `number`'s report, alone or within a period: `Episode 2`, `October 2026, episode 2`.
    static func episodeLabel(_ number: Int, within: Period?) -> String {
        within.map { "\($0.label), episode \(number)" } ?? "Episode \(number)"
    }

    /// The file name of episode `number`'s report, alone or within a period: `episode-2`, `2026-10-episode-2`.
    static func episodeSlug(_ number: Int, within: Period?) -> String {
        (within.map { $0.slug + "-" } ?? "") + "episode-\(number)"
    }
}
