/// The rows of the three CSV tables, each record encoded with its CRLF (README "CSV"): a client's, made
/// with its reports, and a batch's, every client's in client-id order.
public struct CSVRows: Sendable, Equatable, Codable {
    public var scores: [String] = []
    public var ratings: [String] = []
    public var goals: [String] = []

    /// No rows.
    public init() {}

    /// The rows of `report`: its scores (and item 9 answers given without a score) and ratings by date,
    /// then as the JSON orders them (measure by measure, goal by goal), and one row per goal.
    public init(_ report: ProgressReport) {
        let client = CSVCell.text(report.client.id)
        scores = Self.byDate(Self.scoreRows(report), \.date).map { row in
            CSVCell.row([client, .integer(report.episodeNumber(on: row.date)), .text(row.date.description), .text(row.instrument),
                         .number(row.score), .integer(row.item9)])
        }
        let rated = report.goals.flatMap { goal in goal.ratings.map { (goal: goal, rating: $0) } }
        ratings = Self.byDate(rated, \.rating.date).map { row in
            CSVCell.row([client, .text(row.rating.date.description), .text(row.goal.id), .text(row.goal.area), .number(row.rating.progress),
                         .integer(row.rating.gas), .text(row.rating.status.rawValue)])
        }
        goals = report.goals.map { goal in
            CSVCell.row([client, .text(report.period.from.description), .text(report.period.to.description), .text(goal.id), .text(goal.area),
                         .text(goal.statement), .number(goal.baseline), .number(goal.start), .number(goal.end), .number(goal.change),
                         .text(goal.trend.rawValue), .text(goal.status.rawValue)])
        }
    }

    /// Appends `other`'s rows after these.
    public mutating func append(_ other: CSVRows) {
        scores += other.scores
        ratings += other.ratings
        goals += other.goals
    }

    /// Whether no table has a row.
    public var isEmpty: Bool { scores.isEmpty && ratings.isEmpty && goals.isEmpty }

    /// The rows of `table`.
    public subscript(table: CSVTable) -> [String] {
        switch table {
        case .scores: scores
        case .ratings: ratings
        case .goals: goals
        }
    }

    /// The file of `table`: its header and rows, UTF-8 without a byte-order mark.
    public func file(_ table: CSVTable) -> String {
        table.header + self[table].joined()
    }

    /// `items` by date, those of one date in their order (a stable sort).
    private static func byDate<Item>(_ items: [Item], _ date: KeyPath<Item, Day>) -> [Item] {
        items.enumerated().sorted { ($0.element[keyPath: date], $0.offset) < ($1.element[keyPath: date], $1.offset) }.map(\.element)
    }
}
