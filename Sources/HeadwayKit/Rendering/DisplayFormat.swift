/// How numbers and changes read in rendered reports (and in the command line's summary).
public enum DisplayFormat {
    /// `1 error`, `3 errors`, `0 reports`: a count with its noun, which takes an `s` unless the count is 1.
    public static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    /// `6`, `6.5`, `6.25` (at most two decimals); from 10^15 on, where a Double has no second decimal
    /// and multiplying by 100 could overflow, `2000000000000000`, `2000000000000000.5`, `1.5e+308`.
    /// Nil for a value that is not finite (a change too large to compute), so it reads as absent.
    static func number(_ value: Double?) -> String? {
        guard let value, value.isFinite else { return nil }
        guard abs(value) < 1e15 else { return JSONValue.format(value) }
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

    /// `5.5 → 6.5 (+1, improving)` for a goal rated in the period; `5.5 → 6.5 since last period (+1,
    /// improving)` when the start is the last rating before the period, so it is not read as the
    /// period's first rating.
    static func trend(of goal: GoalProgress) -> String? {
        guard let start = number(goal.start), let end = number(goal.end), let change = signed(goal.change) else { return nil }
        let since = goal.startsBeforePeriod ? " since last period" : ""
        return "\(start) → \(end)\(since) (\(change), \(goal.trend.rawValue))"
    }

    /// `83%`.
    static func percent(_ value: Double?) -> String? {
        value.map { "\(Int(($0 * 100).rounded()))%" }
    }
}
