import Mustache

/// Text renders as itself. A value swift-mustache does not know is rendered by casting it to
/// `Optional` and calling `String(describing:)`, runtime conformance look-ups for every variable;
/// almost every value a view answers is text, so this is the common case made direct. Same output.
extension String: @retroactive MustacheCustomRenderable {
    /// The text itself (escaped by the template's content type, as before).
    public var renderText: String { self }
    /// Text is never null: an empty string is still a value, as before.
    public var isNull: Bool { false }
}

/// Counts render as their decimal digits, like `String(describing:)`, without its look-ups.
extension Int: @retroactive MustacheCustomRenderable {
    /// The decimal digits.
    public var renderText: String { String(self) }
    /// A number is never null, 0 included, as before.
    public var isNull: Bool { false }
}
