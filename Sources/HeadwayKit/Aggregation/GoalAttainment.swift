import Foundation

/// Goal Attainment Scaling (Kiresuk–Sherman): one T-score per session from the goals' levels.
enum GoalAttainment {
    /// The assumed correlation between goal scores.
    static let rho = 0.3

    /// T = 50 + 10 · Σ wᵢxᵢ / √((1 − ρ) Σ wᵢ² + ρ (Σ wᵢ)²); nil for no goals.
    static func tScore(_ levels: [(level: Int, weight: Double)]) -> Double? {
        guard !levels.isEmpty else { return nil }
        let weighted = levels.reduce(0) { $0 + $1.weight * Double($1.level) }
        let squares = levels.reduce(0) { $0 + $1.weight * $1.weight }
        let total = levels.reduce(0) { $0 + $1.weight }
        return 50 + 10 * weighted / ((1 - rho) * squares + rho * total * total).squareRoot()
    }

    /// The T-scores of the attended sessions in `period`; a goal's weight is the note's, else the
    /// plan's, else 1.
    static func scores(_ notes: [SessionNote], plan: TreatmentPlan?, period: Period) -> [GASScore] {
        notes.filter { $0.attendance == .attended && period.contains($0.date) }.compactMap { note in
            let levels = note.goals.compactMap { goal -> (level: Int, weight: Double)? in
                guard let level = goal.gas else { return nil }
                let planWeight = plan?.goals.first { $0.id.lowercased() == goal.id.lowercased() }?.weight
                return (level, goal.weight ?? planWeight ?? 1)
            }
            return tScore(levels).map { GASScore(date: note.date, tScore: $0, goalsRated: levels.count) }
        }
    }
}
