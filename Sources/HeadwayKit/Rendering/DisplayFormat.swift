/// How numbers and changes read in rendered reports.
enum DisplayFormat {
    /// `6`, `6.5`, `6.25` (at most two decimals).
    static func number(_ value: Double?) -> String? {
        guard let value else { return nil }
        let rounded = (value * 100).rounded() / 100
        return JSONValue.format(rounded == 0 ? 0 : rounded)
    }

    /// `+2`, `−1.5` (a true minus sign), `0`.
    static func signed(_ value: Double?) -> String? {
        guard let value, let text = number(value) else { return nil }
        if text.hasPrefix("-") { return "−" + text.dropFirst() }
        return value > 0.004 ? "+" + text : text
    }

    /// `PHQ-9 19 → 12 (−7, reliable improvement)`: baseline to latest score, with the change and its meaning.
    static func trend(of measure: MeasureProgress) -> String? {
        guard let end = number(measure.end) else { return nil }
        guard let baseline = number(measure.baseline), let change = signed(measure.changeFromBaseline) else {
            return "\(measure.instrument) \(end)"
        }
        let meaning: String? = switch measure.reliableChange {
        case .improved: "reliable improvement"
        case .deteriorated: "reliable deterioration"
        case .none?: "no reliable change"
        case nil: nil
        }
        let detail = [change, meaning, measure.severity].compactMap { $0 }.joined(separator: ", ")
        return "\(measure.instrument) \(baseline) → \(end) (\(detail))"
    }

    /// `5.5 → 6.5 (+1, improving)` for a goal rated in the period.
    static func trend(of goal: GoalProgress) -> String? {
        guard let start = number(goal.start), let end = number(goal.end), let change = signed(goal.change) else { return nil }
        return "\(start) → \(end) (\(change), \(goal.trend.rawValue))"
    }

    /// `83%`.
    static func percent(_ value: Double?) -> String? {
        value.map { "\(Int(($0 * 100).rounded()))%" }
    }
}
