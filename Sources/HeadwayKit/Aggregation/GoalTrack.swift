/// Everything a client's notes and plans said about one goal, in time order.
struct GoalTrack: Sendable {
    /// What one note or plan said about the goal.
    struct Sighting: Sendable {
        var date: Day
        /// The position of the note or plan in the client's history.
        var event: Int
        var statement: String?
        var area: String?
        var progress: Double?
        var status: GoalStatus?
        /// The Goal Attainment Scaling level given.
        var gas: Int?
    }

    /// The goal's identity.
    let key: GoalKey
    /// The id as first written.
    let id: String
    /// Every sighting, in time order; never empty.
    private(set) var sightings: [Sighting]

    /// The goal written `id`, first seen in `first`.
    init(id: String, first: Sighting) {
        key = GoalKey(id)
        self.id = id
        sightings = [first]
    }

    /// Records a later sighting.
    mutating func append(_ sighting: Sighting) {
        sightings.append(sighting)
    }

    /// Gives back the room that appending left for more sightings: a caseload keeps every client's tracks.
    mutating func trim() {
        var exact: [Sighting] = []
        exact.reserveCapacity(sightings.count)
        exact.append(contentsOf: sightings)
        sightings = exact
    }

    /// The track as of the events before `end`, or nil when the goal first appears at or after it.
    func seen(before end: Int) -> GoalTrack? {
        let seen = sightings.prefix { $0.event < end }
        guard !seen.isEmpty else { return nil }
        guard seen.count < sightings.count else { return self }
        var track = self
        track.sightings = Array(seen)
        return track
    }

    /// The latest wording.
    var statement: String? { sightings.last { $0.statement != nil }?.statement }

    /// The area of the first sighting that names one, else unspecified.
    var area: String { sightings.lazy.compactMap(\.area).first ?? GoalArea.unspecified }

    /// Every rating, in time order, with the GAS level of its note and the status as of it.
    var ratings: [Rating] {
        var status = GoalStatus.active
        return sightings.compactMap { sighting in
            if let given = sighting.status { status = given }
            return sighting.progress.map { Rating(date: sighting.date, progress: $0, gas: sighting.gas, status: status) }
        }
    }
}
