/// A goal's identity: ids match case-insensitively (docs/note-format.md, section 2), so `Walk-Daily` and
/// `walk-daily`, or `ÉTAPE` and `étape`, are one goal. The one place where a goal id's case is folded
/// (Unicode lower-casing, as `String.lowercased()`: `ß` stays `ß`, it is not also `ss`): every comparison
/// of goal ids, and every dictionary or set of goals, goes through a key.
public struct GoalKey: Hashable, Sendable {
    /// The id, lower-cased.
    public let folded: String

    /// The key of the goal written `id`.
    public init(_ id: String) {
        folded = id.lowercased()
    }
}
