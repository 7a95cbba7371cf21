/// The three long-format CSV tables (README "CSV"): one row per score, per progress rating, and per
/// goal per report.
public enum CSVTable: String, Sendable, CaseIterable {
    case scores, ratings, goals

    /// The column names, in order.
    var columns: [String] {
        switch self {
        case .scores: ["client", "episode", "date", "instrument", "score", "item9"]
        case .ratings: ["client", "date", "goal", "area", "progress", "gas", "status"]
        case .goals: ["client", "from", "to", "goal", "area", "statement", "baseline", "start", "end", "change", "trend", "status"]
        }
    }

    /// The header record.
    var header: String { CSVCell.row(columns.map(CSVCell.text)) }

    /// The file's name after its prefix: `scores.csv` (`scores.client.csv` for the client's version).
    func fileName(for audience: Audience) -> String {
        "\(rawValue)\(audience.fileSuffix).csv"
    }
}
