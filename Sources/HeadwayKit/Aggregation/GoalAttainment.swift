import Foundation

/// Goal Attainment Scaling (Kiresuk–Sherman): one T-score per session from the goals' levels.
enum GoalAttainment {
    /// The assumed correlation between goal scores.
    static let rho = 0.3

    /// T = 50 + 10 · Σ wᵢxᵢ / √((1 − ρ) Σ wᵢ² + ρ (Σ wᵢ)²); nil for no goals.
    /// The score does not change when every weight is multiplied alike, so weights are divided by the
    /// largest first: a weight of 1e200 then neither overflows nor loses the smaller ones.
    static func tScore(_ levels: [(level: Int, weight: Double)]) -> Double? {
        guard let largest = levels.map(\.weight).max(), largest > 0, largest.isFinite else { return nil }
        let levels = levels.map { (level: $0.level, weight: $0.weight / largest) }
        let weighted = levels.reduce(0) { $0 + $1.weight * Double($1.level) }
        let squares = levels.reduce(0) { $0 + $1.weight * $1.weight }
        let total = levels.reduce(0) { $0 + $1.weight }
        return 50 + 10 * weighted / ((1 - rho) * squares + rho * total * total).squareRoot()
    }

    /// The T-scores of the attended sessions in `period` that rate any goal's level. `notes` are every
    /// note up to the period's end, in order, and `plans` the client's plans. Each goal rated in that
    /// session or before, and not discontinued by then, counts at its latest level (the last level carried
    /// forward), weighted by the latest `weight` a note gave it, else by the plan in force on the
    /// session's date, else 1: a session's score does not depend on the report's period.
    static func scores(_ notes: ArraySlice<SessionNote>, plans: [TreatmentPlan], period: Period) -> [GASScore] {
        var levels: [GoalKey: Int] = [:]
        var order: [GoalKey] = []  // goals in order of their first level, so that sums are always made alike
        var weights: [GoalKey: Double] = [:]
        var discontinued = Set<GoalKey>()
        var scores: [GASScore] = []
        for note in notes where note.attendance == .attended {
            var rated = 0
            for goal in note.goals {
                let key = GoalKey(goal.id)
                if let status = goal.status {
                    if status == .discontinued { discontinued.insert(key) } else { discontinued.remove(key) }
                }
                if let weight = goal.weight { weights[key] = weight }
                if let level = goal.gas {
                    if levels.updateValue(level, forKey: key) == nil { order.append(key) }
                    rated += 1
                }
            }
            guard rated > 0, period.contains(note.date) else { continue }
            let plan = plans.last { $0.start <= note.date }
            let counted = order.filter { !discontinued.contains($0) }.map { key in
                (level: levels[key] ?? 0, weight: weights[key] ?? plan?.weight(of: key) ?? 1)
            }
            if let score = tScore(counted) {
                scores.append(GASScore(date: note.date, tScore: score, goalsRated: rated, goalsCounted: counted.count))
            }
        }
        return scores
    }
}

extension TreatmentPlan {
    /// The GAS weight the plan gives goal `key`, if any.
    func weight(of key: GoalKey) -> Double? {
        goals.first { GoalKey($0.id) == key }?.weight
    }
}
