extension FHIRBundle {
    /// The Observations: every score of the period (measure by measure, in date order), every PHQ-9
    /// item 9 answer, then every progress rating (goal by goal).
    var observationEntries: [JSONValue] {
        var seen = Set<String>()
        let scores = report.measures.flatMap { measure in measure.scores.map { scoreEntry($0, of: measure.instrument, &seen) } }
        let items = report.itemAnswers.map { itemEntry($0, &seen) }
        let ratings = report.goals.flatMap { goal in goal.ratings.map { ratingEntry($0, of: goal, &seen) } }
        return scores + items + ratings
    }

    /// The identity of an Observation about `parts`; a second one about the same parts (two scores of
    /// one instrument on one day) is numbered, so that ids stay unique.
    private func observation(_ parts: [String], _ seen: inout Set<String>) -> FHIRIdentity {
        var identity = self.identity("Observation", parts)
        var count = 1
        while !seen.insert(identity.uuid).inserted {
            count += 1
            identity = self.identity("Observation", parts + [String(count)])
        }
        return identity
    }

    /// The members every Observation starts with: status final, a category of observation-category,
    /// the code, the subject and the date.
    private func observationHead(_ category: (code: String, display: String), _ code: JSONValue, _ date: Day) -> [(String, JSONValue)] {
        [
            ("status", .string("final")),
            ("category", .array([FHIRCodes.concept(FHIRCodes.observationCategory, category.code, category.display)])),
            ("code", code),
            ("subject", patient.reference),
            ("effectiveDateTime", .string(date.description)),
        ]
    }

    /// The code of an instrument's total: LOINC for PHQ-9 and GAD-7, Headway's instrument system for any
    /// other (declared in `headway.yml` or not).
    static func totalCode(_ instrument: String) -> JSONValue {
        if let loinc = FHIRCodes.total(of: instrument) {
            return FHIRCodes.concept(FHIRCodes.loinc, loinc.code, loinc.name, text: "\(instrument) total score")
        }
        return FHIRCodes.concept(FHIRCodes.instrument, FHIRCodes.code(instrument), FHIRCodes.display(instrument),
                                 text: "\(FHIRCodes.display(instrument)) total score")
    }

    private func scoreEntry(_ score: Score, of instrument: String, _ seen: inout Set<String>) -> JSONValue {
        let identity = observation([instrument, score.date.description], &seen)
        return entry(identity, "Observation", observationHead(("survey", "Survey"), Self.totalCode(instrument), score.date)
            + [("valueQuantity", FHIRCodes.score(score.score))])
    }

    /// An item 9 answer: LOINC 44260-8, its value the LOINC answer; 1 or more is a safety flag, marked
    /// abnormal (`interpretation` A).
    private func itemEntry(_ answer: SafetyFlag, _ seen: inout Set<String>) -> JSONValue {
        let identity = observation([answer.instrument, "item9", answer.date.description], &seen)
        let code = FHIRCodes.concept(FHIRCodes.loinc, FHIRCodes.phq9Item9.code, FHIRCodes.phq9Item9.name, text: "\(answer.instrument) item 9")
        var members = observationHead(("survey", "Survey"), code, answer.date)
        let loinc = FHIRCodes.itemAnswers[min(max(answer.value, 0), FHIRCodes.itemAnswers.count - 1)]
        members.append(("valueCodeableConcept", FHIRCodes.concept(FHIRCodes.loinc, loinc.code, loinc.name, text: String(answer.value))))
        if answer.value >= 1 {
            members.append(("interpretation", .array([FHIRCodes.concept(FHIRCodes.interpretation, "A", "Abnormal",
                                                                        text: "Safety flag: item 9 at 1 or more")])))
        }
        return entry(identity, "Observation", members)
    }

    /// A progress rating: Headway's `goal-progress`, on the 0–10 scale, its `focus` the Goal.
    private func ratingEntry(_ rating: Rating, of goal: GoalProgress, _ seen: inout Set<String>) -> JSONValue {
        let identity = observation(["goal-progress", GoalKey(goal.id).folded, rating.date.description], &seen)
        let code = FHIRCodes.concept(FHIRCodes.headway, "goal-progress", "Goal progress rating (0-10)")
        return entry(identity, "Observation", observationHead(("therapy", "Therapy"), code, rating.date)
            + [("focus", .array([self.goal(goal.id).reference])), ("valueQuantity", FHIRCodes.score(rating.progress))])
    }
}
