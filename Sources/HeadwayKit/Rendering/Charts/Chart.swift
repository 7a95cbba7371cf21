/// One chart of an HTML report: inline SVG markup plus what a screen reader or a table needs.
struct Chart: Sendable, Equatable {
    /// The `<svg>` element, self-contained: no script, no external font or fetch, colours as hex.
    var svg: String
    /// What the chart shows in a few words (also its `<title>`); plain text, not escaped.
    var title: String
    /// Every plotted value in words (also its `<desc>`); plain text, not escaped.
    var description: String
}

/// The charts of HTML reports, each a pure function of the report model.
///
/// All charts share `ChartGeometry`. Element ids come from the content — `chart-goal-<goal id>`,
/// `chart-measure-<instrument>` and `chart-gas`, with `-title`/`-desc` appended — so they are
/// deterministic and unique within one report page.
enum Charts {
    /// A value as the report text prints it: `6`, `6.5`, `6.25`.
    static func words(_ value: Double) -> String {
        DisplayFormat.number(value) ?? ""
    }

    /// `from 2026-10-01 to 2026-10-31`, or `on 2026-10-07` for a one-day period.
    static func span(_ period: Period) -> String {
        period.from == period.to ? "on \(period.from)" : "from \(period.from) to \(period.to)"
    }
}
