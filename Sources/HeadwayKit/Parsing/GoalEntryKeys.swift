/// Words for a goal entry's unknown keys: which value is lost (docs/note-format.md, section 5).
enum GoalEntryKeys {
    /// `unknown key 'progess' in goal 'walk' (did you mean 'progress'?): this rating is not read`.
    /// `hint` is the "did you mean" part, empty when no known key is close.
    static func unknownKeyMessage(_ key: String, hint: String, goal: String?) -> String {
        let owner = goal.map { "goal '\($0)'" } ?? "a goal"
        let meant = Suggestion.closest(to: key, among: SessionNoteDecoder.goalKeys)
        return "unknown key '\(key)' in \(owner)\(hint): \(lost(meant))"
    }

    /// What is lost when the value of a misspelt `meant` key is not read.
    private static func lost(_ meant: String?) -> String {
        switch meant {
        case "progress": return "this rating is not read"
        case "gas": return "this GAS level is not read"
        case "statement": return "this statement is not read"
        case "status": return "this status is not read"
        case "area": return "this area is not read"
        case "weight": return "this weight is not read"
        case "revised": return "this revision is not read"
        case "id": return "this id is not read"
        default: return "its value is not read"
        }
    }
}

/// Words for a session note's unknown top-level keys: a near miss of a list key says what is not read.
enum NoteKeys {
    /// `unknown key 'measure' in a session note (did you mean 'measures'?): its scores are not read`.
    static func unknownKeyMessage(_ key: String, hint: String) -> String {
        let base = "unknown key '\(key)' in a session note\(hint)"
        switch Suggestion.closest(to: key, among: SessionNoteDecoder.keys) {
        case "goals": return base + ": its goals and ratings are not read"
        case "measures": return base + ": its scores are not read (nor any safety flag from them)"
        case "milestones": return base + ": its milestones are not read"
        case "attendance": return base + ": the note is read as attended"
        default: return base
        }
    }
}
