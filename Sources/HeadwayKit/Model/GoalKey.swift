/// A goal's identity: ids match case-insensitively (NOTE-FORMAT.md, section 2), so `Walk` and `walk`
/// are one goal. The one place where an id is folded.
public struct GoalKey: Hashable, Sendable {
    /// The folded id.
    public let folded: String

    /// The key of the goal written `id`.
    public init(_ id: String) {
        folded = id.lowercased()
    }
}
