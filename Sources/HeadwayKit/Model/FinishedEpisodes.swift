/// The finished episodes of a batch's period across the caseload, as the index reports them
/// (docs/outcomes.md): the figures of them all, per month of discharge with `--by-month`, and broken
/// down by clinician and by modality, a small group's figures withheld.
public struct FinishedEpisodes: Sendable, Equatable {
    /// A breakdown group smaller than this many episodes has its figures withheld.
    public static let smallestShown = 5

    /// Why a breakdown row's figures are not shown.
    public enum Withholding: Sendable, Equatable {
        /// The group has fewer than `smallestShown` episodes.
        case fewerThanFive
        /// The group is the smallest of the others, withheld too so that the one small group's figures
        /// cannot be worked out from the total and the rows shown.
        case protectsSmallGroup
    }

    /// One row of a breakdown: a clinician or a modality (nil: not recorded) and its episodes' figures.
    public struct Group: Sendable, Equatable {
        /// The clinician or modality; nil for episodes that name none.
        public var name: String?
        public var figures: EpisodeFigures
        /// Why the row's figures are withheld; nil when they are shown.
        public var withheld: Withholding?
    }

    /// The episodes discharged in one calendar month.
    public struct Month: Sendable, Equatable {
        public var period: Period
        public var figures: EpisodeFigures
    }

    /// Every finished episode of the period, by client id bytes, then episode number.
    public var episodes: [FinishedEpisode]
    /// Whether the batch is by month (`--by-month`): then the index gives each month's figures.
    public var monthly: Bool
    /// Whether the run is redacted: then the clinician breakdown is left out (clinicians are named in it).
    public var redacted: Bool

    /// The finished episodes `episodes` (in any order) of a batch, `monthly` or not, `redacted` or not.
    public init(_ episodes: [FinishedEpisode] = [], monthly: Bool = false, redacted: Bool = false) {
        self.episodes = episodes.sorted { lhs, rhs in
            lhs.client == rhs.client ? lhs.number < rhs.number : lhs.client.precedesByBytes(rhs.client)
        }
        self.monthly = monthly
        self.redacted = redacted
    }

    /// The figures of every finished episode.
    public var total: EpisodeFigures { EpisodeFigures(episodes) }

    /// With `monthly`, the figures of each month with a discharge, in order; else none.
    public var months: [Month] {
        guard monthly else { return [] }
        let keys = Set(episodes.map(\.discharged.monthKey)).sorted()
        return keys.map { key in
            let month = episodes.filter { $0.discharged.monthKey == key }
            return Month(period: .month(containing: month[0].discharged), figures: EpisodeFigures(month))
        }
    }

    /// One row per clinician (by name, "not recorded" last); nil when redacted.
    public var byClinician: [Group]? {
        redacted ? nil : Self.breakdown(episodes.map { ($0, [$0.clinician].compactMap { $0 }) })
    }

    /// One row per modality (by name, "not recorded" last); an episode counts under each modality it names.
    public var byModality: [Group] {
        Self.breakdown(episodes.map { ($0, $0.modalities) })
    }

    /// The rows of `episodes`, each under each of its names (none: "not recorded"), small groups withheld.
    static func breakdown(_ episodes: [(episode: FinishedEpisode, names: [String])]) -> [Group] {
        var members: [String: [FinishedEpisode]] = [:]
        var unnamed: [FinishedEpisode] = []
        for (episode, names) in episodes {
            if names.isEmpty { unnamed.append(episode) }
            for name in Set(names) { members[name, default: []].append(episode) }
        }
        var groups = members.keys.sorted { $0.precedesByBytes($1) }.map { Group(name: $0, figures: EpisodeFigures(members[$0]!)) }
        if !unnamed.isEmpty { groups.append(Group(name: nil, figures: EpisodeFigures(unnamed))) }
        return withholding(groups)
    }

    /// `groups` with each group under `smallestShown` episodes withheld, and, when that is one group
    /// only, the smallest other group too (else the total less the rows shown would give it away).
    static func withholding(_ groups: [Group]) -> [Group] {
        var groups = groups
        for index in groups.indices where groups[index].figures.episodes < smallestShown { groups[index].withheld = .fewerThanFive }
        guard groups.filter({ $0.withheld != nil }).count == 1,
              let smallest = groups.indices.filter({ groups[$0].withheld == nil }).min(by: { groups[$0].figures.episodes < groups[$1].figures.episodes })
        else { return groups }
        groups[smallest].withheld = .protectsSmallGroup
        return groups
    }
}
