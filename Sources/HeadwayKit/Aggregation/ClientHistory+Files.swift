extension ClientHistory {
    /// The client's session notes, in order.
    var notes: [SessionNote] {
        events.compactMap { if case .note(let note) = $0 { return note } else { return nil } }
    }

    /// The paths of the client's notes and plans, with each file's kind and date.
    var paths: [String: (kind: String, date: Day)] {
        var paths: [String: (kind: String, date: Day)] = [:]
        for event in events {
            switch event {
            case .note(let note): paths[note.path] = ("note", note.date)
            case .plan(let plan): paths[plan.path] = ("plan", plan.start)
            }
        }
        return paths
    }
}
