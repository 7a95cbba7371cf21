/// The finished episodes of a batch's period across the caseload, as the index reports them
/// (docs/outcomes.md): the figures of them all, per month of discharge with `--by-month`, and broken
/// down by clinician and by modality, a small group's figures withheld.
public struct FinishedEpisodes: Sendable, Equatable {
    /// A breakdown group smaller than this many episodes has its figures withheld.
    public static let smallestShown = 5

    /// Why a breakdown row's or a month's figures are not shown.
    public enum Withholding: Sendable, Equatable {
        /// The group has fewer than `smallestShown` episodes.
        case fewerThanFive
        /// The group is withheld too, so that the small groups' figures cannot be worked out from the
        /// total less the groups shown.
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
        /// Why the month's figures are withheld; nil when they are shown.
        public var withheld: Withholding?
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

    /// With `monthly`, the figures of each month with a discharge, in order, small months withheld; else none.
    public var months: [Month] {
        guard monthly else { return [] }
        let keys = Set(episodes.map(\.discharged.monthKey)).sorted()
        let members = keys.map { key in episodes.indices.filter { episodes[$0].discharged.monthKey == key } }
        let withheld = Self.withholding(members, of: episodes.count)
        return members.indices.map { index in
            let month = members[index].map { episodes[$0] }
            return Month(period: .month(containing: month[0].discharged), figures: EpisodeFigures(month), withheld: withheld[index])
        }
    }

    /// One row per clinician (by name, "not recorded" last); nil when redacted.
    public var byClinician: [Group]? {
        redacted ? nil : breakdown { [$0.clinician].compactMap { $0 } }
    }

    /// One row per modality (by name, "not recorded" last); an episode counts under each modality it
    /// names, modalities that differ only in case or punctuation as one, spelt as first seen.
    public var byModality: [Group] {
        breakdown(\.modalities)
    }

    /// The rows of `episodes`, each episode under each of its `names` (none: "not recorded"), names
    /// matched by `GoalArea.matchKey`, small groups withheld.
    private func breakdown(_ names: (FinishedEpisode) -> [String]) -> [Group] {
        var members: [String: [Int]] = [:]
        var spelling: [String: String] = [:]
        var unnamed: [Int] = []
        for (index, episode) in episodes.enumerated() {
            let keys = names(episode).map { name in
                let key = GoalArea.matchKey(name)
                if spelling[key] == nil { spelling[key] = name }
                return key
            }
            if keys.isEmpty { unnamed.append(index) }
            for key in Set(keys) { members[key, default: []].append(index) }
        }
        var rows = members.keys.map { (name: Optional(spelling[$0]!), members: members[$0]!) }
            .sorted { $0.name!.precedesByBytes($1.name!) }
        if !unnamed.isEmpty { rows.append((name: nil, members: unnamed)) }
        let withheld = Self.withholding(rows.map(\.members), of: episodes.count)
        return rows.indices.map { index in
            Group(name: rows[index].name, figures: EpisodeFigures(rows[index].members.map { episodes[$0] }), withheld: withheld[index])
        }
    }

    /// Why each of `groups` (each the indices of its episodes among `count`; they may overlap) is
    /// withheld, nil when it is shown: each group under `smallestShown` episodes, and then, while 1 to 4
    /// episodes belong to no group shown (the total less the groups shown would give their figures
    /// away), the smallest group shown (the first of equals) too.
    static func withholding(_ groups: [[Int]], of count: Int) -> [Withholding?] {
        var withheld: [Withholding?] = groups.map { $0.count < smallestShown ? .fewerThanFive : nil }
        while true {
            var uncovered = Set(0..<count)
            for index in groups.indices where withheld[index] == nil { uncovered.subtract(groups[index]) }
            guard (1..<smallestShown).contains(uncovered.count),
                  let smallest = groups.indices.filter({ withheld[$0] == nil }).min(by: { groups[$0].count < groups[$1].count })
            else { return withheld }
            withheld[smallest] = .protectsSmallGroup
        }
    }
}
