/// The titles of goal areas: the configuration's title of a declared area, else the built-in title or
/// the tag made readable.
struct AreaTitles: Sendable {
    /// The declared areas: tag → title.
    let declared: [String: String]

    /// The title of the area `tag`.
    func title(of tag: String) -> String {
        declared[tag] ?? GoalArea.title(for: tag)
    }
}
