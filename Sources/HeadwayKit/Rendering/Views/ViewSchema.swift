/// What a template may read from one kind of view: the names it answers and what each holds. Declared
/// by the view's `fields`, so the names a view resolves and the names a template check accepts are one list.
struct ViewSchema: Sendable {
    /// What a name holds.
    enum Kind: Sendable {
        /// Text, a number or a flag.
        case value
        /// One object: a section on it reads the object's names.
        case object(ViewSchema)
        /// A list: a section on it reads each item's names (nil for a list of text).
        case list(ViewSchema?)
    }

    /// The object's name in messages, e.g. `goal`.
    let object: String
    /// Every name the object answers.
    let kinds: [String: Kind]
}
