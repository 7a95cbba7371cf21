/// What an error leaves out of the reports, in words printed after its message (docs/note-format.md,
/// section 5: a value error drops only the value, entry or key it names).
enum ValueLoss {
    /// A file error: nothing of the file reaches a report.
    static let file = "the file is left out"

    /// What a bad value of `key` leaves out. Keys are as the readers name them: front-matter keys,
    /// `revised.from`, `PHQ-9 score`, `PHQ-9 item9`, `ORS baseline`.
    static func words(forKey key: String) -> String {
        if let words = byKey[key] { return words }
        if key.hasSuffix(" item9") { return "this item-9 answer is left out (no safety flag can be raised from it)" }
        if key.hasSuffix(" baseline") || key.hasSuffix(" baseline score") { return "this baseline is left out" }
        if key.hasSuffix(" target") || key.hasSuffix(" target score") { return "this target is left out" }
        if key.hasSuffix(" score") { return "this score is left out" }
        return "this value is left out"
    }

    private static let byKey: [String: String] = [
        "session": "the session number is left out",
        "clinician": "the clinician's name is left out",
        "client-name": "the client's name is left out",
        "modality": "the modality is left out",
        "cancelled-by": "'cancelled-by' is left out (a cancellation by the client is assumed)",
        "id": "this goal entry is left out",
        "area": "this area is left out",
        "goals": "this area is left out",
        "statement": "this statement is left out",
        "progress": "this rating is left out",
        "gas": "this GAS level is left out",
        "weight": "this weight is left out (the plan's weight, else 1, is used)",
        "status": "this status is left out",
        "revised": "this revision's reason is left out",
        "revised.from": "this revision's earlier wording is left out",
        "revised.reason": "this revision's reason is left out",
        "text": "this milestone is left out",
        "milestones": "this milestone is left out",
        "goal": "the milestone's goal is left out",
        "measures": "this score is left out",
        "review-every": "'review-every' is left out (90 days is used)",
        "anxiety-measure": "'anxiety-measure' is left out (GAD-7 is used)",
        "baseline": "this baseline is left out",
        "target": "this target is left out",
        "target-date": "this target date is left out",
        "objectives": "these objectives are left out",
        "interventions": "these interventions are left out",
    ]
}
