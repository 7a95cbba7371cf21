extension PartialIndex {
    /// A `CaseloadIndex.Entry`, field for field (dates as `YYYY-MM-DD`, formats by extension).
    public struct EntryRecord: Codable, Sendable, Equatable {
        var client: String
        var reports: [LinkRecord]
        var summary: String
        var errorCount: Int
        var name: String?
        var reviewDue: String?
        var attention: [AttentionRecord]
    }

    /// A `CaseloadIndex.ReportLink`: the period's label, and format extension → path.
    public struct LinkRecord: Codable, Sendable, Equatable {
        var label: String
        var files: [String: String]
    }

    /// A `CaseloadIndex.Attention`: its kind, with its dates or its number.
    public struct AttentionRecord: Codable, Sendable, Equatable {
        var kind: String
        var days: [String]?
        var count: Int?
        /// The second number of a reason with two (`missingPHQ9`'s and `missingScheduledMeasure`'s sessions).
        var of: Int?
        /// The instrument of a reason about one (`missingScheduledMeasure`); absent from the others' records.
        var instrument: String?
    }
}

extension PartialIndex.EntryRecord {
    init(_ entry: CaseloadIndex.Entry) {
        client = entry.client
        reports = entry.reports.map { link in
            PartialIndex.LinkRecord(label: link.label, files: Dictionary(uniqueKeysWithValues: link.files.map { ($0.key.rawValue, $0.value) }))
        }
        summary = entry.summary
        errorCount = entry.errorCount
        name = entry.name
        reviewDue = entry.reviewDue?.description
        attention = entry.attention.map(PartialIndex.AttentionRecord.init)
    }

    /// The entry written; throws when a value is not one an entry can hold.
    func entry() throws(ReadError) -> CaseloadIndex.Entry {
        var links: [CaseloadIndex.ReportLink] = []
        for report in reports {
            var files: [OutputFormat: String] = [:]
            for (format, path) in report.files {
                guard let format = OutputFormat(rawValue: format) else { throw ReadError(reason: "unknown format '\(format)' for client '\(client)'") }
                files[format] = path
            }
            links.append(CaseloadIndex.ReportLink(label: report.label, files: files))
        }
        var reasons: [CaseloadIndex.Attention] = []
        for reason in attention { reasons.append(try reason.attention()) }
        return CaseloadIndex.Entry(client: client, reports: links, summary: summary, errorCount: errorCount, name: name,
                                   reviewDue: try reviewDue.map { (text) throws(ReadError) in try PartialIndex.day(text) }, attention: reasons)
    }
}

extension PartialIndex.AttentionRecord {
    init(_ attention: CaseloadIndex.Attention) {
        switch attention {
        case .safetyFlags(let days): self.init(kind: "safetyFlags", days: days.map(\.description))
        case .errors(let count): self.init(kind: "errors", count: count)
        case .reviewOverdue(let day): self.init(kind: "reviewOverdue", days: [day.description])
        case .noRecentMeasure(let sessions): self.init(kind: "noRecentMeasure", count: sessions)
        case .unscoredEpisodeEnd(let day): self.init(kind: "unscoredEpisodeEnd", days: [day.description])
        case .missingPHQ9(let missing, let sessions): self.init(kind: "missingPHQ9", count: missing, of: sessions)
        case .missingScheduledMeasure(let instrument, let missing, let sessions):
            self.init(kind: "missingScheduledMeasure", count: missing, of: sessions, instrument: instrument)
        }
    }

    func attention() throws(ReadError) -> CaseloadIndex.Attention {
        if kind == "missingPHQ9", days == nil, let count, let of { return .missingPHQ9(missing: count, sessions: of) }
        if kind == "missingScheduledMeasure", days == nil, let instrument, let count, let of {
            return .missingScheduledMeasure(instrument: instrument, missing: count, sessions: of)
        }
        switch (kind, days, count) {
        case ("safetyFlags", let days?, nil): return .safetyFlags(try days.map { (text) throws(ReadError) in try PartialIndex.day(text) })
        case ("errors", nil, let count?): return .errors(count)
        case ("reviewOverdue", let days?, nil) where days.count == 1: return .reviewOverdue(try PartialIndex.day(days[0]))
        case ("noRecentMeasure", nil, let count?): return .noRecentMeasure(sessions: count)
        case ("unscoredEpisodeEnd", let days?, nil) where days.count == 1: return .unscoredEpisodeEnd(try PartialIndex.day(days[0]))
        default: throw ReadError(reason: "unknown attention reason '\(kind)'")
        }
    }
}

extension PartialIndex {
    /// The day written `YYYY-MM-DD`.
    static func day(_ text: String) throws(ReadError) -> Day {
        guard let day = Day(iso: text) else { throw ReadError(reason: "'\(text)' is not a date") }
        return day
    }
}
