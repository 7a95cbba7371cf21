/// One client of a notes folder, as `headway clients` lists it.
public struct ClientSummary: Sendable, Equatable {
    /// The client id, exactly as the notes write it.
    public var client: String
    /// Valid session notes (every attendance).
    public var notes: Int
    /// Valid treatment plans.
    public var plans: Int
    /// The first and last note's dates; nil when the client has only plans.
    public var first: Day?
    public var last: Day?
}
