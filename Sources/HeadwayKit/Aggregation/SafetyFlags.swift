/// Questionnaire answers that need the clinician's attention before anything else.
enum SafetyFlags {
    /// PHQ-9 item 9 (thoughts of self-harm) at 1 or more, in attended sessions of the period.
    static func flags(in notes: ArraySlice<SessionNote>, period: Period) -> [SafetyFlag] {
        item9Answers(in: notes, period: period).filter { $0.value >= 1 }
    }

    /// Every item 9 answer of the period, 0 included.
    static func item9Answers(in notes: ArraySlice<SessionNote>, period: Period) -> [SafetyFlag] {
        notes.filter { period.contains($0.date) }.flatMap { note in
            note.measures.compactMap { entry -> SafetyFlag? in
                entry.item9.map { SafetyFlag(date: note.date, instrument: entry.instrument, item: "item9", value: $0) }
            }
        }
    }
}
