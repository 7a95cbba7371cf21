/// Markdown rendered two ways: cmark's safe HTML and plain text (paragraphs joined by newlines).
public struct RenderedText: Sendable, Hashable {
    /// cmark's HTML, raw HTML omitted and unsafe links dropped.
    public var html: String
    /// Plain text, hashtags kept.
    public var text: String

    /// Creates a rendering.
    public init(html: String, text: String) {
        self.html = html
        self.text = text
    }
}

/// What a note's Markdown body says, as found by walking cmark's tree (docs/note-format.md, section 3).
public struct NoteBody: Sendable, Hashable {
    /// Every top-level heading with everything under it, for matching against goals and areas.
    public var sections: [BodySection] = []
    /// Paragraphs and list items that carry hashtags.
    public var tagged: [TaggedBlock] = []
    /// Top-level list items under a Milestones/Wins/Celebrations/Achievements heading.
    public var milestones: [BodyMilestone] = []

    /// An empty body.
    public init() {}
}

/// A top-level heading and everything under it up to the next heading of the same or a higher level.
public struct BodySection: Sendable, Hashable {
    /// The heading's text.
    public var title: String
    /// The heading's level, 1...6.
    public var level: Int
    /// The heading's line in the file.
    public var line: Int
    /// The content under the heading.
    public var content: RenderedText
}

/// A paragraph or list item linked by hashtags to goals or areas.
public struct TaggedBlock: Sendable, Hashable {
    /// The tags, lower-cased, in order, without duplicates.
    public var tags: [String]
    /// The block.
    public var content: RenderedText
    /// The block's first line in the file.
    public var line: Int
    /// Indexes into `NoteBody.sections` of every section containing this block.
    public var sections: [Int]
}

/// A milestone written as a list item in a milestone section of the body.
public struct BodyMilestone: Sendable, Hashable {
    /// The item.
    public var content: RenderedText
    /// The item's first hashtag, lower-cased: the goal (or area) it belongs to.
    public var tag: String?
    /// The item's line in the file.
    public var line: Int
}
