/// Paper size of printed documents.
public enum Paper: String, Sendable, CaseIterable {
    case a4
    case letter

    /// The CSS `@page` size.
    var cssSize: String { self == .a4 ? "A4" : "letter" }
}
