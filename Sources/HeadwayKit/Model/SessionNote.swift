/// Whether the client came to a scheduled session.
public enum Attendance: String, Sendable, Hashable, CaseIterable {
    case attended
    case cancelled
    case noShow = "no-show"
}

/// Who cancelled a session (`cancelled-by`): a cancellation by the clinician is not held against the
/// client's attendance rate.
public enum Canceller: String, Sendable, Hashable, CaseIterable {
    case client
    case clinician
}

/// Where a goal stands.
public enum GoalStatus: String, Sendable, Hashable, CaseIterable {
    case active
    case met
    case paused
    case discontinued
}

/// One validated session note: its front matter and what its body says.
public struct SessionNote: Sendable, Hashable {
    /// Path relative to the notes folder.
    public var path: String
    /// The client id, exactly as written.
    public var client: String
    /// The session date.
    public var date: Day
    /// The session number, when given.
    public var session: Int?
    /// Whether a session number was written but rejected: the note is then another session than every
    /// other note of its day, since it may have been numbered apart from them.
    public var sessionRejected = false
    /// The clinician, when given.
    public var clinician: String?
    /// The client's name, when given.
    public var clientName: String?
    /// Attendance (attended by default).
    public var attendance: Attendance
    /// Who cancelled a cancelled session (the client unless the note says otherwise).
    public var cancelledBy: Canceller?
    /// Therapy modalities named in the note.
    public var modality: [String]
    /// Goal areas worked on (short-form entries), lower-cased.
    public var areas: [String]
    /// Goals worked on (long-form entries).
    public var goals: [GoalEntry]
    /// Outcome measure scores.
    public var measures: [MeasureEntry]
    /// Milestones written in the front matter.
    public var milestones: [MilestoneEntry]
    /// What the Markdown body says (empty for a cancelled or no-show note).
    public var body: NoteBody
    /// Line of the `date` key, for diagnostics about the note as a whole.
    public var dateLine: Int?
}

/// A long-form goal entry of a session note.
public struct GoalEntry: Sendable, Hashable {
    /// The goal id as written.
    public var id: String
    /// The goal-area tag, lower-cased, when given.
    public var area: String?
    /// The goal's wording in this session, when given.
    public var statement: String?
    /// Progress 0...10, when rated.
    public var progress: Double?
    /// Goal Attainment Scaling level -2...+2, when rated.
    public var gas: Int?
    /// GAS weight, when given.
    public var weight: Double?
    /// Status, when given.
    public var status: GoalStatus?
    /// The `revised` key: the goal was reworded in this session.
    public var revised: RevisionNote?
    /// Line of the entry in the file.
    public var line: Int
}

/// What a note says about a rewording: the earlier wording and why it changed.
public struct RevisionNote: Sendable, Hashable {
    /// The earlier wording, as the note wrote it.
    public var from: String?
    /// Why the goal was reworded.
    public var reason: String?
    /// Line of the `revised` key.
    public var line: Int
}

/// One outcome-measure score.
public struct MeasureEntry: Sendable, Hashable {
    /// The instrument's name (the built-in spelling for PHQ-9 and GAD-7).
    public var instrument: String
    /// The total score; nil when only item 9 could be read (the total was missing or rejected).
    public var score: Double?
    /// PHQ-9 item 9 (thoughts of self-harm), 0...3, when given.
    public var item9: Int?
    /// Line of the score.
    public var line: Int
}

/// A milestone written in the front matter.
public struct MilestoneEntry: Sendable, Hashable {
    /// The milestone's Markdown text.
    public var text: String
    /// The goal id it belongs to, when given.
    public var goal: String?
    /// Line of the entry.
    public var line: Int
    /// The text rendered by cmark.
    public var content: RenderedText
    /// The text's first hashtag, lower-cased: names the goal or area when `goal` is not given.
    public var tag: String?
}
