/// How numbers and changes read in rendered reports.
enum DisplayFormat {
    /// `6`, `6.5`, `6.25` (at most two decimals).
    static func number(_ value: Double?) -> String? {
        guard let value else { return nil }
        let rounded = (value * 100).rounded() / 100
        return JSONValue.format(rounded == 0 ? 0 : rounded)
    }

    /// `+2`, `-1.5`, `0`.
    static func signed(_ value: Double?) -> String? {
        guard let value, let text = number(value) else { return nil }
        return value > 0.004 ? "+" + text : text
    }

    /// `83%`.
    static func percent(_ value: Double?) -> String? {
        value.map { "\(Int(($0 * 100).rounded()))%" }
    }
}
